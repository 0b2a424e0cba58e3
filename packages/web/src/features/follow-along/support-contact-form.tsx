import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, Title } from "@mantine/core";
import { type SupportPlanData, contactModes, contactWith, createContactInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useLogSupportContact } from "./follow-along-api";

type Mode = (typeof contactModes)[number];
type With = (typeof contactWith)[number];

/** "Consigner un soutien": a follow-along contact and the supports of the plan it delivered. */
export const SupportContactForm = ({ participantId, jobId, plan }: { participantId: string; jobId: string; plan: SupportPlanData }) => {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso);
  const [duration, setDuration] = useState<number | "">(30);
  const [mode, setMode] = useState<Mode>("in_person");
  const [withWhom, setWithWhom] = useState<With[]>(["participant"]);
  const [notes, setNotes] = useState("");
  const [supportIds, setSupportIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const log = useLogSupportContact(participantId, jobId);
  const titleId = `support-contact-title-${jobId}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    const contact = createContactInput.safeParse({ date, durationMinutes: duration === "" ? 0 : duration, mode, withWhom, phase: "follow_along", notes });
    const errs: FieldErrors = contact.success ? {} : zodFieldErrors(contact.error, t);
    if (supportIds.length === 0) errs.supportIds = t("validation.at_least_one");
    if (!contact.success || Object.keys(errs).length > 0) {
      setErrors(errs);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    log.mutate(
      { contact: contact.data, supportIds },
      {
        onSuccess: () => {
          setNotes("");
          setSupportIds([]);
          setDate(todayIso());
          setSaved(true);
        },
        onError: (error) => setErrors(apiFieldErrors(error, ["contact."])),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={titleId}>
          {t("followAlong.log.title")}
        </Title>
        <FormErrorAlert error={log.error} />
        <Checkbox.Group label={t("followAlong.log.supports")} required value={supportIds} onChange={setSupportIds} error={errors.supportIds ?? errors["supportIds.0"]}>
          <Stack gap={4} mt={6}>
            {plan.supports.map((s) => (
              <Checkbox
                key={s.id}
                value={s.id}
                label={`${t(`followAlong.kinds.${s.kind}`)}${s.description ? ` — ${s.description}` : ""} (${t(`followAlong.providers.${s.provider}`)})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <PastDateInput label={t("contacts.date")} value={date} onChange={setDate} error={errors.date} />
          <NumberInput label={t("contacts.duration")} min={0} max={1440} allowDecimal={false} value={duration} onChange={(v) => setDuration(typeof v === "number" ? v : "")} error={errors.durationMinutes} />
          <NativeSelect
            label={t("contacts.mode")}
            value={mode}
            onChange={(e) => setMode(e.currentTarget.value as Mode)}
            data={contactModes.map((m) => ({ value: m, label: t(`contacts.modes.${m}`) }))}
          />
        </SimpleGrid>
        <Checkbox.Group label={t("contacts.withWhom")} value={withWhom} onChange={(v) => setWithWhom(v as With[])} error={errors.withWhom}>
          <Group gap="md" mt={6}>
            {contactWith.map((w) => (
              <Checkbox key={w} value={w} label={t(`contacts.with.${w}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label={t("contacts.notes")} autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
        <SuccessAlert message={saved ? t("followAlong.log.logged") : null} />
        <Group>
          <Button type="submit" loading={log.isPending}>
            {t("followAlong.log.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
