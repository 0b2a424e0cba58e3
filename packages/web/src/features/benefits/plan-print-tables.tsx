import { Table } from "@mantine/core";
import type { CompareScenariosResponse } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import type { Averages, ScenarioFigures } from "./comparison-figures";
import { formatMoney, formatMonth } from "./format";

type Props = { baseline: Averages; scenarios: ScenarioFigures[] };

/** A month on average, without the job and with each job (the print keeps whole euros: easier to read). */
export const PrintSummaryTable = ({ baseline, scenarios }: Props) => {
  const { t, i18n } = useTranslation();
  const euros = (value: number | null) => (value === null ? "–" : formatMoney(value, i18n.language, 0));
  const rows: { key: string; label: string; baseline: number | null; values: (number | null)[]; strong?: boolean }[] = [
    { key: "salary", label: t("benefits.results.salary"), baseline: baseline.salaryNet, values: scenarios.map((s) => s.averages.salaryNet) },
    { key: "aah", label: t("benefits.results.aah"), baseline: baseline.aah, values: scenarios.map((s) => s.averages.aah) },
    { key: "ppa", label: t("benefits.results.primeActivite"), baseline: baseline.primeActivite, values: scenarios.map((s) => s.averages.primeActivite) },
    ...(baseline.otherIncome > 0 ? [{ key: "other", label: t("benefits.results.otherIncome"), baseline: baseline.otherIncome, values: scenarios.map((s) => s.averages.otherIncome) }] : []),
    { key: "total", label: t("benefits.results.total"), baseline: baseline.total, values: scenarios.map((s) => s.averages.total), strong: true },
    { key: "gain", label: t("benefits.print.gainPerMonth"), baseline: null, values: scenarios.map((s) => s.gainPerMonth), strong: true },
    { key: "hour", label: t("benefits.results.gainPerExtraHour"), baseline: null, values: scenarios.map((s) => s.marginalGainPerHour) },
  ];
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("benefits.results.perMonth")}</Table.Th>
          <Table.Th scope="col" ta="right">{t("benefits.results.withoutJob")}</Table.Th>
          {scenarios.map((s) => <Table.Th key={s.label} scope="col" ta="right">{s.label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} fw={row.strong ? 700 : undefined}>
            <Table.Th scope="row" fw={row.strong ? 700 : 500}>{row.label}</Table.Th>
            <Table.Td ta="right">{row.key === "hour" ? "" : euros(row.baseline)}</Table.Td>
            {row.values.map((v, i) => (
              <Table.Td key={scenarios[i].label} ta="right">
                {row.key === "hour" ? (v === null ? "–" : formatMoney(v, i18n.language)) : euros(v)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

/** Total income month by month: the one figure a person checks against their bank statement. */
export const PrintMonthlyTotals = ({ comparison, labels }: { comparison: CompareScenariosResponse; labels: string[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <Table withTableBorder withColumnBorders striped verticalSpacing={2}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("benefits.results.month")}</Table.Th>
          <Table.Th scope="col" ta="right">{t("benefits.results.withoutJob")}</Table.Th>
          {labels.map((label) => <Table.Th key={label} scope="col" ta="right">{label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {comparison.baseline.months.map((m, i) => (
          <Table.Tr key={m.month}>
            <Table.Th scope="row" fw={500}>{formatMonth(m.month, i18n.language)}</Table.Th>
            <Table.Td ta="right">{formatMoney(m.total, i18n.language, 0)}</Table.Td>
            {comparison.scenarios.map((s, k) => (
              <Table.Td key={labels[k]} ta="right">{formatMoney(s.result.months[i]?.total ?? 0, i18n.language, 0)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
