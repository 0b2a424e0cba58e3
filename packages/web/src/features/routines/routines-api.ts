import type { Routine, RoutineList, SaveRoutineInput, ShareRoutineInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Versions live under the participant's key: invalidating the person refreshes them with the timeline. */
export const routineKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "routines"] as const,
  detail: (participantId: string, routineId: string) => [...participantKeys.detail(participantId), "routines", routineId] as const,
};

export const useRoutines = (participantId: string) =>
  useQuery({
    queryKey: routineKeys.list(participantId),
    queryFn: ({ signal }) => api.get<RoutineList>(`/participants/${participantId}/routines`, undefined, signal),
  });

export const useRoutine = (participantId: string, routineId: string) =>
  useQuery({ queryKey: routineKeys.detail(participantId, routineId), queryFn: ({ signal }) => api.get<Routine>(`/routines/${routineId}`, undefined, signal) });

export const useSaveRoutine = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: SaveRoutineInput) => api.post<Routine>(`/participants/${participantId}/routines`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/** Sharing changes one flag: the answer replaces the version in the list at once, then the record refreshes. */
export const useShareRoutine = (participantId: string) => {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: ({ routineId, ...input }: ShareRoutineInput & { routineId: string }) => api.patch<Routine>(`/routines/${routineId}`, input),
    onSuccess: (updated) => {
      queryClient.setQueryData<RoutineList>(routineKeys.list(participantId), (list) =>
        list ? { items: list.items.map((r) => (r.id === updated.id ? updated : r)) } : list,
      );
      invalidate(participantId);
    },
  });
};
