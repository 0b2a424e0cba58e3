import { Alert, Button, Card, Group, NativeSelect, Stack, Text, Textarea, Title } from "@mantine/core";
import {
  type ClosureReason,
  closureReasons,
  type Participant,
  type ParticipantStatus,
  participantStatuses,
} from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { StatusBadge } from "../../shared/components/status-badge";
import { useParticipantSave } from "./use-participant-save";

/**
 * Changes the journey status. Closing asks for a reason (never "missed appointments": that value does not
 * exist); a closed record is only re-opened, back to "engaged".
 */
export const StatusControl = ({ participant, canEdit }: { participant: Participant; canEdit: boolean }) => {
  const { t } = useTranslation();
  const [next, setNext] = useState<ParticipantStatus | "">("");
  const [reason, setReason] = useState<ClosureReason | "">("");
  const [note, setNote] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const saver = useParticipantSave(participant.id, () => undefined);
  const closed = participant.status === "closed";

  const clear = () => {
    setNext("");
    setReason("");
    setNote("");
    setReasonError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!next) return;
    if (next === "closed" && !reason) {
      setReasonError(t("validation.closure_reason_required"));
      return;
    }
    setReasonError(null);
    saver.save(
      {
        version: participant.version,
        status: next,
        ...(next === "closed" ? { closureReason: reason || null, closureNote: note.trim() || null } : {}),
      },
      () => {
        clear();
        setDone(t("summary.statusSaved"));
      },
    );
  };

  const reopen = () => {
    setDone(null);
    saver.save({ version: participant.version, status: "engaged" }, () => setDone(t("summary.reopened")));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="status-title">
      <Title order={2} size="h3" id="status-title" mb="md">
        {t("summary.statusTitle")}
      </Title>
      <Stack gap="md">
        <Group gap="xs">
          <Text fw={600}>{t("common.labelColon", { label: t("summary.currentStatus") })}</Text>
          <StatusBadge status={participant.status} />
        </Group>
        {closed && participant.closureReason ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t("summary.closedBecause", { reason: t(`closureReason.${participant.closureReason}`) })}
            </Text>
            {participant.closureNote ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {participant.closureNote}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <FormErrorAlert error={saver.error} />
        <SuccessAlert message={done} />
        {!canEdit ? null : closed ? (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed">
              {t("summary.reopenHint")}
            </Text>
            <Button onClick={reopen} loading={saver.isSaving}>
              {t("summary.reopen")}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm" maw={480}>
              <NativeSelect
                label={t("summary.newStatus")}
                value={next}
                onChange={(e) => {
                  setDone(null);
                  setNext(e.currentTarget.value as ParticipantStatus | "");
                }}
                data={[
                  { value: "", label: t("common.choose") },
                  ...participantStatuses
                    .filter((s) => s !== participant.status)
                    .map((s) => ({ value: s, label: t(`status.${s}`) })),
                ]}
              />
              {next === "closed" ? (
                <>
                  <Alert color="blue" variant="light">
                    {t("summary.closureHint")}
                  </Alert>
                  <NativeSelect
                    label={t("summary.closureReason")}
                    required
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value as ClosureReason | "")}
                    data={[
                      { value: "", label: t("summary.closureReasonPlaceholder") },
                      ...closureReasons.map((r) => ({ value: r, label: t(`closureReason.${r}`) })),
                    ]}
                    error={reasonError ?? saver.fieldErrors.closureReason}
                  />
                  <Textarea
                    label={t("summary.closureNote")}
                    value={note}
                    onChange={(e) => setNote(e.currentTarget.value)}
                    autosize
                    minRows={2}
                    maxLength={1000}
                  />
                </>
              ) : null}
              <Group>
                <Button type="submit" disabled={!next} loading={saver.isSaving}>
                  {t("summary.changeStatus")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
};
