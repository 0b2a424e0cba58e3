import "@mantine/charts/styles.css";
import { LineChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { type Questionnaire, who5Thresholds } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/** The person's WHO-5 over time, oldest first, with the 50 and 28 marks. The table below it holds the same values. */
export const Who5Chart = ({ items }: { items: Questionnaire[] }) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const data = [...items].reverse().map((q) => ({ date: formatDate(q.answeredOn, i18n.language), score: q.score }));
  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }} className="questionnaires-chart">
      <Text component="figcaption" id={titleId} fw={600} mb="xs">
        {t("questionnaires.history.chartTitle")}
      </Text>
      <div role="img" aria-label={t("questionnaires.history.chartAlt")}>
        <LineChart
          h={260}
          data={data}
          dataKey="date"
          curveType="linear"
          strokeWidth={2.5}
          lineChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ domain: [0, 100], width: 40, ticks: [0, 25, 50, 75, 100] }}
          series={[{ name: "score", label: t("questionnaires.who5.scoreLabel"), color: "blue.8" }]}
          referenceLines={[
            { y: who5Thresholds.lowWellBeing, label: t("questionnaires.history.line50"), color: "orange.8", strokeDasharray: "6 4" },
            { y: who5Thresholds.depressionScreening, label: t("questionnaires.history.line28"), color: "red.8", strokeDasharray: "2 4" },
          ]}
        />
      </div>
    </figure>
  );
};
