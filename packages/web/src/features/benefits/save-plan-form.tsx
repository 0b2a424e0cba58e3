import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type BenefitsPlanTopic, benefitsPlanTopics } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useJobs } from "../jobs/jobs-api";
import { useSaveBenefitPlan } from "./benefits-api";
import type { Computed } from "./benefits-simulator";

/**
 * Saves what was just computed as the person's benefits plan, with the day and what they decided. Only the inputs
 * go to the server, which computes the results again (the record never holds numbers the rules did not give).
 */
export const SavePlanForm = ({ participantId, computed }: { participantId: string; computed: Computed }) => {
  const { t } = useTranslation();
  const save = useSaveBenefitPlan(participantId);
  const [planDate, setPlanDate] = useState(todayIso);
  const [decision, setDecision] = useState("");
  // The benefits planning record: the job it prepares (a start, a change of hours or pay) and the topics covered.
  const jobs = useJobs(participantId);
  const [jobId, setJobId] = useState("");
  const [topics, setTopics] = useState<BenefitsPlanTopic[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [savedId, setSavedId] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setSavedId(null);
    save.mutate(
      { planDate, decision, jobId: jobId || null, topics, situation: computed.input.situation, scenarios: computed.input.scenarios },
      {
        onSuccess: (plan) => {
          setErrors({});
          setSavedId(plan.id);
        },
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstInvalid(form);
        },
      },
    );
  };

  return (
    <section aria-labelledby="benefits-save-title">
      <Title order={2} size="h3" id="benefits-save-title" mb="xs">
        {t("benefits.save.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("benefits.save.intro")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={760}>
          <FormErrorAlert error={save.error} />
          <TextInput label={t("benefits.save.planDate")} type="date" required maw={220} value={planDate} onChange={(e) => setPlanDate(e.currentTarget.value)} error={errors.planDate} />
          <NativeSelect
            label={t("benefits.save.job")}
            description={t("benefits.save.jobHint")}
            value={jobId}
            onChange={(e) => setJobId(e.currentTarget.value)}
            data={[
              { value: "", label: t("benefits.save.noJob") },
              ...(jobs.data?.items ?? []).map((j) => ({ value: j.id, label: `${j.title} — ${j.employerName}` })),
            ]}
            error={errors.jobId}
            maw={480}
          />
          <Checkbox.Group label={t("benefits.save.topics")} value={topics} onChange={(v) => setTopics(v as BenefitsPlanTopic[])} error={errors.topics}>
            <Group gap="md" mt={6}>
              {benefitsPlanTopics.map((topic) => (
                <Checkbox key={topic} value={topic} label={t(`benefits.topics.${topic}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label={t("benefits.save.decision")}
            description={t("benefits.save.decisionHint")}
            autosize
            minRows={3}
            maxRows={10}
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value)}
            error={errors.decision}
          />
          <SuccessAlert message={savedId ? t("benefits.save.saved") : null} />
          {savedId ? (
            <Anchor component={Link} to={`/participants/${participantId}/benefit-plans/${savedId}/print`}>
              {t("benefits.plans.print")}
            </Anchor>
          ) : null}
          <div>
            <Button type="submit" size="md" loading={save.isPending}>
              {t("benefits.save.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
};
