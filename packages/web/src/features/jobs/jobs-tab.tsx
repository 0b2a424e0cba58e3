import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { JobWriteResult, Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { todayIso } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { JobCard } from "./job-card";
import { draftFromSearch, emptyDraft, type JobDraft } from "./job-draft";
import { JobForm } from "./job-form";
import { JobOutcomeNotice } from "./job-outcome-notice";
import { useJobs } from "./jobs-api";

/**
 * The person's jobs (several may overlap), ongoing first, each with its follow-along supports. Opened with
 * `?new=1&...` (a hire recorded from the applications tab), the form starts prefilled.
 */
export const JobsTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("job.write", participant.programId);
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState<JobDraft | null>(() => (canWrite ? draftFromSearch(search, todayIso()) : null));
  const [result, setResult] = useState<JobWriteResult | null>(null);
  const jobs = useJobs(participant.id);

  const closeForm = () => {
    setDraft(null);
    if (search.has("new")) setSearch({}, { replace: true });
  };
  const onResult = (r: JobWriteResult) => setResult(r);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          {t("jobs.title")}
        </Title>
        {canWrite && !draft ? (
          <Button
            onClick={() => {
              setResult(null);
              setDraft(emptyDraft(todayIso()));
            }}
          >
            {t("jobs.new")}
          </Button>
        ) : null}
      </Group>
      {result ? <JobOutcomeNotice key={result.job.version + result.job.id} participant={participant} result={result} onDismiss={() => setResult(null)} /> : null}
      {draft ? (
        <Card withBorder padding="lg">
          <JobForm
            participantId={participant.id}
            job={null}
            initial={draft}
            onCancel={closeForm}
            onDone={(r) => {
              closeForm();
              setResult(r);
            }}
          />
        </Card>
      ) : null}
      {jobs.isPending ? <LoadingState /> : null}
      {jobs.isError ? <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
      {jobs.data && jobs.data.items.length === 0 ? <Text c="dimmed">{t("jobs.empty")}</Text> : null}
      {jobs.data && jobs.data.items.length > 0 ? (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {jobs.data.items.map((job, i) => (
            <JobCard key={job.id} participantId={participant.id} job={job} canWrite={canWrite} onResult={onResult} defaultOpen={i === 0 && job.endDate === null} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
};
