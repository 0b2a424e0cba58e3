import type { CreateGoalInput, Goal, GoalList, UpdateGoalInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { isApiError } from "../../api/api-error";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

/** Under the participant's key: a saved goal refreshes the record, its timeline and this list together. */
export const goalKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "goals"] as const,
};

export const useGoals = (participantId: string) =>
  useQuery({ queryKey: goalKeys.list(participantId), queryFn: () => api.get<GoalList>(`/participants/${participantId}/goals`) });

/** Puts one goal in the cached list (a save, or the current goal a stale save answered with). */
const useReplaceGoal = (participantId: string) => {
  const queryClient = useQueryClient();
  return (goal: Goal) =>
    queryClient.setQueryData<GoalList>(goalKeys.list(participantId), (list) => (list ? { items: list.items.map((g) => (g.id === goal.id ? goal : g)) } : list));
};

export const useCreateGoal = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: (input: CreateGoalInput) => api.post<Goal>(`/participants/${participantId}/goals`, input),
    onSuccess: () => invalidate(participantId),
  });
};

/**
 * A change to one goal against the version on screen. A stale save (409) puts the current goal on screen at once,
 * and the form's alert says it changed in the meantime.
 */
export const useUpdateGoal = (participantId: string, goalId: string) => {
  const invalidate = useInvalidateParticipant();
  const replace = useReplaceGoal(participantId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateGoalInput) => api.patch<Goal>(`/goals/${goalId}`, input),
    // A ticked step shows at once (the checklist is used with the person, on the spot); the answer confirms it.
    onMutate: async (input) => {
      if (!input.steps) return;
      await queryClient.cancelQueries({ queryKey: goalKeys.list(participantId) });
      const current = queryClient.getQueryData<GoalList>(goalKeys.list(participantId))?.items.find((g) => g.id === goalId);
      if (current) replace({ ...current, steps: input.steps.map((s) => ({ id: s.id, label: s.label, done: s.done ?? false, doneOn: s.doneOn ?? null })) });
    },
    onSuccess: (goal) => {
      replace(goal);
      invalidate(participantId);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === "stale_version" && error.current) replace(error.current as Goal);
      else void queryClient.invalidateQueries({ queryKey: goalKeys.list(participantId) });
    },
  });
};
