import type {
  BenefitsComparison,
  BenefitsPlan,
  BenefitsPlanSummary,
  CompareScenariosResponse,
  SaveBenefitsPlanInput,
} from "@passerelle/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Plans live under the participant's key: invalidating the participant refreshes them with the timeline. */
export const benefitPlanKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "benefit-plans"] as const,
  detail: (participantId: string, planId: string) => [...participantKeys.detail(participantId), "benefit-plans", planId] as const,
};

export const compareBenefits = (input: BenefitsComparison) => api.post<CompareScenariosResponse>("/benefits/compare", input);

export const fetchBenefitPlans = (participantId: string) =>
  api.get<{ items: BenefitsPlanSummary[] }>(`/participants/${participantId}/benefit-plans`);

export const fetchBenefitPlan = (participantId: string, planId: string) =>
  api.get<BenefitsPlan>(`/participants/${participantId}/benefit-plans/${planId}`);

/** A comparison is a calculation, not a change: a mutation only because it is run on demand. */
export const useCompareBenefits = () => useMutation({ mutationFn: compareBenefits });

export const useBenefitPlans = (participantId: string, enabled = true) =>
  useQuery({ queryKey: benefitPlanKeys.list(participantId), queryFn: () => fetchBenefitPlans(participantId), enabled });

export const useBenefitPlan = (participantId: string, planId: string | null) =>
  useQuery({
    queryKey: benefitPlanKeys.detail(participantId, planId ?? ""),
    queryFn: () => fetchBenefitPlan(participantId, planId ?? ""),
    enabled: planId !== null,
  });

export const useSaveBenefitPlan = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: SaveBenefitsPlanInput) => api.post<BenefitsPlan>(`/participants/${participantId}/benefit-plans`, input),
    onSuccess: () => invalidate(participantId),
  });
};
