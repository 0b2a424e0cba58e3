import { Button, Chip, Group, Input, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { contactModes, contactPhases, contactPlaces, contactWith, createContactInput } from "@passerelle/domain";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useStoredState } from "../../shared/hooks/use-stored-state";
import { useLogContact } from "./contacts-api";
import { PastDateInput } from "../../shared/components/past-date-input";

type Mode = (typeof contactModes)[number];
type Place = (typeof contactPlaces)[number];
type With = (typeof contactWith)[number];
type Phase = (typeof contactPhases)[number];

const isPhase = (value: string): value is Phase => (contactPhases as readonly string[]).includes(value);
const LAST_PHASE_KEY = "passerelle.contact.last-phase";

/**
 * The quick log: made to be filled in a few seconds on a phone, right after seeing the person. Date is
 * today, duration 30 minutes, "with the person", and the phase used last time are already set. A peer supporter
 * logs peer support sessions: for them the phase starts at "peer_support" (`defaultPhase`).
 */
export const ContactForm = ({ participantId, defaultPhase }: { participantId: string; defaultPhase?: Phase }) => {
  const { t } = useTranslation();
  const modeLabelId = useId();
  const withLabelId = useId();
  const [lastPhase, setLastPhase] = useStoredState<Phase>(LAST_PHASE_KEY, isPhase, "engagement");
  const [date, setDate] = useState(todayIso);
  const [mode, setMode] = useState<Mode>("in_person");
  const [place, setPlace] = useState<Place | "">("community");
  const [withWhom, setWithWhom] = useState<With[]>(["participant"]);
  const [phase, setPhase] = useState<Phase>(defaultPhase ?? lastPhase);
  const [duration, setDuration] = useState<number | string>(30);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const log = useLogContact(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = createContactInput.safeParse({
      date,
      mode,
      place: place || null,
      withWhom,
      phase,
      durationMinutes: typeof duration === "number" ? duration : Number.parseInt(duration, 10),
      notes,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    log.mutate(parsed.data, {
      onSuccess: () => {
        setLastPhase(phase);
        setNotes("");
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
          <PastDateInput label={t("contacts.date")} value={date} onChange={setDate} error={errors.date} />
          <NativeSelect
            label={t("contacts.phase")}
            value={phase}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isPhase(value)) setPhase(value);
            }}
            data={contactPhases.map((p) => ({ value: p, label: t(`contacts.phases.${p}`) }))}
            error={errors.phase}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Input.Label id={modeLabelId} labelElement="div">
            {t("contacts.mode")}
          </Input.Label>
          <SegmentedControl
            aria-labelledby={modeLabelId}
            className="segmented-grid"
            withItemsBorders={false}
            fullWidth
            value={mode}
            onChange={(value) => {
              setMode(value);
              if (value !== "in_person") setPlace("");
              else if (!place) setPlace("community");
            }}
            data={contactModes.map((m) => ({ value: m, label: t(`contacts.modes.${m}`) }))}
          />
        </Stack>
        {mode === "in_person" ? (
          <NativeSelect
            label={t("contacts.place")}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value as Place | "")}
            data={[
              { value: "", label: t("contacts.placeNone") },
              ...contactPlaces.map((p) => ({ value: p, label: t(`contacts.places.${p}`) })),
            ]}
            error={errors.place}
          />
        ) : null}
        <Stack gap={6}>
          <Input.Label id={withLabelId} labelElement="div">
            {t("contacts.withWhom")}
          </Input.Label>
          <div role="group" aria-labelledby={withLabelId}>
            <Chip.Group multiple value={withWhom} onChange={(value) => setWithWhom(value as With[])}>
              <Group gap="xs">
                {contactWith.map((w) => (
                  <Chip key={w} value={w} variant="outline">
                    {t(`contacts.with.${w}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          {errors.withWhom ? (
            <Text size="sm" c="red.9" role="alert">
              {t("validation.at_least_one")}
            </Text>
          ) : null}
        </Stack>
        <NumberInput
          label={t("contacts.duration")}
          min={0}
          max={1440}
          step={5}
          value={duration}
          onChange={setDuration}
          error={errors.durationMinutes}
          maw={220}
          inputMode="numeric"
        />
        <Textarea
          label={t("contacts.notes")}
          description={t("contacts.notesHint")}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={10}
          error={errors.notes}
        />
        <SuccessAlert message={saved ? t("contacts.logged") : null} />
        <Button type="submit" loading={log.isPending} size="md" fullWidth={false}>
          {t("contacts.submit")}
        </Button>
      </Stack>
    </form>
  );
};
