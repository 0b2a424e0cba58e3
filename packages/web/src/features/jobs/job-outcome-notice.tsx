import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import type { JobWriteResult, Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { useParticipantSave } from "../participants/use-participant-save";

/**
 * What a job write did to the journey: a status change (done), a proposal after an ending (the team asks the
 * person, then uses the ordinary status change), and a benefits review to plan after a start or a change of hours or pay.
 */
export const JobOutcomeNotice = ({ participant, result, onDismiss }: { participant: Participant; result: JobWriteResult; onDismiss: () => void }) => {
  const { t } = useTranslation();
  const [proposalOpen, setProposalOpen] = useState(result.proposal !== null);
  const [resumed, setResumed] = useState(false);
  const saver = useParticipantSave(participant.id, () => undefined);
  const benefits = result.benefitsReview;

  return (
    <Stack gap="sm">
      {result.statusChange ? (
        <Alert color="teal" variant="light" role="status" title={t("jobs.outcome.statusChangedTitle")}>
          {t("jobs.outcome.statusChanged", { from: t(`status.${result.statusChange.from}`), to: t(`status.${result.statusChange.to}`) })}
        </Alert>
      ) : null}
      {result.proposal && proposalOpen ? (
        <Alert color="blue" variant="light" title={t("jobs.outcome.proposalTitle")}>
          <Stack gap="sm">
            <Text size="sm">{t("jobs.outcome.proposal")}</Text>
            <FormErrorAlert error={saver.error} />
            <Group>
              <Button
                size="sm"
                loading={saver.isSaving}
                onClick={() =>
                  saver.save({ version: participant.version, status: "job_search" }, () => {
                    setProposalOpen(false);
                    setResumed(true);
                  })
                }
              >
                {t("jobs.outcome.resumeSearch")}
              </Button>
              <Button size="sm" variant="default" onClick={() => setProposalOpen(false)}>
                {t("jobs.outcome.notNow")}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {resumed ? (
        <Alert color="teal" variant="light" role="status">
          {t("jobs.outcome.searchResumed")}
        </Alert>
      ) : null}
      {benefits.length > 0 ? (
        <Alert color="blue" variant="light" title={t("jobs.outcome.benefitsTitle")}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("jobs.outcome.benefits", { reasons: benefits.map((b) => t(`jobs.benefitsReview.${b}`)).join(", ") })}</Text>
            <Button component={Link} to={`/participants/${participant.id}/benefits`} size="xs" variant="default">
              {t("jobs.outcome.benefitsLink")}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <Group>
        <Button size="xs" variant="subtle" onClick={onDismiss}>
          {t("jobs.outcome.dismiss")}
        </Button>
      </Group>
    </Stack>
  );
};
