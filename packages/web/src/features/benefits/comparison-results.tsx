import { Stack, Tabs, Text, Title } from "@mantine/core";
import type { CompareScenariosResponse } from "@passerelle/domain";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../shared/components/loading-state";
import { AssumptionsSection } from "./assumptions-section";
import { scenarioFigures } from "./comparison-figures";
import { ComparisonSummaryTable } from "./comparison-summary-table";
import { formatMonth } from "./format";
import { MonthlyTable } from "./monthly-table";
import { CalendarList, WarningsList } from "./simulation-messages";

// The chart library is the heaviest part of the page: it loads with the first results, not with the record.
const ComparisonChart = lazy(() => import("./comparison-chart").then((m) => ({ default: m.ComparisonChart })));

/**
 * The answer: a month on average side by side, the chart, then each job in detail (month by month, warnings, the
 * calendar of changes), and the assumptions with their sources.
 */
export const ComparisonResults = ({ comparison }: { comparison: CompareScenariosResponse }) => {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<string | null>("0");
  const { baseline, scenarios } = scenarioFigures(comparison, (i) => t("benefits.form.scenarioTitle", { number: i + 1 }));
  const months = comparison.baseline.months;
  const period = months.length > 0 ? { from: formatMonth(months[0].month, i18n.language), to: formatMonth(months[months.length - 1].month, i18n.language) } : { from: "", to: "" };
  const current = Number(tab ?? "0");
  const selected = comparison.scenarios[current] ?? comparison.scenarios[0];
  const selectedLabel = scenarios[current]?.label ?? "";
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3" id="benefits-results-title">
          {t("benefits.results.title")}
        </Title>
        <Text c="dimmed">{t("benefits.results.period", period)}</Text>
      </div>
      <ComparisonSummaryTable baseline={baseline} scenarios={scenarios} caption={t("benefits.results.summaryCaption", period)} />
      <Suspense fallback={<LoadingState />}>
        <ComparisonChart comparison={comparison} labels={scenarios.map((s) => s.label)} />
      </Suspense>
      <section aria-labelledby="benefits-detail-title">
        <Title order={2} size="h3" id="benefits-detail-title" mb="sm">
          {t("benefits.results.detailTitle")}
        </Title>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label={t("benefits.results.detailTabs")}>
            {scenarios.map((s, i) => (
              <Tabs.Tab key={s.label} value={String(i)}>
                {s.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {scenarios.map((s, i) => (
            <Tabs.Panel key={s.label} value={String(i)} pt="md">
              {i === current && selected ? (
                <Stack gap="lg">
                  <MonthlyTable result={selected.result} baseline={comparison.baseline} caption={t("benefits.results.monthlyCaption", { label: selectedLabel })} />
                  <WarningsList warnings={[...selected.warnings, ...selected.result.warnings]} headingId={`benefits-warnings-${i}`} />
                  <CalendarList calendar={selected.result.calendar} headingId={`benefits-calendar-${i}`} />
                </Stack>
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </section>
      <AssumptionsSection comparison={comparison} />
    </Stack>
  );
};
