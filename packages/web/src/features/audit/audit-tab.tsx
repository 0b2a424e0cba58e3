import { Table, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { participantKeys } from "../../api/query-keys";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDateTime } from "../../shared/format/dates";
import { fetchAudit } from "../participants/participants-api";
import { useAuditLabel } from "./use-audit-label";
import { TableScroll } from "../../shared/components/table-scroll";

/** Who read or changed this record (team leads and administrators only). */
export const AuditTab = ({ participant }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const label = useAuditLabel();
  const audit = useQuery({ queryKey: participantKeys.audit(participant.id), queryFn: () => fetchAudit(participant.id) });
  return (
    <section aria-labelledby="audit-title">
      <Title order={2} size="h3" id="audit-title" mb={4}>
        {t("audit.title")}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t("audit.intro")}
      </Text>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <Text c="dimmed">{t("audit.empty")}</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t("audit.total", { count: audit.data.total })}
          </Text>
          <TableScroll label={t("audit.caption")} minWidth={560}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t("audit.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("audit.at")}</Table.Th>
                  <Table.Th scope="col">{t("audit.user")}</Table.Th>
                  <Table.Th scope="col">{t("audit.action")}</Table.Th>
                  <Table.Th scope="col">{t("audit.ip")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                    <Table.Td>{entry.userName ?? t("common.unknownPerson")}</Table.Td>
                    <Table.Td>{label(entry.action, entry.recordType)}</Table.Td>
                    <Table.Td>
                      <Text span ff="monospace" size="sm">
                        {entry.ip ?? "—"}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
    </section>
  );
};
