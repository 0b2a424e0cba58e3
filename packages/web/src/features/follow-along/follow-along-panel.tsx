import { Divider, Stack, Text } from "@mantine/core";
import type { Job } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useSupportContacts, useSupportPlan } from "./follow-along-api";
import { SupportContactForm } from "./support-contact-form";
import { SupportLog } from "./support-log";
import { SupportPlanEditor } from "./support-plan-editor";
import { SupportPlanView } from "./support-plan-view";

/** A job's follow-along: the support plan, each support's rhythm, the contact log and the quick log form. */
export const FollowAlongPanel = ({ participantId, job, canWrite }: { participantId: string; job: Job; canWrite: boolean }) => {
  const { t } = useTranslation();
  const plan = useSupportPlan(participantId, job.id);
  const log = useSupportContacts(participantId, job.id);
  if (plan.isPending || log.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  if (log.isError) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  const supports = plan.data.data.supports;
  return (
    <Stack gap="lg" mt="md">
      <Divider />
      {canWrite ? (
        <SupportPlanEditor participantId={participantId} jobId={job.id} plan={plan.data} />
      ) : (
        <SupportPlanView jobId={job.id} plan={plan.data} />
      )}
      {supports.length > 0 ? <SupportLog jobId={job.id} plan={plan.data.data} log={log.data} /> : null}
      {canWrite && supports.length > 0 ? <SupportContactForm participantId={participantId} jobId={job.id} plan={plan.data.data} /> : null}
      {canWrite && supports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("followAlong.log.needsPlan")}
        </Text>
      ) : null}
    </Stack>
  );
};
