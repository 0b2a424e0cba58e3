import { Table } from "@mantine/core";
import "./benefits.css";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import type { Averages, ScenarioFigures } from "./comparison-figures";
import { formatMoney } from "./format";

type Props = { baseline: Averages; scenarios: ScenarioFigures[]; caption: string };

type Row = { key: string; label: string; baseline: number | null; values: (number | null)[]; strong?: boolean };

/** Side by side, a month on average: without the job, then each job; the gain and what an extra hour brings. */
export const ComparisonSummaryTable = ({ baseline, scenarios, caption }: Props) => {
  const { t, i18n } = useTranslation();
  const money = (value: number | null) => (value === null ? "–" : formatMoney(value, i18n.language));
  const averageRow = (key: keyof Averages, label: string, strong = false): Row => ({
    key,
    label,
    baseline: baseline[key],
    values: scenarios.map((s) => s.averages[key]),
    strong,
  });
  const rows: Row[] = [
    averageRow("salaryNet", t("benefits.results.salary")),
    averageRow("aah", t("benefits.results.aah")),
    averageRow("primeActivite", t("benefits.results.primeActivite")),
    ...(baseline.otherIncome > 0 ? [averageRow("otherIncome", t("benefits.results.otherIncome"))] : []),
    averageRow("total", t("benefits.results.total"), true),
    { key: "gain", label: t("benefits.results.gainPerMonth"), baseline: null, values: scenarios.map((s) => s.gainPerMonth), strong: true },
    { key: "perHour", label: t("benefits.results.gainPerHour"), baseline: null, values: scenarios.map((s) => s.gainPerHour) },
    { key: "perExtraHour", label: t("benefits.results.gainPerExtraHour"), baseline: null, values: scenarios.map((s) => s.marginalGainPerHour) },
  ];
  return (
    <TableScroll label={caption} minWidth={170 + 115 * (scenarios.length + 1)}>
      <Table withTableBorder withColumnBorders striped captionSide="top" verticalSpacing="xs" className="benefits-sticky-first">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("benefits.results.perMonth")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("benefits.results.withoutJob")}
            </Table.Th>
            {scenarios.map((s) => (
              <Table.Th key={s.label} scope="col" ta="right">
                {s.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.strong ? 700 : undefined}>
              <Table.Th scope="row" fw={row.strong ? 700 : 500}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{money(row.baseline)}</Table.Td>
              {row.values.map((value, i) => (
                <Table.Td key={scenarios[i].label} ta="right">
                  {money(value)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};
