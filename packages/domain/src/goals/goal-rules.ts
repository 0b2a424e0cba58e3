import { earliestQuestionnaireDate } from "../questionnaires/questionnaire-rules";
import type { CreateGoal, GoalReview, GoalStatus, GoalStep, Smart, UpdateGoal } from "./goal.contract";
import { maxGoalReviews, smartCriteria as smartKeys } from "./goal.contract";

export type GoalIssue = { path: string; message: string };

/** The earliest date a goal may carry: older dates are typing mistakes (same bound as the questionnaires). */
export const earliestGoalDate = earliestQuestionnaireDate;

/**
 * The status changes a user may make on a goal. A goal is reached or let go while in progress, and either can be
 * taken up again (a click too fast, or the person changes their mind: their choice leads). `revised` is not in this
 * table: a goal becomes revised only when a new goal rewording it is created (`canBeRevised`), and stays so.
 */
export const goalTransitions: Record<GoalStatus, readonly GoalStatus[]> = {
  active: ["achieved", "stopped"],
  achieved: ["active"],
  stopped: ["active"],
  revised: [],
};

/** A goal may be reworded into a new one while in progress, or after it was let go (a fresh, more realistic start). */
export const canBeRevised = (status: GoalStatus): boolean => status === "active" || status === "stopped";

export const canMoveGoal = (from: GoalStatus, to: GoalStatus): boolean => from === to || goalTransitions[from].includes(to);

/** The parts of a goal a change touches; the timeline event lists them (never their text). */
export const goalChangeKinds = ["goal", "smart", "steps", "dates", "status", "review", "sharing"] as const;
export type GoalChangeKind = (typeof goalChangeKinds)[number];

type GoalState = {
  goal: string;
  smart: Smart;
  steps: GoalStep[];
  dueOn: string | null;
  reviewOn: string | null;
  status: GoalStatus;
  reviews: GoalReview[];
  sharedWithCareTeam: boolean;
};

/**
 * Steps as stored: a ticked step keeps the day it was first ticked (or the day given), or gets today; an unticked
 * step has no day. So the client only sends `done`, and a re-sent list does not move old dates.
 */
export const normalizeGoalSteps = (steps: readonly GoalStep[], previous: readonly GoalStep[], today: string): GoalStep[] =>
  steps.map((step) => {
    if (!step.done) return { ...step, doneOn: null };
    if (step.doneOn) return step;
    const before = previous.find((p) => p.id === step.id);
    return { ...step, doneOn: before?.done && before.doneOn ? before.doneOn : today };
  });

const dateIssues = (path: string, date: string | null | undefined, today: string, allowFuture: boolean): GoalIssue[] => {
  if (!date) return [];
  if (date < earliestGoalDate) return [{ path, message: "goal_date_too_old" }];
  if (!allowFuture && date > today) return [{ path, message: "goal_date_in_future" }];
  return [];
};

const stepIssues = (steps: readonly GoalStep[] | undefined, today: string): GoalIssue[] => {
  if (!steps) return [];
  const issues: GoalIssue[] = [];
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.id)) issues.push({ path: `steps.${i}.id`, message: "goal_step_duplicate" });
    seen.add(step.id);
    issues.push(...dateIssues(`steps.${i}.doneOn`, step.doneOn, today, false));
  });
  return issues;
};

const reviewIssues = (review: GoalReview, today: string): GoalIssue[] => {
  const issues = dateIssues("addReview.on", review.on, today, false);
  if (!review.progress && !review.learned && !review.smallestChange) issues.push({ path: "addReview", message: "goal_review_empty" });
  return issues;
};

/** What is wrong with a new goal, against today (message keys of the server's catalogue). */
export const goalCreateIssues = (input: Pick<CreateGoal, "steps" | "dueOn" | "reviewOn">, today: string): GoalIssue[] => [
  ...stepIssues(input.steps, today),
  ...dateIssues("dueOn", input.dueOn, today, true),
  ...dateIssues("reviewOn", input.reviewOn, today, true),
];

