import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from "@mantine/core";
import {
  type Application,
  type ApplicationReason,
  type ApplicationStatus,
  applicationTransitions,
  changeApplicationStatusInput,
  notSelectedReasons,
  withdrawalReasons,
} from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate, todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useChangeApplicationStatus } from "./job-search-api";

type Props = { participantId: string; application: Application; opened: boolean; onClose: () => void; onDone: (next: Application) => void };

const reasonsFor = (status: ApplicationStatus | ""): readonly ApplicationReason[] =>
  status === "not_selected" ? notSelectedReasons : status === "withdrawn" ? withdrawalReasons : [];

/** One step forward: only the statuses the transition table allows, a date, the reason from the right list, a note. */
export const StatusChangeDialog = ({ participantId, application, opened, onClose, onDone }: Props) => {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const allowed = applicationTransitions[application.status];
  const last = application.history[application.history.length - 1];
  const [status, setStatus] = useState<ApplicationStatus | "">(allowed[0] ?? "");
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState<ApplicationReason | "">("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useChangeApplicationStatus(participantId, application.id);
  const reasons = reasonsFor(status);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = changeApplicationStatusInput.safeParse({ version: application.version, status, date, reason: reason || null, note });
    const errs: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error, t);
    if (reasons.length > 0 && !reason) errs.reason = t("validation.required");
    if (Object.keys(errs).length > 0 || !parsed.success) {
      setErrors(errs);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    });
  };

  // The server says which field to change (422); the field shows it, so the alert only carries other errors.
  const fieldRefusal = isApiError(change.error) && change.error.fields.length > 0 && change.error.status === 422;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("jobSearch.applications.dialogTitle", { title: application.title })}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {fieldRefusal ? null : <FormErrorAlert error={change.error} />}
          {last ? (
            <Text size="sm">
              {t("jobSearch.applications.current", { status: t(`jobSearch.statuses.${last.status}`), date: formatDate(last.date, i18n.language) })}
            </Text>
          ) : null}
          <NativeSelect
            label={t("jobSearch.applications.newStatus")}
            required
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as ApplicationStatus);
              setReason("");
            }}
            data={allowed.map((s) => ({ value: s, label: t(`jobSearch.statuses.${s}`) }))}
            error={errors.status}
          />
          <TextInput
            label={t("jobSearch.applications.date")}
            description={t("jobSearch.applications.interviewAhead")}
            type="date"
            required
            min={last?.date}
            max={status === "interview" ? undefined : today}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date}
          />
          {reasons.length > 0 ? (
            <NativeSelect
              label={status === "withdrawn" ? t("jobSearch.applications.reasonPerson") : t("jobSearch.applications.reasonEmployer")}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value as ApplicationReason | "")}
              data={[{ value: "", label: t("common.choose") }, ...reasons.map((r) => ({ value: r, label: t(`jobSearch.reasons.${r}`) }))]}
              error={errors.reason}
            />
          ) : errors.reason ? (
            <Text c="red.9" size="sm" role="alert">
              {errors.reason}
            </Text>
          ) : null}
          <Textarea label={t("jobSearch.applications.note")} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t("jobSearch.applications.submit")}
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
