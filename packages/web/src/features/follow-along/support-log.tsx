import { Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { SupportContactLog, SupportPlanData } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate } from "../../shared/format/dates";

/** Each support's rhythm (last given, due by, overdue) and the contacts logged against the job's supports. */
export const SupportLog = ({ jobId, plan, log }: { jobId: string; plan: SupportPlanData; log: SupportContactLog }) => {
  const { t, i18n } = useTranslation();
  const byId = new Map(plan.supports.map((s) => [s.id, s]));
  const activity = new Map(log.supportActivity.map((a) => [a.supportId, a]));
  const kindOf = (id: string) => {
    const s = byId.get(id);
    return s ? t(`followAlong.kinds.${s.kind}`) : t("followAlong.log.removedSupport");
  };
  return (
    <Stack gap="md">
      <section aria-labelledby={`rhythm-title-${jobId}`}>
        <Title order={4} size="h5" id={`rhythm-title-${jobId}`} mb="xs">
          {t("followAlong.rhythm.title")}
        </Title>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {plan.supports.map((s) => {
            const a = activity.get(s.id);
            return (
              <Group key={s.id} component="li" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {t(`followAlong.kinds.${s.kind}`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`followAlong.providers.${s.provider}`)}
                  {s.providerName ? ` (${s.providerName})` : ""} · {t(`followAlong.frequencies.${s.frequency}`)}
                </Text>
                <Text size="sm">
                  {a?.lastDate ? t("followAlong.rhythm.last", { date: formatDate(a.lastDate, i18n.language), count: a.count }) : t("followAlong.rhythm.never")}
                </Text>
                {a?.overdue ? (
                  <Badge color="red" variant="light" radius="sm" tt="none" fw={600}>
                    {t("followAlong.rhythm.overdue", { date: formatDate(a.dueBy, i18n.language) })}
                  </Badge>
                ) : a?.dueBy ? (
                  <Text size="sm" c="dimmed">
                    {t("followAlong.rhythm.dueBy", { date: formatDate(a.dueBy, i18n.language) })}
                  </Text>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      </section>
      <section aria-labelledby={`log-title-${jobId}`}>
        <Title order={4} size="h5" id={`log-title-${jobId}`} mb="xs">
          {t("followAlong.log.listTitle")}
        </Title>
        {log.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("followAlong.log.empty")}
          </Text>
        ) : (
          <TableScroll label={t("followAlong.log.listTitle")} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("contacts.date")}</Table.Th>
                  <Table.Th>{t("followAlong.log.supports")}</Table.Th>
                  <Table.Th>{t("contacts.mode")}</Table.Th>
                  <Table.Th>{t("contacts.notes")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.items.map((item) => (
                  <Table.Tr key={item.contactId}>
                    <Table.Td>{formatDate(item.date, i18n.language)}</Table.Td>
                    <Table.Td>{item.supportIds.map(kindOf).join(", ")}</Table.Td>
                    <Table.Td>
                      {t(`contacts.modes.${item.contact.mode}`)} · {t("contacts.durationValue", { count: item.contact.durationMinutes })}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "pre-wrap" }}>{item.contact.notes}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </section>
    </Stack>
  );
};
