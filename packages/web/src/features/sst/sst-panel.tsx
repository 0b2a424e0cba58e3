import { Button, Group, NavLink, Stack, Text, Title } from "@mantine/core";
import { type Participant, type SstPlan, sstContentSchema } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { useCreateSstPlan, useSstPlans } from "./sst-api";
import { contentFromForm, planFormValues, SstPlanForm } from "./sst-plan-form";
import { SstPlanView } from "./sst-plan-view";

/** A new plan from the guided form: steps 1 and 2 are required, the rest can follow. */
const NewPlan = ({ participantId, onDone }: { participantId: string; onDone: (planId: string | null) => void }) => {
  const { t } = useTranslation();
  const create = useCreateSstPlan(participantId);
  return (
    <section aria-labelledby="sst-new-title">
      <Title order={3} size="h4" id="sst-new-title" mb="sm">
        {t("sst.newTitle")}
      </Title>
      <SstPlanForm
        initial={planFormValues(null)}
        submitLabel={t("sst.actions.create")}
        pending={create.isPending}
        error={create.error}
        onCancel={() => onDone(null)}
        onSubmit={async (values) => {
          const detail = await create.mutateAsync({
            situation: values.situation,
            domain: values.domain,
            targetBehaviour: values.targetBehaviour,
            measureDefinition: values.measureDefinition,
            sharedWithCareTeam: values.sharedWithCareTeam,
            status: "baseline",
            content: contentFromForm(values, sstContentSchema.parse({})),
          });
          onDone(detail.plan.id);
        }}
      />
    </section>
  );
};

/** The person's plans, newest first: one line each (the behaviour, the status, the last measure). */
const PlanList = ({ plans, selected, onSelect }: { plans: SstPlan[]; selected: string; onSelect: (id: string) => void }) => {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t("sst.listLabel")}>
      {plans.map((p) => (
        <NavLink
          key={p.id}
          component="button"
          active={p.id === selected}
          aria-current={p.id === selected ? "true" : undefined}
          label={p.targetBehaviour}
          description={`${t(`sst.status.${p.status}`)} · ${t("sst.measureCount", { count: p.measureCount })}${p.lastMeasuredOn ? ` · ${formatDate(p.lastMeasuredOn, i18n.language)}` : ""}`}
          onClick={() => onSelect(p.id)}
        />
      ))}
    </nav>
  );
};

/**
 * "Mes compétences sociales": Social Skills Training plans (IMPE manual, chapter 5, the 7 steps). The plan shown is
 * kept in the address (`&plan=`), beside the tool.
 */
export const SstPanel = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("practice.write", participant.programId);
  const plans = useSstPlans(participant.id);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const select = (planId: string) => {
    const next = new URLSearchParams(params);
    next.set("plan", planId);
    setParams(next);
  };

  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} />;
  const items = plans.data.items;
  const requested = params.get("plan");
  const selected = items.find((p) => p.id === requested)?.id ?? items[0]?.id ?? null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {t("sst.title")}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t("sst.intro")}
          </Text>
        </div>
        {canWrite && !creating ? <Button onClick={() => setCreating(true)}>{t("sst.actions.new")}</Button> : null}
      </Group>
      {creating ? (
        <NewPlan
          participantId={participant.id}
          onDone={(planId) => {
            setCreating(false);
            if (planId) select(planId);
          }}
        />
      ) : null}
      {items.length === 0 && !creating ? <Text c="dimmed">{canWrite ? t("sst.empty") : t("sst.emptyReadOnly")}</Text> : null}
      {items.length > 1 ? <PlanList plans={items} selected={selected ?? ""} onSelect={select} /> : null}
      {selected && !creating ? <SstPlanView key={selected} participantId={participant.id} planId={selected} canWrite={canWrite} /> : null}
    </Stack>
  );
};
