import { Alert, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { FidelityIndicator } from "@passerelle/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { todayIso } from "../../shared/format/dates";
import { useMembers, useProgramsWith } from "../programs/programs-queries";
import { IndicatorPanel } from "./indicator-panel";
import { useFidelityIndicators } from "./indicators-api";

/** The calendar quarter before the one holding `today`: a whole quarter, the usual period of a review. */
export const previousQuarter = (today: string): { from: string; to: string } => {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const [y, q] = quarter === 0 ? [year - 1, 3] : [year, quarter - 1];
  const lastMonth = q * 3 + 3;
  const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return { from: `${y}-${mm(q * 3 + 1)}-01`, to: `${y}-${mm(lastMonth)}-${lastDay}` };
};

const sections: { key: "staffing" | "organization" | "services"; prefix: string }[] = [
  { key: "staffing", prefix: "S" },
  { key: "organization", prefix: "O" },
  { key: "services", prefix: "Sv" },
];
const sectionOf = (indicator: FidelityIndicator) => (indicator.itemId.startsWith("Sv") ? "Sv" : indicator.itemId.startsWith("S") ? "S" : "O");

/**
 * Indicateurs de fidélité: every IPS-25 item the records speak to, for a program and a period, before (and
 * besides) a review. The program and the period live in the address, so a link shows the same figures.
 */
export const FidelityIndicatorsPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { programs, isPending } = useProgramsWith("fidelity.read");
  const fallback = previousQuarter(todayIso());
  const programId = params.get("programId") || programs[0]?.id || "";
  const from = params.get("from") || fallback.from;
  const to = params.get("to") || fallback.to;
  const indicators = useFidelityIndicators(programId, from, to);
  const members = useMembers(programId);
  const specialistNames = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m.name])), [members.data]);
  const set = (key: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(key, value);
      return next;
    }, { replace: true });

  return (
    <>
      <PageHeader title={t("fidelityIndicators.title")} description={t("fidelityIndicators.description")} />
      <Stack gap="lg">
        <Group align="flex-end" gap="md" wrap="wrap">
          {programs.length > 1 ? (
            <NativeSelect
              label={t("fidelityIndicators.program")}
              value={programId}
              onChange={(e) => set("programId", e.currentTarget.value)}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              maw={320}
            />
          ) : null}
          <TextInput type="date" label={t("fidelityIndicators.from")} value={from} onChange={(e) => e.currentTarget.value && set("from", e.currentTarget.value)} />
          <TextInput type="date" label={t("fidelityIndicators.to")} value={to} onChange={(e) => e.currentTarget.value && set("to", e.currentTarget.value)} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("fidelityIndicators.reviewersDecide")}
        </Text>
        {from > to ? (
          <Alert color="red">{t("fidelityIndicators.periodInvalid")}</Alert>
        ) : isPending || (programId && indicators.isPending) ? (
          <LoadingState />
        ) : indicators.isError ? (
          <ErrorState error={indicators.error} />
        ) : indicators.data ? (
          sections.map((section) => (
            <section key={section.key} aria-labelledby={`indicators-${section.key}`}>
              <Title order={2} size="h3" id={`indicators-${section.key}`} mb="sm">
                {t(`fidelityIndicators.sections.${section.key}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {indicators.data.indicators
                  .filter((indicator) => sectionOf(indicator) === section.prefix)
                  .map((indicator) => (
                    <IndicatorPanel key={indicator.itemId} indicator={indicator} specialistNames={specialistNames} withTitle />
                  ))}
              </SimpleGrid>
            </section>
          ))
        ) : null}
      </Stack>
    </>
  );
};
