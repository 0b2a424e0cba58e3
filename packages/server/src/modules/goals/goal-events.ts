import type { Goal, GoalChangeKind } from "@passerelle/domain";

/**
 * What a goal's timeline event carries: ids, counts, the status and the kinds of change. Never the goal's words:
 * the timeline is read more widely than the goal itself (a peer, a future export).
 */
export const goalEventData = (goal: Pick<Goal, "id" | "status" | "steps" | "reviews" | "sharedWithCareTeam">, extra: { changes?: GoalChangeKind[]; revisesGoalId?: string; revisedIntoGoalId?: string } = {}) => ({
  goalId: goal.id,
  status: goal.status,
  stepsDone: goal.steps.filter((s) => s.done).length,
  stepsTotal: goal.steps.length,
  reviews: goal.reviews.length,
  sharedWithCareTeam: goal.sharedWithCareTeam,
  ...extra,
});
