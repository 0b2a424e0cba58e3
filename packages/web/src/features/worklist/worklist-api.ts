import type { EmployerContact, SnoozeWorklistItemInput, WorklistResponse, WorklistSettings, WorklistSnooze } from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "../../api/api-client";

export type WorklistParams = { scope: "mine" | "team"; specialistId?: string; programId?: string };
export type ProgramWorklistSettings = { programId: string; settings: WorklistSettings; version: number; updatedAt: string | null };

export const worklistKeys = {
  all: ["worklist"] as const,
  list: (params: WorklistParams) => [...worklistKeys.all, params] as const,
  settings: (programId: string) => ["worklist-settings", programId] as const,
};

export const useWorklist = (params: WorklistParams) =>
  useQuery({
    queryKey: worklistKeys.list(params),
    queryFn: ({ signal }) => api.get<WorklistResponse>("/worklist", { ...params }, signal),
    placeholderData: keepPreviousData,
  });

/** Anything that changes the facts (a snooze, a step done) refreshes every worklist view. */
const useInvalidateWorklist = () => {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: worklistKeys.all });
};

export const useSnoozeItem = () => {
  const invalidate = useInvalidateWorklist();
  return useMutation({
    mutationFn: (input: SnoozeWorklistItemInput) => api.post<WorklistSnooze>("/worklist/snoozes", input),
    onSuccess: invalidate,
  });
};

export const useUnsnoozeItem = () => {
  const invalidate = useInvalidateWorklist();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/worklist/snoozes/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
};

/** Marks an employer contact's next step done: the worklist and the employer's page both change. */
export const useNextStepDone = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { employerId: string; contactId: string; doneOn: string }) =>
      api.post<EmployerContact>(`/employers/${input.employerId}/contacts/${input.contactId}/next-step-done`, { doneOn: input.doneOn }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: worklistKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["employer"] });
      void queryClient.invalidateQueries({ queryKey: ["employers"] });
    },
  });
};

export const useWorklistSettings = (programId: string | null) =>
  useQuery({
    queryKey: worklistKeys.settings(programId ?? ""),
    queryFn: () => api.get<ProgramWorklistSettings>(`/programs/${programId}/worklist-settings`),
    enabled: Boolean(programId),
  });

export const useSaveWorklistSettings = (programId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; settings: WorklistSettings }) =>
      api.put<ProgramWorklistSettings>(`/programs/${programId}/worklist-settings`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(worklistKeys.settings(programId), saved);
      void queryClient.invalidateQueries({ queryKey: worklistKeys.all });
    },
  });
};
