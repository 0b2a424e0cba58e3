import "@mantine/charts/styles.css";
import { LineChart } from "@mantine/charts";
import { Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { dateOfDay, dayNumber, type SstObserver, type SstPlanDetail, sstObservers, sstPhaseOf } from "@passerelle/domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";
import { ObserverMark, ObserverSample, observerStyle } from "./sst-observer-marks";
import { phaseLabel } from "./sst-phase-label";

const isObserver = (name: string): name is SstObserver => (sstObservers as readonly string[]).includes(name);

/** A round top for the value axis, with headroom for the phase labels, and its ticks (0, 2, 4... or 0, 5, 10...). */
const valueTicks = (maxValue: number): number[] => {
  const raw = Math.max(maxValue * 1.25, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw / 5));
  const step = [1, 2, 5, 10].map((k) => k * magnitude).find((s) => s >= raw / 5) ?? raw / 5;
  const unitStep = Math.max(1, step);
  return Array.from({ length: Math.ceil(raw / unitStep) + 1 }, (_, i) => i * unitStep);
};

/** About six ticks over the period, on whole days. */
const dayTicks = (from: number, to: number): number[] => {
  const step = Math.max(1, Math.ceil((to - from) / 6));
  const ticks: number[] = [];
  for (let day = Math.ceil(from); day <= to; day += step) ticks.push(day);
  return ticks;
};

/**
 * The measures over time, read as a single-case design: one series per observer on a time axis, a vertical line
 * where each phase begins (the intervention, each adjustment) labelled with the phase's name, the baseline's label
 * at the start. A visually hidden table gives screen readers every value with its phase.
 */
export const SstChart = ({ detail, height = 300 }: { detail: SstPlanDetail; height?: number }) => {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { measures, phases, plan } = detail;
  const unit = plan.content.measureUnit;
  if (measures.length === 0) return <Text c="dimmed">{t("sst.chart.empty")}</Text>;

  const observers = sstObservers.filter((o) => measures.some((m) => m.observer === o));
  const data = measures.map((m) => ({ day: dayNumber(m.measuredOn), [m.observer]: m.value }));
  const starts = phases.flatMap((p) => (p.startsOn ? [dayNumber(p.startsOn) - 0.5] : []));
  const days = [...data.map((d) => d.day), ...starts];
  const from = Math.min(...days) - 1;
  const to = Math.max(...days) + 1;
  const yTicks = valueTicks(Math.max(...measures.map((m) => m.value)));
  // The phase line sits half a day before its first day: the start day's measures belong to the new phase.
  const referenceLines = phases.map((phase, i) => ({
    x: phase.startsOn ? dayNumber(phase.startsOn) - 0.5 : from,
    color: "dark.6",
    strokeDasharray: phase.kind === "baseline" ? "0" : "5 4",
    strokeWidth: phase.kind === "baseline" ? 0 : 1.5,
    label: { value: phaseLabel(phase, t), position: "insideTopLeft" as const, dy: (i % 2) * 16, fontSize: 12, fontWeight: 600 },
  }));

  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }} className="sst-chart">
      <Text component="figcaption" id={titleId} fw={600} mb="xs">
        {t("sst.chart.title")}
        {unit ? ` (${unit})` : ""}
      </Text>
      <div aria-hidden="true" data-testid="sst-chart">
        <LineChart
          h={height}
          data={data}
          dataKey="day"
          curveType="linear"
          strokeWidth={2}
          withTooltip={false}
          connectNulls
          lineChartProps={{ accessibilityLayer: false, margin: { top: 8, right: 16, left: 0, bottom: 0 } }}
          xAxisProps={{ type: "number", domain: [from, to], ticks: dayTicks(from, to), tickFormatter: (day: number) => formatDate(dateOfDay(Math.round(day)), i18n.language) }}
          yAxisProps={{ domain: [0, yTicks[yTicks.length - 1]], ticks: yTicks, width: 44, allowDecimals: false }}
          series={observers.map((o) => ({ name: o, label: t(`sst.observers.${o}`), color: observerStyle[o].color, strokeDasharray: observerStyle[o].dash }))}
          lineProps={(series) => ({
            isAnimationActive: false,
            activeDot: false,
            dot: (props: { cx?: number; cy?: number; index?: number; value?: unknown }) =>
              isObserver(series.name) && typeof props.cx === "number" && typeof props.cy === "number" && props.value !== null && props.value !== undefined ? (
                <ObserverMark key={`${series.name}-${props.index}`} observer={series.name} cx={props.cx} cy={props.cy} />
              ) : (
                <g key={`${series.name}-${props.index}`} />
              ),
          })}
          referenceLines={referenceLines}
        />
      </div>
      <Group component="ul" gap="lg" mt="xs" p={0} style={{ listStyle: "none" }} aria-label={t("sst.chart.legend")}>
        {observers.map((o) => (
          <Group component="li" key={o} gap={6} wrap="nowrap">
            <ObserverSample observer={o} />
            <Text size="sm">{t(`sst.observers.${o}`)}</Text>
          </Group>
        ))}
      </Group>
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t("sst.chart.tableCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("sst.measures.date")}</Table.Th>
              <Table.Th scope="col">{t("sst.chart.phase")}</Table.Th>
              <Table.Th scope="col">{t("sst.measures.observer")}</Table.Th>
              <Table.Th scope="col">{t("sst.measures.value")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.map((m) => {
              const phase = sstPhaseOf(phases, m.measuredOn);
              return (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row">{formatDate(m.measuredOn, i18n.language)}</Table.Th>
                  <Table.Td>{phase ? phaseLabel(phase, t) : ""}</Table.Td>
                  <Table.Td>{t(`sst.observers.${m.observer}`)}</Table.Td>
                  <Table.Td>{unit ? `${m.value} ${unit}` : m.value}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
};
