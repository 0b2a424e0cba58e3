import type { CreateJobInput, Job, JobWriteResult, UpdateJobInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** A person's jobs and everything under them (plans, contact logs) share one prefix: one invalidation refreshes the tab. */
export const jobKeys = {
  ofParticipant: (participantId: string) => ["participant-jobs", participantId] as const,
  list: (participantId: string) => [...jobKeys.ofParticipant(participantId), "list"] as const,
  supportPlan: (participantId: string, jobId: string) => [...jobKeys.ofParticipant(participantId), jobId, "support-plan"] as const,
  supportContacts: (participantId: string, jobId: string) => [...jobKeys.ofParticipant(participantId), jobId, "support-contacts"] as const,
};

export const useJobs = (participantId: string) =>
  useQuery({
    queryKey: jobKeys.list(participantId),
    queryFn: ({ signal }) => api.get<{ items: Job[]; total: number }>(`/participants/${participantId}/jobs`, undefined, signal),
  });

/** A job write may change the person's status: the record, the lists and the timeline are refreshed with the jobs. */
const useInvalidateJobs = (participantId: string) => {
  const queryClient = useQueryClient();
  const invalidateParticipant = useInvalidateParticipant();
  return () => {
    void queryClient.invalidateQueries({ queryKey: jobKeys.ofParticipant(participantId) });
    invalidateParticipant(participantId);
  };
};

export const useCreateJob = (participantId: string) => {
  const invalidate = useInvalidateJobs(participantId);
  return useMutation({
    mutationFn: (input: CreateJobInput) => api.post<JobWriteResult>(`/participants/${participantId}/jobs`, input),
    onSuccess: invalidate,
  });
};

export const useUpdateJob = (participantId: string, jobId: string) => {
  const invalidate = useInvalidateJobs(participantId);
  return useMutation({
    mutationFn: (input: UpdateJobInput) => api.patch<JobWriteResult>(`/jobs/${jobId}`, input),
    onSuccess: invalidate,
    onError: invalidate,
  });
};
