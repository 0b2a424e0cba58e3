import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { useAccess } from "../../shared/hooks/use-access";
import { useFlagParticipant } from "./meetings-api";

/** "Mettre à l'ordre du jour": the person appears on the next weekly meeting's agenda, with the reason. */
export const FlagForMeeting = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const flag = useFlagParticipant(participant.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  if (!access.can("meeting.write", participant.programId)) return null;
  const fieldError = isApiError(flag.error) ? flag.error.fields.find((f) => f.path === "reason")?.message : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    flag.mutate(
      { reason },
      {
        onSuccess: () => {
          setOpen(false);
          setReason("");
          setDone(t("meetings.flag.done"));
        },
      },
    );
  };
  return (
    <Stack gap="xs" mb="md">
      <Group>
        <Button variant="light" onClick={() => { setDone(null); setOpen(true); }}>
          {t("meetings.flag.button")}
        </Button>
      </Group>
      <SuccessAlert message={done} />
      <Modal opened={open} onClose={() => setOpen(false)} title={t("meetings.flag.title")}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Textarea label={t("meetings.flag.reason")} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} error={fieldError} data-autofocus />
            <FormErrorAlert error={flag.error && !fieldError ? flag.error : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={flag.isPending}>
                {t("meetings.flag.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
};
