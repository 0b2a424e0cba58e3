import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { CloseOne, FamilyContact } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

/** The log of contacts with close ones and family meetings, newest first, with the names of who took part. */
export const FamilyContactList = ({ contacts, closeOnes }: { contacts: FamilyContact[]; closeOnes: CloseOne[] }) => {
  const { t, i18n } = useTranslation();
  const names = new Map(closeOnes.map((c) => [c.id, c.name]));
  if (contacts.length === 0) return <Text c="dimmed">{t("network.contacts.empty")}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {contacts.map((c) => (
        <Card key={c.id} withBorder padding="md" component="li">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Text fw={600}>
              {t("network.contacts.heading", { kind: t(`network.contacts.kinds.${c.kind}`), date: formatDate(c.date, i18n.language) })}
            </Text>
            <Badge variant="light" color="gray" radius="sm" tt="none" fw={600}>
              {t(`contacts.modes.${c.mode}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {t("network.contacts.with", { names: c.closeOneIds.map((id) => names.get(id) ?? t("common.unknownPerson")).join(", ") })}
            {" · "}
            {c.participantPresent ? t("network.contacts.present") : t("network.contacts.absent")}
          </Text>
          {c.notes ? <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap" }}>{c.notes}</Text> : null}
          {c.authorName ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t("common.by", { name: c.authorName })}
            </Text>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
};
