import { Badge, Stack, Table, Text } from "@mantine/core";
import type { SimulateResponse } from "@passerelle/domain";
import "./benefits.css";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatMoney, formatMonth } from "./format";

type Props = { result: SimulateResponse; baseline: SimulateResponse; caption: string };

/** One job, month by month: salary, AAH, prime d'activité, total, next to the total without the job. */
export const MonthlyTable = ({ result, baseline, caption }: Props) => {
  const { t, i18n } = useTranslation();
  const money = (value: number) => formatMoney(value, i18n.language);
  const withOther = result.months.some((m) => m.otherIncome > 0);
  const firstProjected = result.months.find((m) => m.projected)?.month;
  const sum = (pick: (m: SimulateResponse["months"][number]) => number, months = result.months) => months.reduce((s, m) => s + pick(m), 0);
  return (
    <Stack gap="xs">
      {firstProjected ? (
        <Text size="sm" c="dimmed">
          {t("benefits.results.projectedNote", { month: formatMonth(firstProjected, i18n.language) })}
        </Text>
      ) : null}
    <TableScroll label={caption} minWidth={withOther ? 820 : 720}>
      <Table withTableBorder striped captionSide="top" verticalSpacing={6} className="benefits-sticky-first">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("benefits.results.month")}</Table.Th>
            <Table.Th scope="col" ta="right">{t("benefits.results.salary")}</Table.Th>
            <Table.Th scope="col" ta="right">{t("benefits.results.aah")}</Table.Th>
            <Table.Th scope="col" ta="right">{t("benefits.results.primeActivite")}</Table.Th>
            {withOther ? <Table.Th scope="col" ta="right">{t("benefits.results.otherIncome")}</Table.Th> : null}
            <Table.Th scope="col" ta="right">{t("benefits.results.total")}</Table.Th>
            <Table.Th scope="col" ta="right">{t("benefits.results.totalWithoutJob")}</Table.Th>
            <Table.Th scope="col" ta="right">{t("benefits.results.difference")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.months.map((m, i) => {
            const without = baseline.months[i]?.total ?? 0;
            return (
              <Table.Tr key={m.month}>
                <Table.Th scope="row" fw={500}>
                  <Stack gap={2} align="flex-start">
                    {formatMonth(m.month, i18n.language)}
                    {m.aahCumulation ? <Badge size="xs" variant="light" color="teal" tt="none">{t("benefits.results.cumulationBadge")}</Badge> : null}
                  </Stack>
                </Table.Th>
                <Table.Td ta="right">{money(m.salaryNet)}</Table.Td>
                <Table.Td ta="right">{money(m.aah)}</Table.Td>
                <Table.Td ta="right">{money(m.primeActiviteNet)}</Table.Td>
                {withOther ? <Table.Td ta="right">{money(m.otherIncome)}</Table.Td> : null}
                <Table.Td ta="right" fw={700}>{money(m.total)}</Table.Td>
                <Table.Td ta="right">{money(without)}</Table.Td>
                <Table.Td ta="right">{money(m.total - without)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t("benefits.results.periodTotal")}</Table.Th>
            <Table.Td ta="right">{money(sum((m) => m.salaryNet))}</Table.Td>
            <Table.Td ta="right">{money(sum((m) => m.aah))}</Table.Td>
            <Table.Td ta="right">{money(sum((m) => m.primeActiviteNet))}</Table.Td>
            {withOther ? <Table.Td ta="right">{money(sum((m) => m.otherIncome))}</Table.Td> : null}
            <Table.Td ta="right">{money(sum((m) => m.total))}</Table.Td>
            <Table.Td ta="right">{money(sum((m) => m.total, baseline.months))}</Table.Td>
            <Table.Td ta="right">{money(sum((m) => m.total) - sum((m) => m.total, baseline.months))}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
    </Stack>
  );
};
