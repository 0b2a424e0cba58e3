import { Divider, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDate, formatDateTime, todayIso } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { ApplicationsSection } from "./applications-section";
import { useJobSearchPlan } from "./job-search-api";
import { PlanForm } from "./plan-form";

/** "Recherche d'emploi": the person's job search plan, then their applications. */
export const JobSearchTab = ({ participant }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const plan = useJobSearchPlan(participant.id);
  const canWrite = access.can("job.write", participant.programId);
  const withRegister = access.can("employer.read", participant.programId);
  const withOpenings = access.can("opening.read", participant.programId);
  const canSeeJobs = access.can("job.read", participant.programId);

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const review = p.data.nextReviewDate;

  return (
    <Stack gap="lg">
      <section aria-labelledby="job-search-plan-title">
        <Title order={2} size="h3" id="job-search-plan-title" mb={4}>
          {t("jobSearch.planTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("jobSearch.planIntro")}
        </Text>
        <Text size="sm">
          {p.version > 0 && p.savedAt
            ? t("jobSearch.savedVersion", { version: p.version, date: formatDateTime(p.savedAt, i18n.language), name: p.savedBy ?? t("common.unknownPerson") })
            : t("jobSearch.notYet")}
        </Text>
        {review ? (
          <Text size="sm" mb="md" fw={review < todayIso() ? 700 : undefined} c={review < todayIso() ? "red.9" : undefined}>
            {review < todayIso()
              ? t("jobSearch.nextReviewPast", { date: formatDate(review, i18n.language) })
              : t("jobSearch.nextReviewOn", { date: formatDate(review, i18n.language) })}
          </Text>
        ) : null}
        <PlanForm participantId={participant.id} plan={p} canWrite={canWrite} withRegister={withRegister} />
      </section>
      <Divider />
      <ApplicationsSection participant={participant} canWrite={canWrite} withRegister={withRegister} withOpenings={withOpenings} canSeeJobs={canSeeJobs} />
    </Stack>
  );
};
