import { Button, Checkbox, Group, Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea } from "@mantine/core";
import { type CloseOne, type FamilyContactKind, contactModes, createFamilyContactInput, familyContactKinds } from "@passerelle/domain";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useLogFamilyContact } from "./network-api";

type Mode = (typeof contactModes)[number];
const isKind = (value: string): value is FamilyContactKind => (familyContactKinds as readonly string[]).includes(value);
const isMode = (value: string): value is Mode => (contactModes as readonly string[]).includes(value);

/** A contact with close ones or a family meeting: when, how, with whom, whether the person was there. */
export const FamilyContactForm = ({ participantId, closeOnes }: { participantId: string; closeOnes: CloseOne[] }) => {
  const { t } = useTranslation();
  const modeLabelId = useId();
  const [kind, setKind] = useState<FamilyContactKind>("family_meeting");
  const [date, setDate] = useState(todayIso);
  const [mode, setMode] = useState<Mode>("in_person");
  const [closeOneIds, setCloseOneIds] = useState<string[]>([]);
  const [participantPresent, setParticipantPresent] = useState(true);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const log = useLogFamilyContact(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = createFamilyContactInput.safeParse({ kind, date, mode, closeOneIds, participantPresent, notes });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error, t);
      if (found.closeOneIds) found.closeOneIds = t("network.contacts.closeOneRequired");
      setErrors(found);
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    log.mutate(parsed.data, {
      onSuccess: () => {
        setNotes("");
        setCloseOneIds([]);
        setSaved(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="family-contact-log-title">
      <Stack gap="md">
        <FormErrorAlert error={log.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t("network.contacts.kind")}
            value={kind}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isKind(value)) setKind(value);
            }}
            data={familyContactKinds.map((k) => ({ value: k, label: t(`network.contacts.kinds.${k}`) }))}
          />
          <PastDateInput label={t("network.contacts.date")} value={date} onChange={setDate} error={errors.date} />
        </SimpleGrid>
        <Stack gap={4}>
          <Input.Label id={modeLabelId} labelElement="div">
            {t("network.contacts.mode")}
          </Input.Label>
          <SegmentedControl
            aria-labelledby={modeLabelId}
            className="segmented-grid"
            withItemsBorders={false}
            fullWidth
            value={mode}
            onChange={(value) => {
              if (isMode(value)) setMode(value);
            }}
            data={contactModes.map((m) => ({ value: m, label: t(`contacts.modes.${m}`) }))}
          />
        </Stack>
        <Checkbox.Group label={t("network.contacts.closeOnes")} required value={closeOneIds} onChange={setCloseOneIds} error={errors.closeOneIds}>
          <Stack gap={6} mt={6}>
            {closeOnes.map((c) => (
              <Checkbox key={c.id} value={c.id} label={`${c.name} (${t(`network.relations.${c.relation}`)})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Switch label={t("network.contacts.participantPresent")} checked={participantPresent} onChange={(e) => setParticipantPresent(e.currentTarget.checked)} />
        <Textarea
          label={t("network.contacts.notes")}
          description={t("contacts.notesHint")}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.notes}
        />
        <SuccessAlert message={saved ? t("network.contacts.logged") : null} />
        <Group>
          <Button type="submit" loading={log.isPending}>
            {t("network.contacts.submit")}
          </Button>
        </Group>
        {closeOnes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("network.contacts.addCloseOneFirst")}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
};
