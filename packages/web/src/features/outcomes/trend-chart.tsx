import "@mantine/charts/styles.css";
import { BarChart, type ChartReferenceLineProps, LineChart } from "@mantine/charts";
import { Card, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

export type TrendSeries = { name: string; label: string; color: string; strokeDasharray?: string };
export type TrendRow = { quarter: string } & Record<string, string | number | null>;

type TrendChartProps = {
  title: string;
  kind: "line" | "bar";
  rows: TrendRow[];
  series: TrendSeries[];
  unit?: string;
  referenceLines?: ChartReferenceLineProps[];
  /** A value as the hidden table and the tooltip read it ("41 %", "12"). */
  format: (value: number | null) => string;
  note?: string;
  /** Fixed y range (rates: 0 to 100, so every benchmark line shows). */
  yDomain?: [number, number];
};

/**
 * One trend over the 8 quarters. The chart is a picture: screen readers get the same values in a table that is
 * visually hidden (and the print keeps the chart).
 */
export const TrendChart = ({ title, kind, rows, series, unit, referenceLines, format, note, yDomain }: TrendChartProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const common = {
    h: 240,
    data: rows,
    dataKey: "quarter",
    series,
    unit,
    referenceLines,
    withLegend: series.length > 1,
    legendProps: { verticalAlign: "bottom" as const },
    valueFormatter: (value: number) => format(value),
    yAxisProps: { width: 56, domain: yDomain, allowDecimals: false },
  };
  return (
    <Card withBorder radius="md" padding="md" component="figure" m={0} aria-labelledby={titleId} className="outcome-trend">
      <Title order={3} size="h5" id={titleId} mb="xs">
        {title}
      </Title>
      <div aria-hidden="true">
        {kind === "line" ? (
          <LineChart
            {...common}
            curveType="linear"
            connectNulls={false}
            strokeWidth={2.5}
            lineChartProps={{ accessibilityLayer: false }}
            // The first and last points sit on the plot's edges, where a quarter's label has only half its room: the
            // axis then dropped the one before the last (T2 2026 beside T3 2026). Room at both ends keeps all eight.
            xAxisProps={{ padding: { left: 24, right: 24 } }}
          />
        ) : (
          <BarChart {...common} barChartProps={{ accessibilityLayer: false }} />
        )}
      </div>
      {note ? (
        <Text size="xs" c="dark.4" mt="xs">
          {note}
        </Text>
      ) : null}
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t("outcomes.trends.tableCaption", { title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("outcomes.trends.quarter")}</Table.Th>
              {series.map((s) => (
                <Table.Th scope="col" key={s.name}>
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.quarter}>
                <Table.Th scope="row">{row.quarter}</Table.Th>
                {series.map((s) => {
                  const value = row[s.name];
                  return <Table.Td key={s.name}>{format(typeof value === "number" ? value : null)}</Table.Td>;
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
};
