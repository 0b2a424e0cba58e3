import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { CloseOne } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate } from "../../shared/format/dates";
import { CloseOneForm } from "./close-one-form";
import { useUpdateCloseOne } from "./network-api";

const sharingColor = { active: "green", no_consent: "gray", suspended: "orange" } as const;

/** What the team may tell this close one today, in words: the topics, or why nothing. */
const SharingLine = ({ closeOne }: { closeOne: CloseOne }) => {
  const { t, i18n } = useTranslation();
  const topics = closeOne.mayShare.map((topic) => t(`network.topics.${topic}`)).join(", ");
  if (closeOne.sharing === "no_consent") return <Text size="sm">{t("network.sharing.noConsent")}</Text>;
  if (closeOne.sharing === "suspended") {
    return <Text size="sm">{topics ? t("network.sharing.suspendedTopics", { topics }) : t("network.sharing.suspended")}</Text>;
  }
  const since = t("network.sharing.consentOf", { date: formatDate(closeOne.consent?.givenOn, i18n.language) });
  return <Text size="sm">{topics ? `${t("network.sharing.active", { topics })} ${since}` : `${t("network.sharing.activeNothing")} ${since}`}</Text>;
};

type Props = { participantId: string; closeOne: CloseOne; canWrite: boolean };

/** One close one: relation, how to reach them, what may be shared; edit and archive for the team. */
export const CloseOneCard = ({ participantId, closeOne, canWrite }: Props) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const archive = useUpdateCloseOne(participantId, closeOne.id);
  const titleId = `close-one-${closeOne.id}`;

  if (editing) {
    return (
      <Card withBorder padding="lg" component="li">
        <CloseOneForm participantId={participantId} closeOne={closeOne} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg" component="li" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {closeOne.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`network.relations.${closeOne.relation}`)}
            </Text>
          </div>
          <Badge color={closeOne.archived ? "gray" : sharingColor[closeOne.sharing]} variant="light" radius="sm" tt="none" fw={600}>
            {closeOne.archived ? t("network.archived") : t(`network.sharing.badge.${closeOne.sharing}`)}
          </Badge>
        </Group>
        {closeOne.phone || closeOne.email ? (
          <Group gap="md">
            {closeOne.phone ? <Anchor href={`tel:${closeOne.phone.replace(/[^+0-9]/g, "")}`}>{closeOne.phone}</Anchor> : null}
            {closeOne.email ? <Anchor href={`mailto:${closeOne.email}`}>{closeOne.email}</Anchor> : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("network.noContactDetails")}
          </Text>
        )}
        <SharingLine closeOne={closeOne} />
        {closeOne.notes ? <Text size="sm">{closeOne.notes}</Text> : null}
        <FormErrorAlert error={archive.error} />
        {canWrite ? (
          <Group gap="sm" mt={4}>
            {!closeOne.archived ? (
              <Button size="xs" variant="light" onClick={() => setEditing(true)} aria-describedby={titleId}>
                {t("common.edit")}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant="subtle"
              loading={archive.isPending}
              onClick={() => archive.mutate({ version: closeOne.version, archived: !closeOne.archived })}
              aria-describedby={titleId}
            >
              {closeOne.archived ? t("network.unarchive") : t("network.archive")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
};
