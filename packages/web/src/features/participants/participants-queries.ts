import type { Participant, UpdateParticipantInput } from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../../api/api-error";
import { caseloadKeys, type ParticipantListParams, participantKeys } from "../../api/query-keys";
import { createParticipant, fetchParticipant, fetchParticipants, updateParticipant } from "./participants-api";

export const useParticipants = (params: ParticipantListParams) =>
  useQuery({
    queryKey: participantKeys.list(params),
    queryFn: ({ signal }) => fetchParticipants(params, signal),
    placeholderData: keepPreviousData,
  });

export const useParticipant = (id: string) =>
  useQuery({ queryKey: participantKeys.detail(id), queryFn: () => fetchParticipant(id) });

/** After any change to a person: their record and tabs, every list, and the team overview are refreshed. */
export const useInvalidateParticipant = () => {
  const queryClient = useQueryClient();
  return (id?: string) => {
    if (id) void queryClient.invalidateQueries({ queryKey: participantKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: participantKeys.lists });
    void queryClient.invalidateQueries({ queryKey: caseloadKeys.all });
  };
};

export const useCreateParticipant = () => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createParticipant,
    onSuccess: (participant) => {
      queryClient.setQueryData(participantKeys.detail(participant.id), participant);
      invalidate();
    },
  });
};

/**
 * PATCH with the version the form read. On 409 stale_version the server sends the current record: it
 * replaces the cached one, so the form shows what is really there now.
 */
export const useUpdateParticipant = (id: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: UpdateParticipantInput) => updateParticipant(id, input),
    onSuccess: (participant) => {
      queryClient.setQueryData(participantKeys.detail(id), participant);
      invalidate(id);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "stale_version" && error.current) {
        queryClient.setQueryData<Participant>(participantKeys.detail(id), error.current as Participant);
      }
      invalidate(id);
    },
  });
};
