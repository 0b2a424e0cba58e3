import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type JobSearchPlan, overdueSteps, saveJobSearchPlanInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { ProfileSection } from "../career-profile/profile-section";
import { normalizePlanData, useSaveJobSearchPlan } from "./job-search-api";
import { PlanStepsSection } from "./plan-steps";
import { TargetEmployersSection, TargetJobsSection } from "./plan-targets";

type Props = { participantId: string; plan: JobSearchPlan; canWrite: boolean; withRegister: boolean };

/** The plan, edited as one versioned document like the career profile: a stale save gets the current plan back. */
export const PlanForm = ({ participantId, plan, canWrite, withRegister }: Props) => {
  const { t } = useTranslation();
  const form = useVersionedForm(plan.data, plan.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveJobSearchPlan(participantId);
  const readOnly = !canWrite;
  const late = overdueSteps(form.values, todayIso()).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = saveJobSearchPlanInput.safeParse({ version: form.baseVersion, data: form.values });
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error, t);
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^data\./, ""), v])));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    const formElement = event.currentTarget as HTMLFormElement;
    save.mutate(parsed.data, {
      onSuccess: (next) => {
        form.reset(normalizePlanData(next.data), next.version);
        setSaved(true);
      },
      onError: (error) => {
        setErrors(apiFieldErrors(error, ["data."]));
        if (isApiError(error) && error.code === "stale_version" && error.current) {
          const current = error.current as JobSearchPlan;
          form.reset(normalizePlanData(current.data), current.version);
        } else {
          focusFirstInvalid(formElement);
        }
      },
    });
  };

  const change = (patch: Parameters<typeof form.update>[0]) => {
    setSaved(false);
    form.update(patch);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("jobSearch.planTitle")}>
      <Stack gap="md">
        {late > 0 ? (
          <Alert color="red" variant="light">
            {t("jobSearch.overdueSummary", { count: late })}
          </Alert>
        ) : null}
        <TargetJobsSection value={form.values} onChange={change} errors={errors} readOnly={readOnly} />
        <TargetEmployersSection value={form.values} onChange={change} errors={errors} readOnly={readOnly} withRegister={withRegister} />
        <PlanStepsSection value={form.values} onChange={change} errors={errors} readOnly={readOnly} />
        <ProfileSection title={t("jobSearch.reviewAndNotes")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("jobSearch.nextReview")}
              type="date"
              value={form.values.nextReviewDate ?? ""}
              onChange={(e) => change({ nextReviewDate: e.currentTarget.value || null })}
              error={errors.nextReviewDate}
              readOnly={readOnly}
            />
          </SimpleGrid>
          <Textarea
            label={t("jobSearch.notes")}
            value={form.values.notes}
            onChange={(e) => change({ notes: e.currentTarget.value })}
            error={errors.notes}
            readOnly={readOnly}
            autosize
            minRows={2}
          />
        </ProfileSection>
        {canWrite ? (
          <Paper withBorder shadow="sm" p="sm" style={{ position: "sticky", bottom: 0, zIndex: 5 }}>
            <Stack gap="xs">
              <FormErrorAlert error={save.error} />
              {Object.keys(errors).length > 0 && !save.error ? (
                <Text c="red.9" size="sm" role="alert">
                  {t("validation.summary")}
                </Text>
              ) : null}
              <SuccessAlert message={saved ? t("jobSearch.saved") : null} />
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!form.dirty}>
                  {t("jobSearch.save")}
                </Button>
                {form.dirty ? (
                  <Button
                    variant="default"
                    onClick={() => {
                      form.reset();
                      setErrors({});
                    }}
                  >
                    {t("common.cancel")}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </form>
  );
};
