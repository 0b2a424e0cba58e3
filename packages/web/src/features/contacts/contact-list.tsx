import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { Contact } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatLongDate } from "../../shared/format/dates";

export const ContactList = ({ contacts }: { contacts: Contact[] }) => {
  const { t, i18n } = useTranslation();
  if (contacts.length === 0) return <Text c="dimmed">{t("contacts.empty")}</Text>;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {contacts.map((c) => (
        <Card component="li" key={c.id} withBorder padding="md">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text fw={700}>{formatLongDate(c.date, i18n.language)}</Text>
            <Group gap={6}>
              <Badge variant="light" color="blue" tt="none">
                {t(`contacts.modes.${c.mode}`)}
              </Badge>
              {c.place ? (
                <Badge variant="light" color="gray" tt="none">
                  {t(`contacts.places.${c.place}`)}
                </Badge>
              ) : null}
              <Badge variant="light" color="teal" tt="none">
                {t(`contacts.phases.${c.phase}`)}
              </Badge>
            </Group>
          </Group>
          <Text size="sm" mt={4}>
            {c.withWhom.map((w) => t(`contacts.with.${w}`)).join(", ")}
            {" · "}
            {t("contacts.durationValue", { count: c.durationMinutes })}
            {c.authorName ? ` · ${t("common.by", { name: c.authorName })}` : ""}
          </Text>
          {c.notes ? (
            <Text size="sm" mt="xs" style={{ whiteSpace: "pre-wrap" }}>
              {c.notes}
            </Text>
          ) : null}
        </Card>
      ))}
    </Stack>
  );
};
