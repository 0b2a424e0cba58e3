import { SimpleGrid, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useId } from "react";

/** A group of figure cards under its h2, as the issue lists them. */
export const FigureSection = ({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) => {
  const id = useId();
  return (
    <section aria-labelledby={id} className="outcome-section">
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={wide ? { base: 1, md: 2 } : { base: 1, sm: 2, lg: 3 }} spacing="md">
        {children}
      </SimpleGrid>
    </section>
  );
};
