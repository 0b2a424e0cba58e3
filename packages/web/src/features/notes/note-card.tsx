import { Badge, Card, Group, Stack, Switch, Text } from "@mantine/core";
import type { Note } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDateTime } from "../../shared/format/dates";
import { useUpdateNoteSharing } from "./notes-api";

type NoteCardProps = { note: Note; participantId: string; canChangeSharing: boolean };

/** One note: who wrote it and when, whom it calls, whether the care team reads it (and, if allowed, a switch). */
export const NoteCard = ({ note, participantId, canChangeSharing }: NoteCardProps) => {
  const { t, i18n } = useTranslation();
  const update = useUpdateNoteSharing(participantId);
  return (
    <Card withBorder padding="md" component="article" aria-label={t("notes.cardLabel", { name: note.authorName ?? t("common.unknownPerson"), date: formatDateTime(note.createdAt, i18n.language) })}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {note.authorName ?? t("common.unknownPerson")}{" "}
            <Text span size="sm" c="dimmed" fw={400}>
              {formatDateTime(note.createdAt, i18n.language)}
            </Text>
          </Text>
          <Badge color={note.sharedWithCareTeam ? "teal" : "gray"} variant="light" radius="sm" tt="none" fw={600}>
            {note.sharedWithCareTeam ? t("notes.shared") : t("notes.private")}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: "pre-wrap" }}>{note.body}</Text>
        {note.mentions.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t("notes.mentioned", { names: note.mentions.map((m) => m.name).join(", ") })}
          </Text>
        ) : null}
        {canChangeSharing ? (
          <Switch
            size="sm"
            label={t("notes.shareWithCareTeam")}
            checked={note.sharedWithCareTeam}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ noteId: note.id, version: note.version, sharedWithCareTeam: e.currentTarget.checked })}
          />
        ) : null}
        <FormErrorAlert error={update.error} />
      </Stack>
    </Card>
  );
};
