import {
  type Application,
  type ChangeApplicationStatusInput,
  type CreateApplicationInput,
  type EmployerSummary,
  type JobSearchPlan,
  type JobSearchPlanData,
  jobSearchPlanDataSchema,
  type Opening,
} from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";
import { employerKeys } from "../employers/employers-api";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the participant's key, so one invalidation of the person refreshes these too. */
export const jobSearchKeys = {
  plan: (id: string) => [...participantKeys.detail(id), "job-search-plan"] as const,
  applications: (id: string) => [...participantKeys.detail(id), "applications"] as const,
  openOpenings: ["openings", "open-for-applications"] as const,
};

/** Whatever the server stored, the form gets every field (defaults fill what is missing). */
export const normalizePlanData = (data: unknown): JobSearchPlanData => {
  const parsed = jobSearchPlanDataSchema.safeParse(data ?? {});
  return parsed.success ? parsed.data : { ...jobSearchPlanDataSchema.parse({}), ...(data as Partial<JobSearchPlanData>) };
};

const normalizePlan = (plan: JobSearchPlan): JobSearchPlan => ({ ...plan, data: normalizePlanData(plan.data) });

export const useJobSearchPlan = (participantId: string) =>
  useQuery({
    queryKey: jobSearchKeys.plan(participantId),
    queryFn: async () => normalizePlan(await api.get<JobSearchPlan>(`/participants/${participantId}/job-search-plan`)),
  });

/** PUT with the version read; a 409 puts the current plan (sent by the server) in the cache. */
export const useSaveJobSearchPlan = (participantId: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: { version: number; data: JobSearchPlanData }) => api.put<JobSearchPlan>(`/participants/${participantId}/job-search-plan`, input),
    onSuccess: (plan) => {
      queryClient.setQueryData(jobSearchKeys.plan(participantId), normalizePlan(plan));
      invalidate(participantId);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "stale_version" && error.current) {
        queryClient.setQueryData(jobSearchKeys.plan(participantId), normalizePlan(error.current as JobSearchPlan));
      }
    },
  });
};

export const useApplications = (participantId: string) =>
  useQuery({
    queryKey: jobSearchKeys.applications(participantId),
    queryFn: () => api.get<{ items: Application[]; total: number }>(`/participants/${participantId}/applications`),
  });

/**
 * The program's open openings, to apply from. The openings API may be missing (older server) or refused: the
 * form then simply offers no opening, so the query never retries nor throws at the screen.
 */
export const useOpenOpenings = (enabled: boolean) =>
  useQuery({
    queryKey: jobSearchKeys.openOpenings,
    queryFn: async (): Promise<Opening[]> => {
      try {
        return (await api.get<{ items: Opening[] }>("/openings", { status: "open", limit: 200 })).items;
      } catch {
        return [];
      }
    },
    enabled,
    retry: false,
  });

export const useCreateApplication = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: CreateApplicationInput) => api.post<Application>(`/participants/${participantId}/applications`, input),
    onSuccess: () => invalidate(participantId),
  });
};

export const useChangeApplicationStatus = (participantId: string, applicationId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: ChangeApplicationStatusInput) => api.post<Application>(`/applications/${applicationId}/status`, input),
    // A stale version also refreshes the list, so the dialog can be reopened on the current state.
    onSettled: () => invalidate(participantId),
  });
};

/** Register suggestions for an employer field (only for users who may read the register). */
export const useEmployerSuggestions = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: employerKeys.list({ q, limit: 10, offset: 0 }),
    queryFn: ({ signal }) => api.get<{ items: EmployerSummary[]; total: number }>("/employers", { q, limit: 10, offset: 0, view: "summary" }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
