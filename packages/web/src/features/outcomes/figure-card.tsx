import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export type FigureLink = { to: string; label: string };

type FigureCardProps = {
  title: string;
  /** The figure as read aloud: "12", "45 %", "38 jours"; a dash when there is nothing to compute from. */
  value: string | null;
  detail?: ReactNode;
  /** The rule, in plain words (OUTCOMES.md): shown, not hidden in a tooltip, so it is printed and read too. */
  definition: string;
  links?: FigureLink[];
  children?: ReactNode;
};

/** One figure of the report: its value, how it is computed, and the way to the records behind it. */
export const FigureCard = ({ title, value, detail, definition, links = [], children }: FigureCardProps) => {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" className="outcome-figure" component="article">
      <Stack gap={6} h="100%">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text fz={30} fw={700} lh={1.1} c={value === null ? "dimmed" : undefined}>
          {value ?? t("outcomes.noValue")}
        </Text>
        {detail ? (
          <Text size="sm" c="dark.5">
            {detail}
          </Text>
        ) : null}
        {children}
        <Text size="xs" c="dark.4" mt="auto" pt={4}>
          <Text span fw={700} inherit>
            {t("outcomes.definition")}
          </Text>{" "}
          {definition}
        </Text>
        {links.length > 0 ? (
          <Stack gap={2} className="no-print">
            {links.map((link) => (
              <Anchor key={link.to} component={Link} to={link.to} size="sm">
                {link.label}
              </Anchor>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
};
