import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { snoozeWorklistItemInput, type WorklistItem } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { isoDaysBefore, todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useSnoozeItem } from "./worklist-api";
import { worklistSubject } from "./worklist-sentence";

type Props = { item: WorklistItem; opened: boolean; onClose: () => void; onDone: () => void };

const tomorrow = () => isoDaysBefore(todayIso(), -1);

/** "Mettre de côté": until a date (after today), with a reason the team will read. Changes no record. */
export const SnoozeDialog = ({ item, opened, onClose, onDone }: Props) => {
  const { t } = useTranslation();
  const [until, setUntil] = useState(() => isoDaysBefore(todayIso(), -7));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const snooze = useSnoozeItem();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { rule: item.rule, participantId: item.participantId, employerId: item.employerId, jobId: item.jobId, until, reason };
    const parsed = snoozeWorklistItemInput.safeParse(input);
    const errs = parsed.success ? {} : zodFieldErrors(parsed.error, t);
    if (until && until < tomorrow()) errs.until = t("worklist.dialog.untilAfterToday");
    if (Object.keys(errs).length > 0 || !parsed.success) {
      setErrors(errs);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    snooze.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`${t("worklist.dialog.title")} — ${worklistSubject(item, t)}`} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("worklist.dialog.intro")}</Text>
          <FormErrorAlert error={snooze.error} />
          <TextInput label={t("worklist.dialog.until")} type="date" required min={tomorrow()} value={until} onChange={(e) => setUntil(e.currentTarget.value)} error={errors.until} />
          <Textarea
            label={t("worklist.dialog.reason")}
            description={t("worklist.dialog.reasonHint")}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Group>
            <Button type="submit" loading={snooze.isPending}>
              {t("worklist.dialog.submit")}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
