import { Button, Group, NativeSelect, NumberInput, TextInput } from "@mantine/core";
import { type SstObserver, sstObservers } from "@passerelle/domain";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { formatDate, todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useRecordSstMeasure } from "./sst-api";

const isObserver = (value: string): value is SstObserver => (sstObservers as readonly string[]).includes(value);

/**
 * One measure at a time: the date, the value, who observed it. The date and the observer stay after a save, so a
 * series typed in from a paper sheet goes quickly; the value and the note are cleared.
 */
export const SstMeasureForm = ({ participantId, planId, unit }: { participantId: string; planId: string; unit: string }) => {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [measuredOn, setMeasuredOn] = useState(todayIso);
  const [value, setValue] = useState<number | string>("");
  const [observer, setObserver] = useState<SstObserver>("self");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const record = useRecordSstMeasure(participantId, planId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!measuredOn) found.measuredOn = t("validation.required");
    if (typeof value !== "number") found.value = t("sst.measures.valueRequired");
    setErrors(found);
    setSaved(null);
    if (Object.keys(found).length > 0 || typeof value !== "number") {
      focusFirstInvalid(formRef.current);
      return;
    }
    record.mutate(
      { measuredOn, value, observer, note },
      {
        onSuccess: (m) => {
          setValue("");
          setNote("");
          setSaved(t("sst.measures.saved", { date: formatDate(m.measuredOn, i18n.language), observer: t(`sst.observers.${m.observer}`) }));
        },
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("sst.measures.formTitle")}>
      <Group align="flex-start" gap="md">
        <PastDateInput label={t("sst.measures.date")} value={measuredOn} onChange={setMeasuredOn} error={errors.measuredOn} w={170} />
        <NumberInput label={unit ? t("sst.measures.valueWithUnit", { unit }) : t("sst.measures.value")} required min={0} max={100000} decimalScale={2} value={value} onChange={setValue} error={errors.value} w={170} />
        <NativeSelect
          label={t("sst.measures.observer")}
          value={observer}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isObserver(v)) setObserver(v);
          }}
          data={sstObservers.map((o) => ({ value: o, label: t(`sst.observers.${o}`) }))}
          w={190}
        />
        <TextInput label={t("sst.measures.note")} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} maxLength={500} style={{ flex: 1 }} miw={200} />
      </Group>
      <Group mt="sm">
        <Button type="submit" loading={record.isPending}>
          {t("sst.measures.submit")}
        </Button>
      </Group>
      <FormErrorAlert error={record.error} />
      <SuccessAlert message={saved} />
    </form>
  );
};
