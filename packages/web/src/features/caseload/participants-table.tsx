import { Anchor, Table, Text } from "@mantine/core";
import type { ParticipantSummary } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusBadge } from "../../shared/components/status-badge";
import { formatDate } from "../../shared/format/dates";
import { LastContact } from "./last-contact";
import { TableScroll } from "../../shared/components/table-scroll";

export const participantName = (p: Pick<ParticipantSummary, "firstName" | "lastName">): string => `${p.firstName} ${p.lastName}`;

export const ParticipantsTable = ({ participants }: { participants: ParticipantSummary[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={t("caseload.tableCaption")} minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t("caseload.tableCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("caseload.name")}</Table.Th>
            <Table.Th scope="col">{t("status.label")}</Table.Th>
            <Table.Th scope="col">{t("caseload.specialist")}</Table.Th>
            <Table.Th scope="col">{t("caseload.referralDate")}</Table.Th>
            <Table.Th scope="col">{t("caseload.lastContact")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/participants/${p.id}`} className="row-link">
                  {participantName(p)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={p.status} />
              </Table.Td>
              <Table.Td>
                {p.specialistName ?? (
                  <Text span size="sm" c="dimmed">
                    {t("caseload.unassigned")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDate(p.referralDate, i18n.language)}</Table.Td>
              <Table.Td>
                <LastContact date={p.lastContactDate} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};
