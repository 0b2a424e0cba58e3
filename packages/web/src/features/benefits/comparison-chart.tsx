import "@mantine/charts/styles.css";
import { LineChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import type { CompareScenariosResponse } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney, formatMonth } from "./format";

const colors = ["blue.8", "orange.8", "teal.8", "grape.8"];
const dashes = [undefined, "8 4", "2 4", "12 4 2 4"];

/** Total income month by month, each job against the dashed "without the job" line. The tables hold the same figures. */
export const ComparisonChart = ({ comparison, labels }: { comparison: CompareScenariosResponse; labels: string[] }) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const data = comparison.baseline.months.map((m, i) => ({
    month: formatMonth(m.month, i18n.language, true),
    baseline: m.total,
    ...Object.fromEntries(comparison.scenarios.map((s, k) => [`s${k}`, s.result.months[i]?.total ?? 0])),
  }));
  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }}>
      <Text component="figcaption" id={titleId} fw={600} mb="xs">
        {t("benefits.results.chartTitle")}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t("benefits.results.chartHint")}
      </Text>
      <div role="img" aria-label={t("benefits.results.chartAlt")}>
        <LineChart
          h={300}
          data={data}
          dataKey="month"
          withLegend
          legendProps={{ verticalAlign: "bottom" }}
          curveType="linear"
          lineChartProps={{ accessibilityLayer: false }}
          strokeWidth={2.5}
          yAxisProps={{ width: 90 }}
          valueFormatter={(value) => formatMoney(value, i18n.language, 0)}
          series={[
            { name: "baseline", label: t("benefits.results.withoutJob"), color: "gray.7", strokeDasharray: "5 5" },
            ...labels.map((label, k) => ({ name: `s${k}`, label, color: colors[k % colors.length], strokeDasharray: dashes[k % dashes.length] })),
          ]}
        />
      </div>
    </figure>
  );
};
