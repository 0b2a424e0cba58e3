import { addDays, daysBetween } from "../worklist/calendar";
import type { GoalReview, GoalStatus, GoalStep } from "./goal.contract";

/** A review planned within this many days (today included) is shown as to do now. */
export const goalReviewSoonDays = 7;

/**
 * Where the planned review stands, for a goal in progress:
 * - not_planned: no review date, or the planned review was held (a review on or after that date): plan the next one;
 * - planned: later than a week from now;
 * - due: within the week (today included);
 * - overdue: the date passed without a review;
 * - closed: the goal is not in progress.
 */
export type GoalReviewState = "not_planned" | "planned" | "due" | "overdue" | "closed";

/** Whether the date the goal was meant for has passed (goals in progress only; `closed` otherwise). */
export type GoalDueState = "none" | "upcoming" | "passed" | "closed";

export type GoalProgress = {
  stepsDone: number;
  stepsTotal: number;
  /** 0-1, null without steps. */
  shareDone: number | null;
  review: GoalReviewState;
  due: GoalDueState;
  /** Days from today to the planned review (negative when overdue), when one is planned and not yet held. */
  daysToReview: number | null;
  /** The latest review, if any. */
  lastReviewOn: string | null;
};

type GoalLike = { status: GoalStatus; steps: readonly GoalStep[]; dueOn: string | null; reviewOn: string | null; reviews: readonly GoalReview[] };

const reviewState = (goal: GoalLike, lastReviewOn: string | null, today: string): { review: GoalReviewState; daysToReview: number | null } => {
  if (goal.status !== "active") return { review: "closed", daysToReview: null };
  if (!goal.reviewOn || (lastReviewOn !== null && lastReviewOn >= goal.reviewOn)) return { review: "not_planned", daysToReview: null };
  const days = daysBetween(today, goal.reviewOn);
  if (days < 0) return { review: "overdue", daysToReview: days };
  if (goal.reviewOn <= addDays(today, goalReviewSoonDays - 1)) return { review: "due", daysToReview: days };
  return { review: "planned", daysToReview: days };
};

/** The state of a goal to show on a given day: steps done, the review to hold, the due date passed. */
export const goalProgress = (goal: GoalLike, today: string): GoalProgress => {
  const stepsTotal = goal.steps.length;
  const stepsDone = goal.steps.filter((s) => s.done).length;
  const lastReviewOn = goal.reviews.reduce<string | null>((latest, r) => (latest === null || r.on > latest ? r.on : latest), null);
  const due: GoalDueState = goal.status !== "active" ? "closed" : !goal.dueOn ? "none" : goal.dueOn < today ? "passed" : "upcoming";
  return {
    stepsDone,
    stepsTotal,
    shareDone: stepsTotal === 0 ? null : stepsDone / stepsTotal,
    ...reviewState(goal, lastReviewOn, today),
    due,
    lastReviewOn,
  };
};

const statusOrder: Record<GoalStatus, number> = { active: 0, achieved: 1, stopped: 2, revised: 3 };

/** The order goals are listed in: in progress first, then achieved, stopped, revised; newest first within each. */
export const compareGoals = (a: { status: GoalStatus; createdAt: string }, b: { status: GoalStatus; createdAt: string }): number =>
  statusOrder[a.status] - statusOrder[b.status] || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
