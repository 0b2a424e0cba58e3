import { Button, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type Job, type JobWriteResult, createJobInput, disclosureLevels, jobContracts, updateJobInput } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { EmployerPicker } from "./employer-picker";
import { createInputOf, type JobDraft, updateInputOf } from "./job-draft";
import { useCreateJob, useUpdateJob } from "./jobs-api";
import { OccupationSelect } from "./occupation-select";

/** Zod issues as messages; the job rules' own keys (an end before the start) are the jobs block's. */
export const jobFieldErrors = (error: z.ZodError, t: TFunction): FieldErrors => {
  const errors = zodFieldErrors(error, t);
  for (const issue of error.issues) if (issue.message === "end_before_start") errors[issue.path.join(".")] = t("jobs.validation.endBeforeStart");
  return errors;
};

/** NumberInput gives a string while a decimal is being typed ("12,5" with the French separator). */
const toNumber = (v: number | string): number | "" => {
  if (typeof v === "number") return v;
  const n = Number(v.replace(",", "."));
  return v.trim() !== "" && Number.isFinite(n) ? n : "";
};

type Props = {
  participantId: string;
  job: Job | null;
  initial: JobDraft;
  onDone: (result: JobWriteResult) => void;
  onCancel: () => void;
};

/** Records a job or corrects one. Ending a job has its own dialog (an ending is one act: date, reason, who). */
export const JobForm = ({ participantId, job, initial, onDone, onCancel }: Props) => {
  const { t, i18n } = useTranslation();
  const [d, setDraft] = useState<JobDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateJob(participantId);
  const update = useUpdateJob(participantId, job?.id ?? "");
  const mutation = job ? update : create;
  const set = (patch: Partial<JobDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const titleId = job ? `job-form-title-${job.id}` : "job-form-title-new";

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = job ? updateJobInput.safeParse(updateInputOf(d, job.version)) : createJobInput.safeParse(createInputOf(d));
    if (!parsed.success) {
      setErrors(jobFieldErrors(parsed.error, t));
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    const options = {
      onSuccess: onDone,
      onError: (error: unknown) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    };
    if (job) update.mutate(updateInputOf(d, job.version), options);
    else create.mutate(createInputOf(d), options);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={3} size="h4" id={titleId}>
          {job ? t("jobs.form.editTitle", { title: job.title }) : t("jobs.form.newTitle")}
        </Title>
        <FormErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <EmployerPicker
            employerId={d.employerId}
            employerName={d.employerName}
            onChange={set}
            error={errors.employerName ?? errors.employerId}
          />
          <TextInput label={t("jobs.form.title")} required value={d.title} onChange={(e) => set({ title: e.currentTarget.value })} error={errors.title} />
          <OccupationSelect value={d.occupationCode} onChange={(occupationCode) => set({ occupationCode })} error={errors.occupationCode} />
          <NativeSelect
            label={t("jobs.form.contract")}
            required
            value={d.contract}
            onChange={(e) => set({ contract: e.currentTarget.value as JobDraft["contract"] })}
            data={jobContracts.map((c) => ({ value: c, label: t(`jobs.contracts.${c}`) }))}
            error={errors.contract}
          />
          <TextInput label={t("jobs.form.startDate")} type="date" required value={d.startDate} onChange={(e) => set({ startDate: e.currentTarget.value })} error={errors.startDate} />
          <TextInput
            label={t("jobs.form.plannedEndDate")}
            description={t("jobs.form.plannedEndDateHint")}
            type="date"
            value={d.plannedEndDate}
            onChange={(e) => set({ plannedEndDate: e.currentTarget.value })}
            error={errors.plannedEndDate}
          />
          <NumberInput
            label={t("jobs.form.hoursPerWeek")}
            min={0}
            max={60}
            decimalScale={1}
            value={d.hoursPerWeek}
            onChange={(v) => set({ hoursPerWeek: toNumber(v) })}
            error={errors.hoursPerWeek}
          />
          <NumberInput
            label={t("jobs.form.hourlyGrossWage")}
            description={t("jobs.form.hourlyGrossWageHint")}
            min={0}
            max={200}
            decimalScale={2}
            decimalSeparator={i18n.language.startsWith("fr") ? "," : "."}
            value={d.hourlyGrossWage}
            onChange={(v) => set({ hourlyGrossWage: toNumber(v) })}
            error={errors.hourlyGrossWage}
          />
        </SimpleGrid>

        <Radio.Group
          label={t("jobs.form.disclosure")}
          description={t("jobs.form.disclosureHint")}
          value={d.disclosureLevel}
          onChange={(v) => set({ disclosureLevel: v as JobDraft["disclosureLevel"] })}
        >
          <Group gap="lg" mt={6}>
            {disclosureLevels.map((level) => (
              <Radio key={level} value={level} label={t(`jobs.disclosure.${level}`)} />
            ))}
          </Group>
        </Radio.Group>
        {d.disclosureLevel !== "none" ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Textarea
              label={t("jobs.form.disclosureDetails")}
              autosize
              minRows={2}
              value={d.disclosureDetails}
              onChange={(e) => set({ disclosureDetails: e.currentTarget.value })}
              error={errors["disclosure.details"]}
            />
            <TextInput
              label={t("jobs.form.disclosedOn")}
              type="date"
              value={d.disclosedOn}
              onChange={(e) => set({ disclosedOn: e.currentTarget.value })}
              error={errors["disclosure.disclosedOn"]}
            />
          </SimpleGrid>
        ) : null}

        <Radio.Group
          label={t("jobs.form.competitiveness")}
          description={t("jobs.form.competitivenessHint")}
          value={d.override}
          onChange={(v) => set({ override: v as JobDraft["override"] })}
        >
          <Stack gap={6} mt={6}>
            <Radio value="" label={t("jobs.form.overrideNone")} />
            <Radio value="competitive" label={t("jobs.form.overrideCompetitive")} />
            <Radio value="not_competitive" label={t("jobs.form.overrideNotCompetitive")} />
          </Stack>
        </Radio.Group>
        {d.override ? (
          <TextInput
            label={t("jobs.form.overrideReason")}
            required
            value={d.overrideReason}
            onChange={(e) => set({ overrideReason: e.currentTarget.value })}
            error={errors["competitiveOverride.reason"]}
          />
        ) : null}
        {d.applicationId ? <Text size="sm" c="dimmed">{t("jobs.form.fromApplication")}</Text> : null}
        <Group>
          <Button type="submit" size="md" loading={mutation.isPending}>
            {job ? t("common.save") : t("jobs.form.submit")}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
