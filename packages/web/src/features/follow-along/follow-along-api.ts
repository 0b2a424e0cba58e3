import type { CreateContactInput, SupportContactEntry, SupportContactLog, SupportPlan, SupportPlanData } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { jobKeys } from "../jobs/jobs-api";
import { useInvalidateParticipant } from "../participants/participants-queries";

export const useSupportPlan = (participantId: string, jobId: string) =>
  useQuery({ queryKey: jobKeys.supportPlan(participantId, jobId), queryFn: () => api.get<SupportPlan>(`/jobs/${jobId}/support-plan`) });

export const useSupportContacts = (participantId: string, jobId: string) =>
  useQuery({ queryKey: jobKeys.supportContacts(participantId, jobId), queryFn: () => api.get<SupportContactLog>(`/jobs/${jobId}/support-contacts`) });

export const useSaveSupportPlan = (participantId: string, jobId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; data: SupportPlanData }) => api.put<SupportPlan>(`/jobs/${jobId}/support-plan`, input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: [...jobKeys.ofParticipant(participantId), jobId] }),
  });
};

/** A support contact is a participant contact too: the person's "last contact" and contact list move with it. */
export const useLogSupportContact = (participantId: string, jobId: string) => {
  const queryClient = useQueryClient();
  const invalidateParticipant = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: { contact: CreateContactInput; supportIds: string[] }) => api.post<SupportContactEntry>(`/jobs/${jobId}/support-contacts`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: jobKeys.supportContacts(participantId, jobId) });
      invalidateParticipant(participantId);
    },
  });
};
