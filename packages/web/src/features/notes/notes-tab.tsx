import { Card, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { NoteCard } from "./note-card";
import { NoteForm } from "./note-form";
import { useNotes } from "./notes-api";

/** Internal notes between colleagues about the person; a clinician sees only those shared with the care team. */
export const NotesTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const notes = useNotes(participant.id);
  const role = access.roleIn(participant.programId);
  const isClinician = role === "clinician";
  const canWrite = access.can("note.write", participant.programId);
  // The server decides too: the author, or the team lead or an administrator for the team.
  const mayChange = (authorId: string | null) => !isClinician && canWrite && (authorId === access.userId || role === "team_lead" || role === "admin");

  return (
    <Stack gap="lg">
      {canWrite ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="note-new-title" maw={760}>
          <Title order={2} size="h3" id="note-new-title" mb={4}>
            {t("notes.newTitle")}
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            {isClinician ? t("notes.clinicianIntro") : t("notes.teamIntro")}
          </Text>
          <NoteForm participantId={participant.id} isClinician={isClinician} />
        </Card>
      ) : null}
      <section aria-labelledby="notes-title">
        <Title order={2} size="h3" id="notes-title" mb="md">
          {isClinician ? t("notes.sharedTitle") : t("notes.title")}
        </Title>
        {notes.isPending ? (
          <LoadingState />
        ) : notes.isError ? (
          <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
        ) : notes.data.items.length === 0 ? (
          <Text c="dimmed">{t("notes.empty")}</Text>
        ) : (
          <Stack gap="sm" maw={760}>
            {notes.data.items.map((note) => (
              <NoteCard key={note.id} note={note} participantId={participant.id} canChangeSharing={mayChange(note.authorId)} />
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
};
