import { Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { defaultWorklistSettings, type WorklistSettings, worklistSettingsSchema } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDateTime } from "../../shared/format/dates";
import { type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useProgramsWith } from "../programs/programs-queries";
import { type ProgramWorklistSettings, useSaveWorklistSettings, useWorklistSettings } from "./worklist-api";

const fields = Object.keys(defaultWorklistSettings) as (keyof WorklistSettings)[];

const SettingsForm = ({ programId, stored }: { programId: string; stored: ProgramWorklistSettings }) => {
  const { t, i18n } = useTranslation();
  const form = useVersionedForm<WorklistSettings>(stored.settings, stored.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveWorklistSettings(programId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    setMessage(null);
    const parsed = worklistSettingsSchema.safeParse(form.values);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(target);
      return;
    }
    setErrors({});
    save.mutate(
      { version: form.baseVersion, settings: parsed.data },
      {
        onSuccess: (saved) => {
          form.reset(saved.settings, saved.version);
          setMessage(t("worklist.settings.saved"));
        },
        onError: (error) => {
          // A colleague saved in between: show their values, keep nothing stale.
          if (isApiError(error) && error.code === "stale_version") {
            const current = error.current as ProgramWorklistSettings | undefined;
            if (current) form.reset(current.settings, current.version);
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {stored.version === 0 ? t("worklist.settings.defaults") : t("worklist.settings.lastSaved", { date: formatDateTime(stored.updatedAt, i18n.language) })}
        </Text>
        <FormErrorAlert error={save.error} />
        <SuccessAlert message={message} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {fields.map((field) => (
            <Paper key={field} withBorder p="md" radius="md">
              <NumberInput
                label={t(`worklist.settings.fields.${field}.label`)}
                description={t(`worklist.settings.fields.${field}.hint`)}
                suffix={field === "employerContactsWeeklyTarget" ? undefined : ` ${t("worklist.settings.days")}`}
                min={0}
                max={field === "employerContactsWeeklyTarget" ? 100 : 365}
                allowDecimal={false}
                allowNegative={false}
                required
                value={form.values[field]}
                onChange={(v) => form.update({ [field]: typeof v === "number" ? v : Number.parseInt(v, 10) })}
                error={errors[field]}
              />
            </Paper>
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("worklist.settings.save")}
          </Button>
          <Button variant="default" onClick={() => form.replace(defaultWorklistSettings)}>
            {t("worklist.settings.reset")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** The program's thresholds for "Ma semaine", set by the team lead (or an administrator). */
export const WorklistSettingsPage = () => {
  const { t } = useTranslation();
  const { programs, isPending } = useProgramsWith("worklist.configure");
  const [chosen, setChosen] = useState("");
  const programId = chosen || programs[0]?.id || null;
  const settings = useWorklistSettings(programId);
  return (
    <>
      <PageHeader title={t("worklist.settings.title")} description={t("worklist.settings.intro")} />
      <Stack gap="lg">
        {programs.length > 1 ? (
          <NativeSelect
            label={t("worklist.program")}
            value={programId ?? ""}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            maw={360}
          />
        ) : null}
        {isPending || (programId && settings.isPending) ? (
          <LoadingState />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : programId && settings.data ? (
          <SettingsForm key={programId} programId={programId} stored={settings.data} />
        ) : (
          <Text>{t("worklist.settings.forbidden")}</Text>
        )}
      </Stack>
    </>
  );
};
