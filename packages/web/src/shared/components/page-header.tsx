import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../hooks/use-page-title";

type PageHeaderProps = {
  title: string;
  /** The document title when it should differ from the heading (defaults to the heading). */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
};

/** The page's only h1, its document title, an optional description and actions. */
export const PageHeader = ({ title, documentTitle, description, actions }: PageHeaderProps) => {
  usePageTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <Stack gap={4} style={{ flex: "1 1 20rem" }}>
        <Title order={1} fz={{ base: "h2", sm: "h1" }}>
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
};
