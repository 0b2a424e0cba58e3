import { Table, Text } from "@mantine/core";
import { type CaseloadOverview, isActiveStatus, participantStatuses } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { CaseloadLevelBadge } from "./caseload-level-badge";
import { TableScroll } from "../../shared/components/table-scroll";

const activeStatuses = participantStatuses.filter(isActiveStatus);

export const CaseloadOverviewTable = ({ overview }: { overview: CaseloadOverview }) => {
  const { t } = useTranslation();
  if (overview.rows.length === 0) return <Text c="dimmed">{t("team.noRows")}</Text>;
  return (
    <TableScroll label={t("team.overviewCaption")} minWidth={860}>
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t("team.overviewCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("team.specialist")}</Table.Th>
            <Table.Th scope="col">{t("team.active")}</Table.Th>
            <Table.Th scope="col">{t("team.level")}</Table.Th>
            {activeStatuses.map((s) => (
              <Table.Th scope="col" key={s}>
                {t(`status.${s}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t("team.noContact30")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.rows.map((row) => (
            <Table.Tr key={row.specialistId ?? "unassigned"}>
              <Table.Th scope="row">{row.specialistName ?? t("team.unassignedRow")}</Table.Th>
              <Table.Td>
                <Text span fw={700}>
                  {row.specialistId ? t("team.activeOfLimit", { count: row.active, limit: overview.limit }) : row.active}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{row.specialistId ? <CaseloadLevelBadge active={row.active} limit={overview.limit} /> : "—"}</Table.Td>
              {activeStatuses.map((s) => (
                <Table.Td key={s}>{row.byStatus[s] ?? 0}</Table.Td>
              ))}
              <Table.Td>
                <Text span fw={row.noContact30Days > 0 ? 700 : 400} className={row.noContact30Days > 0 ? "warning-text" : undefined}>
                  {row.noContact30Days}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};
