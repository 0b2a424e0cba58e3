import { Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { BenefitsPlanSummary } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime, formatLongDate } from "../../shared/format/dates";
import { useJobs } from "../jobs/jobs-api";
import { formatMonth } from "./format";

type Props = { participantId: string; plans: BenefitsPlanSummary[]; onResume: ((planId: string) => void) | null; resuming: string | null };

/** The person's saved plans, newest first: what was compared, what they decided, the page to print. */
export const PlansList = ({ participantId, plans, onResume, resuming }: Props) => {
  const { t, i18n } = useTranslation();
  const jobs = useJobs(participantId);
  const jobLabel = new Map((jobs.data?.items ?? []).map((j) => [j.id, `${j.title} — ${j.employerName}`]));
  if (plans.length === 0) return <Text c="dimmed">{t("benefits.plans.empty")}</Text>;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
      {plans.map((plan) => {
        const date = formatLongDate(plan.planDate, i18n.language);
        return (
          <Card key={plan.id} component="li" withBorder padding="md">
            <Stack gap={6}>
              <Title order={3} size="h5">
                {t("benefits.plans.planOf", { date })}
              </Title>
              <Text size="sm">
                {t("benefits.plans.compared", {
                  scenarios: plan.scenarios.map((s) => s.label || t("benefits.form.scenarioLabel", { hours: s.hoursPerWeek })).join(", "),
                  from: formatMonth(plan.from, i18n.language),
                  to: formatMonth(plan.to, i18n.language),
                })}
              </Text>
              {plan.jobId && jobLabel.has(plan.jobId) ? <Text size="sm">{t("benefits.plans.forJob", { job: jobLabel.get(plan.jobId) })}</Text> : null}
              {plan.topics.length > 0 ? (
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t("benefits.plans.topics")}
                  </Text>{" "}
                  {plan.topics.map((topic) => t(`benefits.topics.${topic}`)).join(", ")}
                </Text>
              ) : null}
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <Text span fw={600} size="sm">
                  {t("benefits.plans.decision")}
                </Text>{" "}
                {plan.decision || t("benefits.plans.noDecision")}
              </Text>
              <Text size="xs" c="dimmed">
                {plan.createdBy
                  ? t("benefits.plans.savedBy", { name: plan.createdBy, at: formatDateTime(plan.createdAt, i18n.language) })
                  : t("benefits.plans.savedAt", { at: formatDateTime(plan.createdAt, i18n.language) })}
                {plan.returnToWorkCumulation ? "" : ` · ${t("benefits.plans.withoutCumulation")}`}
              </Text>
              <Group gap="md" mt={4}>
                <Anchor component={Link} to={`/participants/${participantId}/benefit-plans/${plan.id}/print`} aria-label={t("benefits.plans.printNamed", { date })}>
                  {t("benefits.plans.print")}
                </Anchor>
                {onResume ? (
                  <Button variant="default" size="xs" loading={resuming === plan.id} onClick={() => onResume(plan.id)} aria-label={t("benefits.plans.resumeNamed", { date })}>
                    {t("benefits.plans.resume")}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
};
