import { Anchor, Badge, Button, Group, Stack, Switch, Text, Title } from "@mantine/core";
import type { SstPlanDetail } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { useSstPlan, useSstSave } from "./sst-api";
import { SstChart } from "./sst-chart";
import { SstMeasureForm } from "./sst-measure-form";
import { contentFromForm, planFormValues, SstPlanForm } from "./sst-plan-form";
import { SstPhasesTable } from "./sst-phases-table";
import { SstPlanSummary } from "./sst-plan-summary";
import { SstProgressSection } from "./sst-progress-section";
import { SstReadinessList } from "./sst-readiness-list";
import { SstWorksheetForm } from "./sst-worksheet-form";

/** The plan's steps, or the guided form to change them. */
const StepsSection = ({ participantId, detail, canWrite }: { participantId: string; detail: SstPlanDetail; canWrite: boolean }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { save, pending, error } = useSstSave(participantId, detail);
  if (editing) {
    return (
      <SstPlanForm
        initial={planFormValues(detail.plan)}
        submitLabel={t("sst.actions.saveSteps")}
        pending={pending}
        error={error}
        onCancel={() => setEditing(false)}
        onSubmit={async (values) => {
          await save({
            situation: values.situation,
            domain: values.domain,
            targetBehaviour: values.targetBehaviour,
            measureDefinition: values.measureDefinition,
            sharedWithCareTeam: values.sharedWithCareTeam,
            content: contentFromForm(values, detail.plan.content),
          });
          setEditing(false);
        }}
      />
    );
  }
  return (
    <Stack gap="sm">
      <SstPlanSummary plan={detail.plan} />
      {canWrite ? (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t("sst.actions.editSteps")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
};

/** Sharing with the care team: a switch that saves at once (the clinician then sees this plan, and only it). */
const SharingSwitch = ({ participantId, detail }: { participantId: string; detail: SstPlanDetail }) => {
  const { t } = useTranslation();
  const { save, pending, error } = useSstSave(participantId, detail);
  return (
    <Stack gap={4}>
      <Switch
        label={t("sst.form.shared")}
        checked={detail.plan.sharedWithCareTeam}
        disabled={pending}
        onChange={(e) => void save({ sharedWithCareTeam: e.currentTarget.checked }).catch(() => undefined)}
      />
      <FormErrorAlert error={error} />
    </Stack>
  );
};

/** One plan: its steps, the measures and their chart read by phase, the adjustments, the problem-solving worksheet. */
export const SstPlanView = ({ participantId, planId, canWrite }: { participantId: string; planId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const query = useSstPlan(participantId, planId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} />;
  const detail = query.data;
  const { plan } = detail;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4">
            {plan.targetBehaviour}
          </Title>
          <Anchor component={Link} to={`/participants/${participantId}/sst-plans/${plan.id}/print`}>
            {t("sst.actions.print")}
          </Anchor>
        </Group>
        <Group gap="xs">
          <Badge variant="light" color="blue">
            {t(`sst.domains.${plan.domain}`)}
          </Badge>
          <Badge variant="outline" color="dark">
            {t("sst.status.label")} : {t(`sst.status.${plan.status}`)}
          </Badge>
          {plan.sharedWithCareTeam ? (
            <Badge variant="light" color="teal">
              {t("sst.shared")}
            </Badge>
          ) : null}
        </Group>
        {canWrite ? <SharingSwitch participantId={participantId} detail={detail} /> : null}
      </Stack>

      <section aria-labelledby="sst-steps-title">
        <Title order={3} size="h4" id="sst-steps-title" mb="xs">
          {t("sst.sections.steps")}
        </Title>
        <StepsSection participantId={participantId} detail={detail} canWrite={canWrite} />
      </section>

      <section aria-labelledby="sst-measures-title">
        <Title order={3} size="h4" id="sst-measures-title" mb="xs">
          {t("sst.sections.measures")}
        </Title>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {plan.measureDefinition}
            {plan.content.measureUnit ? ` (${plan.content.measureUnit}, ${t(`sst.directions.${plan.content.betterWhen}`).toLowerCase()})` : ""}
          </Text>
          <SstReadinessList readiness={detail.readiness} started={plan.content.interventionStartedOn !== null} />
          <SstChart detail={detail} />
          {detail.measures.length > 0 ? <SstPhasesTable detail={detail} /> : null}
          {canWrite && plan.status !== "completed" ? <SstMeasureForm participantId={participantId} planId={plan.id} unit={plan.content.measureUnit} /> : null}
        </Stack>
      </section>

      <SstProgressSection participantId={participantId} detail={detail} canWrite={canWrite} />

      <section aria-labelledby="sst-worksheet-title">
        <Title order={3} size="h4" id="sst-worksheet-title" mb="xs">
          {t("sst.worksheet.title")}
        </Title>
        <SstWorksheetForm participantId={participantId} detail={detail} canWrite={canWrite} />
      </section>
    </Stack>
  );
};
