import type { CreateSstPlanInput, RecordSstMeasureInput, SstMeasure, SstPlanDetail, SstPlanList, UpdateSstPlanInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the participant's key: a saved plan refreshes the record, its timeline and this list together. */
export const sstKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "sst-plans"] as const,
  detail: (participantId: string, planId: string) => [...participantKeys.detail(participantId), "sst-plans", planId] as const,
};

export const useSstPlans = (participantId: string) =>
  useQuery({ queryKey: sstKeys.list(participantId), queryFn: () => api.get<SstPlanList>(`/participants/${participantId}/sst-plans`) });

export const useSstPlan = (participantId: string, planId: string | null) =>
  useQuery({
    queryKey: sstKeys.detail(participantId, planId ?? ""),
    queryFn: () => api.get<SstPlanDetail>(`/sst-plans/${planId}`),
    enabled: planId !== null && planId !== "",
  });

export const useCreateSstPlan = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSstPlanInput) => api.post<SstPlanDetail>(`/participants/${participantId}/sst-plans`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(sstKeys.detail(participantId, detail.plan.id), detail);
      invalidate(participantId);
    },
  });
};

export const useUpdateSstPlan = (participantId: string, planId: string) => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSstPlanInput) => api.patch<SstPlanDetail>(`/sst-plans/${planId}`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(sstKeys.detail(participantId, planId), detail);
      invalidate(participantId);
    },
  });
};

export const useRecordSstMeasure = (participantId: string, planId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: RecordSstMeasureInput) => api.post<SstMeasure>(`/sst-plans/${planId}/measures`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/**
 * A section's own save of the plan (its error stays in that section), against the version on screen. A stale save
 * (409) puts the current plan on screen, and the section's alert says it changed meanwhile.
 */
export const useSstSave = (participantId: string, detail: SstPlanDetail) => {
  const update = useUpdateSstPlan(participantId, detail.plan.id);
  const queryClient = useQueryClient();
  const save = (input: Omit<UpdateSstPlanInput, "version">) =>
    update.mutateAsync({ version: detail.plan.version, ...input }).catch((error: unknown) => {
      if (isApiError(error) && error.code === "stale_version" && error.current) queryClient.setQueryData(sstKeys.detail(participantId, detail.plan.id), error.current);
      throw error;
    });
  return { save, pending: update.isPending, error: update.error };
};
