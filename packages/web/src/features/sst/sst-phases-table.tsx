import { Table } from "@mantine/core";
import type { SstPlanDetail, SstStats } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";
import { phaseLabel } from "./sst-phase-label";

const number = (value: number | null, language: string): string => (value === null ? "—" : new Intl.NumberFormat(language === "en" ? "en-GB" : "fr-FR", { maximumFractionDigits: 2 }).format(value));

/**
 * Each phase's figures, overall and per observer: the level (mean, median) and the trend per week, the way a
 * single-case design is read (does the level change from one phase to the next? does the trend?).
 */
export const SstPhasesTable = ({ detail }: { detail: SstPlanDetail }) => {
  const { t, i18n } = useTranslation();
  const trend = (s: SstStats): string => (s.trendPerWeek === null ? "—" : `${s.trendPerWeek > 0 ? "+" : ""}${number(s.trendPerWeek, i18n.language)}`);
  const period = (startsOn: string | null, endsBefore: string | null): string =>
    startsOn ? (endsBefore ? t("sst.phasesTable.between", { from: formatDate(startsOn, i18n.language), to: formatDate(endsBefore, i18n.language) }) : t("sst.phasesTable.since", { from: formatDate(startsOn, i18n.language) })) : endsBefore ? t("sst.phasesTable.before", { to: formatDate(endsBefore, i18n.language) }) : "";
  return (
    <TableScroll label={t("sst.phasesTable.title")} minWidth={640}>
      <Table striped>
        <Table.Caption>{t("sst.phasesTable.title")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("sst.chart.phase")}</Table.Th>
            <Table.Th scope="col">{t("sst.measures.observer")}</Table.Th>
            <Table.Th scope="col">{t("sst.phasesTable.count")}</Table.Th>
            <Table.Th scope="col">{t("sst.phasesTable.mean")}</Table.Th>
            <Table.Th scope="col">{t("sst.phasesTable.median")}</Table.Th>
            <Table.Th scope="col">{t("sst.phasesTable.trend")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {detail.phases.map((phase) => {
          const rows = [
            { key: "all", label: t("sst.phasesTable.allObservers"), stats: phase.overall },
            ...phase.byObserver.map((s) => ({ key: s.observer, label: t(`sst.observers.${s.observer}`), stats: s })),
          ];
          return (
            <Table.Tbody key={phase.letter}>
              {rows.map((row, i) => (
                <Table.Tr key={row.key}>
                  {i === 0 ? (
                    <Table.Th scope="rowgroup" rowSpan={rows.length} fw={600}>
                      {phaseLabel(phase, t)} ({phase.letter})
                      <br />
                      <small>{period(phase.startsOn, phase.endsBefore)}</small>
                    </Table.Th>
                  ) : null}
                  <Table.Td fw={i === 0 ? 600 : undefined}>{row.label}</Table.Td>
                  <Table.Td>{row.stats.count}</Table.Td>
                  <Table.Td>{number(row.stats.mean, i18n.language)}</Table.Td>
                  <Table.Td>{number(row.stats.median, i18n.language)}</Table.Td>
                  <Table.Td>{trend(row.stats)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          );
        })}
      </Table>
    </TableScroll>
  );
};
