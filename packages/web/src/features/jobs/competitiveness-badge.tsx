import { Badge, Group, Text } from "@mantine/core";
import type { Competitiveness } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/** Whether the job counts as competitive (IPS outcome), and why: the derived reasons, or the team's decision. */
export const CompetitivenessBadge = ({ value }: { value: Competitiveness }) => {
  const { t, i18n } = useTranslation();
  const state = value.overridden ? (value.competitive ? "competitive" : "not_competitive") : value.derived;
  const color = state === "competitive" ? "green" : state === "unknown" ? "orange" : "gray";
  const minimum =
    value.minimumWage === null ? null : new Intl.NumberFormat(i18n.language, { style: "currency", currency: "EUR" }).format(value.minimumWage);
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Badge color={color} variant="light" radius="sm" tt="none" fw={600}>
        {t(`jobs.competitiveness.${state}`)}
      </Badge>
      <Text size="sm" c="dimmed">
        {value.overridden
          ? t("jobs.competitiveness.overridden", { reason: value.overrideReason ?? "" })
          : value.reasons.map((r) => t(`jobs.competitiveness.reasons.${r}`, { minimum: minimum ?? "" })).join(" · ")}
      </Text>
    </Group>
  );
};
