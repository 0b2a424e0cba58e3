import { Button, Group, MultiSelect, Stack, Switch, Textarea } from "@mantine/core";
import { createNoteInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useCreateNote, useMentionable } from "./notes-api";

/** The first message about any of the mentions (`mentionedUserIds.N`), shown under the picker. */
const mentionError = (errors: FieldErrors): string | undefined =>
  Object.entries(errors).find(([path]) => path === "mentionedUserIds" || path.startsWith("mentionedUserIds."))?.[1];

/**
 * Writing a note: the text, the colleagues to call (each gets a notification), and for the team whether the care
 * team may read it. A clinician has no choice to make: their notes are always shared.
 */
export const NoteForm = ({ participantId, isClinician }: { participantId: string; isClinician: boolean }) => {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const [mentioned, setMentioned] = useState<string[]>([]);
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const mentionable = useMentionable(participantId, true);
  const create = useCreateNote(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = createNoteInput.safeParse({ body, sharedWithCareTeam: isClinician || shared, mentionedUserIds: mentioned });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    const form = event.currentTarget as HTMLFormElement;
    create.mutate(parsed.data, {
      onSuccess: () => {
        setBody("");
        setMentioned([]);
        setShared(false);
        setSaved(t("notes.saved"));
      },
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    });
  };

  const people = (mentionable.data?.items ?? []).map((m) => ({ value: m.userId, label: `${m.name} · ${t(`roles.${m.role}`)}` }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={create.error} />
        <Textarea
          label={t("notes.body")}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errors.body}
          required
          autosize
          minRows={3}
          maxRows={12}
          maxLength={5000}
        />
        <MultiSelect
          label={t("notes.mentions")}
          description={t("notes.mentionsHelp")}
          placeholder={mentioned.length === 0 ? t("notes.mentionsPlaceholder") : undefined}
          data={people}
          value={mentioned}
          onChange={setMentioned}
          error={mentionError(errors)}
          searchable
          clearable
          nothingFoundMessage={t("notes.mentionsNone")}
          maxValues={20}
          disabled={mentionable.isError}
        />
        {isClinician ? null : (
          <Switch
            label={t("notes.shareWithCareTeam")}
            description={t("notes.shareWithCareTeamHelp")}
            checked={shared}
            onChange={(e) => setShared(e.currentTarget.checked)}
            error={errors.sharedWithCareTeam}
          />
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("notes.submit")}
          </Button>
        </Group>
        <SuccessAlert message={saved} />
      </Stack>
    </form>
  );
};
