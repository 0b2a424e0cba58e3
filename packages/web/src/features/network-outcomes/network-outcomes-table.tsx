import { Anchor, Table, Text } from "@mantine/core";
import { type NetworkOutcomes, type NetworkProgramRow, type NetworkRowCells, networkCellKeys } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableScroll } from "../../shared/components/table-scroll";
import { useAccess } from "../../shared/hooks/use-access";
import { formatNumber, formatPercent } from "../outcomes/format";

type CellKey = keyof NetworkRowCells;
const rateKeys: readonly CellKey[] = ["competitiveEmploymentRate", "ukEmploymentRate", "retained90Days"];
const dayKeys: readonly CellKey[] = ["daysToFirstEmployerContact", "daysToFirstJob"];

/** One row per program and the network's total: every cell a value, a dash (nothing to compute) or "< 5" (masked). */
export const NetworkOutcomesTable = ({ data, link }: { data: NetworkOutcomes; link: (programId: string) => string }) => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const lang = i18n.language;
  const cell = (cells: NetworkRowCells, key: CellKey): string => {
    const c = cells[key];
    if (c.masked) return t("networkOutcomes.masked");
    if (c.value === null) return t("outcomes.noValue");
    if (rateKeys.includes(key)) return formatPercent(c.value, lang) ?? "";
    if (dayKeys.includes(key)) return t("outcomes.days", { count: Math.round(c.value) });
    return formatNumber(c.value, lang) ?? "";
  };
  const fidelity = (row: NetworkProgramRow): string =>
    row.fidelity ? t("networkOutcomes.fidelityValue", { total: row.fidelity.total, band: t(`networkOutcomes.bands.${row.fidelity.band}`) }) : t("networkOutcomes.noReview");
  return (
    <TableScroll label={t("networkOutcomes.caption")} minWidth={1100}>
      <Table striped verticalSpacing="sm" fz="sm">
        <Table.Caption>{t("networkOutcomes.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={200}>
              {t("networkOutcomes.program")}
            </Table.Th>
            {networkCellKeys.map((key) => (
              <Table.Th scope="col" key={key} ta="right">
                {t(`networkOutcomes.columns.${key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t("networkOutcomes.fidelity")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.programs.map((row) => (
            <Table.Tr key={row.programId}>
              <Table.Th scope="row" fw={400}>
                {access.can("outcomes.read", row.programId) ? (
                  <Anchor component={Link} to={link(row.programId)}>
                    {row.name}
                  </Anchor>
                ) : (
                  row.name
                )}
                <Text span c="dark.4" size="xs" ml={6}>
                  {t(`countries.${row.country}`)}
                </Text>
              </Table.Th>
              {networkCellKeys.map((key) => (
                <Table.Td key={key} ta="right" style={{ whiteSpace: "nowrap" }}>
                  {cell(row.cells, key)}
                </Table.Td>
              ))}
              <Table.Td>{fidelity(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t("networkOutcomes.total", { count: data.total.programCount })}</Table.Th>
            {networkCellKeys.map((key) => (
              <Table.Td key={key} ta="right" style={{ whiteSpace: "nowrap" }}>
                {cell(data.total.cells, key)}
              </Table.Td>
            ))}
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
};