const editedFields = (patch: UpdateGoal): (keyof UpdateGoal)[] =>
  (["goal", "smart", "steps", "dueOn", "reviewOn"] as const).filter((field) => patch[field] !== undefined);

/**
 * What is wrong with a change to a goal. The wording, SMART texts, steps and dates change only while the goal is in
 * progress (before or after this change: reopening and ticking a step in one go is fine); a revised goal is kept as
 * it was, so only its sharing changes; a review is added to any other goal (what an achieved or stopped goal taught
 * is worth keeping).
 */
export const goalUpdateIssues = (current: GoalState, patch: UpdateGoal, today: string): GoalIssue[] => {
  const issues: GoalIssue[] = [];
  const nextStatus = patch.status ?? current.status;
  if (patch.status !== undefined && !canMoveGoal(current.status, patch.status)) issues.push({ path: "status", message: "goal_status_transition" });
  const inProgress = current.status === "active" || (nextStatus === "active" && canMoveGoal(current.status, nextStatus));
  if (!inProgress) for (const field of editedFields(patch)) issues.push({ path: field, message: "goal_not_in_progress" });
  issues.push(...stepIssues(patch.steps, today), ...dateIssues("dueOn", patch.dueOn, today, true), ...dateIssues("reviewOn", patch.reviewOn, today, true));
  if (patch.addReview) {
    if (current.status === "revised") issues.push({ path: "addReview", message: "goal_revised_locked" });
    else if (current.reviews.length >= maxGoalReviews) issues.push({ path: "addReview", message: "goal_too_many_reviews" });
    issues.push(...reviewIssues(patch.addReview, today));
  }
  return issues;
};

// Field by field: the stored jsonb does not keep the keys in the order they were written.
const sameSmart = (a: Smart, b: Smart): boolean => smartKeys.every((k) => a[k] === b[k]);
const sameSteps = (a: readonly GoalStep[], b: readonly GoalStep[]): boolean =>
  a.length === b.length && a.every((s, i) => s.id === b[i].id && s.label === b[i].label && s.done === b[i].done && s.doneOn === b[i].doneOn);

/**
 * The goal after a (valid) change, and which parts changed. Reviews stay in date order (a review typed in late
 * lands where it belongs). Parts sent unchanged are not counted, so a re-sent form is not an update.
 */
export const applyGoalUpdate = <T extends GoalState>(current: T, patch: UpdateGoal, today: string): { next: T; changes: GoalChangeKind[] } => {
  const next: T = { ...current };
  const changes: GoalChangeKind[] = [];
  if (patch.goal !== undefined && patch.goal !== current.goal) {
    next.goal = patch.goal;
    changes.push("goal");
  }
  if (patch.smart !== undefined && !sameSmart(patch.smart, current.smart)) {
    next.smart = patch.smart;
    changes.push("smart");
  }
  if (patch.steps !== undefined) {
    const steps = normalizeGoalSteps(patch.steps, current.steps, today);
    if (!sameSteps(steps, current.steps)) {
      next.steps = steps;
      changes.push("steps");
    }
  }
  const dueOn = patch.dueOn === undefined ? current.dueOn : patch.dueOn;
  const reviewOn = patch.reviewOn === undefined ? current.reviewOn : patch.reviewOn;
  if (dueOn !== current.dueOn || reviewOn !== current.reviewOn) {
    next.dueOn = dueOn;
    next.reviewOn = reviewOn;
    changes.push("dates");
  }
  if (patch.status !== undefined && patch.status !== current.status) {
    next.status = patch.status;
    changes.push("status");
  }
  if (patch.addReview) {
    const review = patch.addReview;
    const at = current.reviews.findIndex((r) => r.on > review.on);
    next.reviews = at === -1 ? [...current.reviews, review] : [...current.reviews.slice(0, at), review, ...current.reviews.slice(at)];
    changes.push("review");
  }
  if (patch.sharedWithCareTeam !== undefined && patch.sharedWithCareTeam !== current.sharedWithCareTeam) {
    next.sharedWithCareTeam = patch.sharedWithCareTeam;
    changes.push("sharing");
  }
  return { next, changes };
};
