import { ActionIcon, Button, Group, Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import { type EmployerContactKind, createEmployerContactInput, employerContactKinds } from "@passerelle/domain";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { useParticipants } from "../participants/participants-queries";
import { employerFieldErrors } from "./employer-fields";
import { useLogEmployerContact } from "./employers-api";
import { PastDateInput } from "../../shared/components/past-date-input";

type Attendee = { name: string; role: string };

/**
 * The quick log of a contact with an employer: date (today), face-to-face (on), kind, the person when the contact
 * is for someone, what was said and learned, and the next step.
 */
export const EmployerContactForm = ({ employerId, programId }: { employerId: string; programId: string }) => {
  const { t } = useTranslation();
  const kindLabelId = useId();
  const [date, setDate] = useState(todayIso);
  const [faceToFace, setFaceToFace] = useState(true);
  const [kind, setKind] = useState<EmployerContactKind>("generic");
  const [participantId, setParticipantId] = useState("");
  const [attendees, setAttendees] = useState<Attendee[]>([]);
  const [purpose, setPurpose] = useState("");
  const [hiringNeeds, setHiringNeeds] = useState("");
  const [outcome, setOutcome] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [nextStepDate, setNextStepDate] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const log = useLogEmployerContact(employerId);
  const people = useParticipants({ programId, limit: 500, offset: 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = createEmployerContactInput.safeParse({
      date,
      faceToFace,
      kind,
      participantIds: kind === "for_participant" && participantId ? [participantId] : [],
      attendees: kind === "awareness_session" ? attendees.filter((a) => a.name.trim() || a.role.trim()) : [],
      purpose,
      hiringNeeds,
      outcome,
      nextStep,
      nextStepDate: nextStepDate || null,
    });
    if (!parsed.success) {
      setErrors(employerFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    log.mutate(parsed.data, {
      onSuccess: () => {
        setPurpose("");
        setHiringNeeds("");
        setOutcome("");
        setNextStep("");
        setNextStepDate("");
        setAttendees([]);
        setParticipantId("");
        setDate(todayIso());
        setSaved(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={log.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PastDateInput label={t("employers.contact.date")} value={date} onChange={setDate} error={errors.date} />
          <Switch
            label={t("employers.contact.faceToFace")}
            description={t("employers.contact.faceToFaceHint")}
            checked={faceToFace}
            onChange={(e) => setFaceToFace(e.currentTarget.checked)}
            mt={{ base: 0, sm: "lg" }}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Input.Label id={kindLabelId} labelElement="div">
            {t("employers.contact.kind")}
          </Input.Label>
          <SegmentedControl
            aria-labelledby={kindLabelId}
            className="segmented-grid"
            withItemsBorders={false}
            fullWidth
            value={kind}
            onChange={(value) => setKind(value as EmployerContactKind)}
            data={employerContactKinds.map((k) => ({ value: k, label: t(`employers.kinds.${k}`) }))}
          />
        </Stack>
        {kind === "for_participant" ? (
          <NativeSelect
            label={t("employers.contact.participant")}
            required
            value={participantId}
            onChange={(e) => setParticipantId(e.currentTarget.value)}
            data={[
              { value: "", label: t("common.choose") },
              ...(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.lastName} ${p.firstName}` })),
            ]}
            error={errors.participantIds ?? errors["participantIds.0"]}
            disabled={people.isPending}
          />
        ) : null}
        {kind === "awareness_session" ? (
          <Stack gap="xs" role="group" aria-label={t("employers.contact.attendees")}>
            <Input.Label labelElement="div">{t("employers.contact.attendees")}</Input.Label>
            {attendees.map((a, i) => (
              <Group key={i} align="flex-end" gap="sm">
                <TextInput
                  label={t("employers.personName")}
                  value={a.name}
                  onChange={(e) => setAttendees(attendees.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))}
                  error={errors[`attendees.${i}.name`]}
                  style={{ flex: "1 1 10rem" }}
                />
                <TextInput
                  label={t("employers.personRole")}
                  value={a.role}
                  onChange={(e) => setAttendees(attendees.map((x, j) => (j === i ? { ...x, role: e.currentTarget.value } : x)))}
                  style={{ flex: "1 1 10rem" }}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t("employers.removePerson", { name: a.name || String(i + 1) })}
                  onClick={() => setAttendees(attendees.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="default" size="sm" onClick={() => setAttendees([...attendees, { name: "", role: "" }])}>
                {t("employers.contact.addAttendee")}
              </Button>
            </Group>
          </Stack>
        ) : null}
        <TextInput label={t("employers.contact.purpose")} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={errors.purpose} />
        <Textarea
          label={t("employers.contact.hiringNeeds")}
          description={t("employers.contact.hiringNeedsHint")}
          value={hiringNeeds}
          onChange={(e) => setHiringNeeds(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          error={errors.hiringNeeds}
        />
        <Textarea
          label={t("employers.contact.outcome")}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          error={errors.outcome}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t("employers.contact.nextStep")} value={nextStep} onChange={(e) => setNextStep(e.currentTarget.value)} error={errors.nextStep} />
          <TextInput
            label={t("employers.contact.nextStepDate")}
            type="date"
            value={nextStepDate}
            onChange={(e) => setNextStepDate(e.currentTarget.value)}
            error={errors.nextStepDate}
          />
        </SimpleGrid>
        <SuccessAlert message={saved ? t("employers.contact.logged") : null} />
        <Group>
          <Button type="submit" loading={log.isPending} size="md">
            {t("employers.contact.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
