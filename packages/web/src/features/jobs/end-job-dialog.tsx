import { Button, Group, Modal, NativeSelect, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { type Job, type JobEndReason, type JobEndedBy, type JobWriteResult, jobEndReasons, jobEndedByValues, updateJobInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { jobFieldErrors } from "./job-form";
import { useUpdateJob } from "./jobs-api";

type Props = { participantId: string; job: Job; opened: boolean; onClose: () => void; onDone: (result: JobWriteResult) => void };

/** "Fin de l'emploi": the date, the reason and who ended it, recorded together. A step of the journey, not a failure. */
export const EndJobDialog = ({ participantId, job, opened, onClose, onDone }: Props) => {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState(todayIso);
  const [endReason, setEndReason] = useState<JobEndReason | "">("");
  const [endedBy, setEndedBy] = useState<JobEndedBy | "">("");
  const [endNote, setEndNote] = useState(job.endNote);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateJob(participantId, job.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { version: job.version, endDate, endReason: endReason || null, endedBy: endedBy || null, endNote };
    const parsed = updateJobInput.safeParse(input);
    const errs = parsed.success ? {} : jobFieldErrors(parsed.error, t);
    if (endDate && endDate < job.startDate) errs.endDate = t("jobs.validation.endBeforeStart");
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    update.mutate(input, {
      onSuccess: onDone,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t("jobs.end.title", { title: job.title })} closeButtonProps={{ "aria-label": t("common.close") }} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={update.error} />
          <TextInput label={t("jobs.end.date")} type="date" required value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} error={errors.endDate} />
          <NativeSelect
            label={t("jobs.end.reason")}
            required
            value={endReason}
            onChange={(e) => setEndReason(e.currentTarget.value as JobEndReason | "")}
            data={[{ value: "", label: t("common.choose") }, ...jobEndReasons.map((r) => ({ value: r, label: t(`jobs.endReasons.${r}`) }))]}
            error={errors.endReason}
          />
          <Radio.Group label={t("jobs.end.endedBy")} required value={endedBy} onChange={(v) => setEndedBy(v as JobEndedBy)} error={errors.endedBy}>
            <Group gap="lg" mt={6}>
              {jobEndedByValues.map((v) => (
                <Radio key={v} value={v} label={t(`jobs.endedBy.${v}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label={t("jobs.end.note")} description={t("jobs.end.noteHint")} autosize minRows={2} value={endNote} onChange={(e) => setEndNote(e.currentTarget.value)} error={errors.endNote} />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t("jobs.end.submit")}
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
