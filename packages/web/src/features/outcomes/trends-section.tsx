import { SimpleGrid, Text, Title } from "@mantine/core";
import { employmentRateBenchmarks, type QuarterTrend } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { asPercentPoints } from "./format";
import { quarterLabel } from "./period";
import { TrendChart, type TrendRow } from "./trend-chart";

/** The last 8 quarters as charts: both employment rates against their benchmarks, job starts, the active caseload. */
export const TrendsSection = ({ trends }: { trends: QuarterTrend[] }) => {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rows: TrendRow[] = trends.map((q) => ({
    quarter: quarterLabel(q.quarter, i18n.language),
    us: asPercentPoints(q.competitiveEmploymentRate),
    uk: asPercentPoints(q.ukEmploymentRate),
    supportedIntoWork: q.supportedIntoWork,
    jobStarts: q.jobStarts,
    activeCaseload: q.activeCaseload,
  }));
  const percent = (v: number | null) => (v === null ? t("outcomes.noValue") : `${v} %`);
  const count = (v: number | null) => (v === null ? t("outcomes.noValue") : String(v));
  const { us, uk } = employmentRateBenchmarks;
  // Unlabelled on the chart (40 and 41 would overprint): the note under it names each line.
  const line = (value: number, color: string, dash: string) => ({ y: value * 100, color, strokeDasharray: dash });
  return (
    <section aria-labelledby={id} className="outcome-section outcome-trends">
      <Title order={2} size="h3" id={id} mb={4}>
        {t("outcomes.sections.trends")}
      </Title>
      <Text size="sm" c="dark.4" mb="sm">
        {t("outcomes.trends.intro")}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TrendChart
          title={t("outcomes.trends.rates")}
          kind="line"
          rows={rows}
          yDomain={[0, 100]}
          format={percent}
          series={[
            { name: "us", label: t("outcomes.trends.us"), color: "blue.8" },
            { name: "uk", label: t("outcomes.trends.uk"), color: "orange.8", strokeDasharray: "8 4" },
          ]}
          referenceLines={[
            line(us.minimal, "gray.6", "2 4"),
            line(uk, "orange.9", "8 4"),
            line(us.average, "gray.7", "4 4"),
            line(us.excellent, "gray.8", "2 4"),
          ]}
          note={t("outcomes.trends.ratesNote")}
        />
        <TrendChart
          title={t("outcomes.trends.jobStarts")}
          kind="bar"
          rows={rows}
          format={count}
          series={[
            { name: "supportedIntoWork", label: t("outcomes.figures.supportedIntoWork.title"), color: "teal.8" },
            { name: "jobStarts", label: t("outcomes.figures.jobStarts.title"), color: "blue.8" },
          ]}
        />
        <TrendChart
          title={t("outcomes.trends.caseload")}
          kind="bar"
          rows={rows}
          format={count}
          series={[{ name: "activeCaseload", label: t("outcomes.figures.activeCaseload.title"), color: "grape.8" }]}
        />
      </SimpleGrid>
    </section>
  );
};
