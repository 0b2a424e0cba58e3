import { Card, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { useProfile } from "../career-profile/profile-api";
import { benefitPlanKeys, fetchBenefitPlan, useBenefitPlan, useBenefitPlans } from "./benefits-api";
import { BenefitsSimulator } from "./benefits-simulator";
import { currentMonth } from "./month-keys";
import { SavePlanForm } from "./save-plan-form";
import { type SimulationDraft, draftFromPlan, newDraft } from "./simulation-draft";
import { PlansList } from "./plans-list";

/** Hours to compare by default: the person's wished range from the career profile, else 10, 20 and 35 h. */
const hoursFromProfile = (min: number | null | undefined, max: number | null | undefined): number[] | undefined => {
  const hours = [...new Set([min, max].filter((h): h is number => typeof h === "number" && h > 0 && h <= 48))];
  return hours.length > 0 ? hours : undefined;
};

/**
 * "Droits et revenus" on the person's record: their saved plans, then a simulation pre-filled from the last plan
 * (or from the hours wished in the career profile), to save as a new plan.
 */
export const BenefitsTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const queryClient = useQueryClient();
  const canSimulate = access.can("benefits.simulate", participant.programId);
  const canWrite = access.can("benefits.write", participant.programId);
  const plans = useBenefitPlans(participant.id);
  const latestId = plans.data?.items[0]?.id ?? null;
  const latest = useBenefitPlan(participant.id, canSimulate ? latestId : null);
  const profile = useProfile(participant.id);
  // The form starts once from what is known, and starts again only when a plan is resumed: saving a plan (which
  // refreshes the list) keeps the results and the confirmation on screen.
  const [start, setStart] = useState<{ key: string; draft: SimulationDraft; fromPlan: boolean } | null>(null);
  const [resuming, setResuming] = useState<string | null>(null);

  const resume = async (planId: string) => {
    setResuming(planId);
    try {
      const plan = await queryClient.fetchQuery({ queryKey: benefitPlanKeys.detail(participant.id, planId), queryFn: () => fetchBenefitPlan(participant.id, planId) });
      setStart({ key: `${planId}-${Date.now()}`, draft: draftFromPlan(plan, currentMonth()), fromPlan: true });
      document.getElementById("benefits-simulation-title")?.focus();
    } finally {
      setResuming(null);
    }
  };

  const ready = canSimulate && !plans.isPending && (latestId === null || !latest.isPending) && !profile.isPending;
  const prefs = profile.data?.data.preferences;
  useEffect(() => {
    if (!ready || start) return;
    setStart(
      latest.data
        ? { key: "latest", draft: draftFromPlan(latest.data, currentMonth()), fromPlan: true }
        : { key: "new", draft: newDraft(currentMonth(), hoursFromProfile(prefs?.hoursPerWeekMin, prefs?.hoursPerWeekMax)), fromPlan: false },
    );
  }, [ready, start, latest.data, prefs?.hoursPerWeekMin, prefs?.hoursPerWeekMax]);

  return (
    <Stack gap="xl">
      <section aria-labelledby="benefits-plans-title">
        <Title order={2} size="h3" id="benefits-plans-title" mb="sm">
          {t("benefits.plans.title")}
        </Title>
        {plans.isPending ? (
          <LoadingState />
        ) : plans.isError ? (
          <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <PlansList participantId={participant.id} plans={plans.data.items} onResume={canSimulate ? (id) => void resume(id) : null} resuming={resuming} />
        )}
      </section>
      {canSimulate ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="benefits-simulation-title">
          <Title order={2} size="h3" id="benefits-simulation-title" mb={4} tabIndex={-1}>
            {t("benefits.tab.simulationTitle")}
          </Title>
          <Text size="sm" c="dimmed" mb="lg">
            {start?.fromPlan ? t("benefits.tab.prefilledFromPlan") : t("benefits.tab.intro")}
          </Text>
          {start ? (
            <BenefitsSimulator
              key={start.key}
              initial={start.draft}
              renderAfterResults={canWrite ? (computed) => <SavePlanForm participantId={participant.id} computed={computed} /> : undefined}
            />
          ) : (
            <LoadingState />
          )}
        </Card>
      ) : null}
    </Stack>
  );
};
