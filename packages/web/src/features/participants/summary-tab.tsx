import { Alert, Stack } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { useAccess } from "../../shared/hooks/use-access";
import { AssignmentForm } from "./assignment-form";
import { CareServicesCard } from "./care-services-card";
import { IdentityForm } from "./identity-form";
import { ParticipantFacts } from "./participant-facts";
import { StatusControl } from "./status-control";
import { TeamCard } from "../network/team-card";

export const SummaryTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canEdit = access.can("participant.update", participant.programId);
  const canAssign = access.can("participant.assign", participant.programId);
  return (
    <Stack gap="lg">
      {!canEdit ? (
        <Alert color="gray" variant="light">
          {t("summary.readOnly")}
        </Alert>
      ) : null}
      <StatusControl participant={participant} canEdit={canEdit} />
      <TeamCard participant={participant} />
      {canEdit ? (
        <>
          <AssignmentForm participant={participant} canEdit={canAssign} />
          <IdentityForm participant={participant} canEdit={canEdit} />
        </>
      ) : (
        <ParticipantFacts participant={participant} />
      )}
      <CareServicesCard participant={participant} canEdit={canEdit} />
    </Stack>
  );
};
