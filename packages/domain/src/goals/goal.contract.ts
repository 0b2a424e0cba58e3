import { z } from "zod";
import { isoDate, versionField } from "../shared/primitives";

/**
 * "Mes objectifs" (IMPE manual, chapter 2): "Planifier des objectifs à réaliser selon le modèle SMART (spécifique,
 * mesurable, orienté vers l'action, réaliste, opportun)", worked on in small steps, with "le moindre changement"
 * noticed at each review. The texts are the person's words: bounded, never read by a report.
 */

/** The five SMART criteria, in the manual's order. */
export const smartCriteria = ["specific", "measurable", "actionOriented", "realistic", "timely"] as const;
export type SmartCriterion = (typeof smartCriteria)[number];

/**
 * A goal's life (see `goalTransitions`):
 * - active: being worked on, step by step;
 * - achieved: reached (the person says so);
 * - revised: the person tried, evaluated and drew their conclusions ("expérimenter, évaluer et tirer des
 *   conclusions par elle-même"): the goal was reworded into a new one, which carries on. This one stays as it was,
 *   so what was tried and learned is not lost;
 * - stopped: the person chose to let it go (their preferences lead).
 */
export const goalStatuses = ["active", "achieved", "revised", "stopped"] as const;
export const goalStatusSchema = z.enum(goalStatuses);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalTextMax = 500;
export const smartTextMax = 1_000;
export const goalStepLabelMax = 300;
export const goalReviewTextMax = 2_000;
export const maxGoalSteps = 20;
export const maxGoalReviews = 60;

const text = (max: number) => z.string().trim().max(max);

export const smartSchema = z.object({
  specific: text(smartTextMax).default(""),
  measurable: text(smartTextMax).default(""),
  actionOriented: text(smartTextMax).default(""),
  realistic: text(smartTextMax).default(""),
  timely: text(smartTextMax).default(""),
});
export type Smart = z.infer<typeof smartSchema>;

/** A small step towards the goal. The id is made by the client, so a step keeps its identity across edits. */
export const goalStepSchema = z.object({
  id: z.uuid(),
  label: z.string().trim().min(1, { message: "required" }).max(goalStepLabelMax),
  done: z.boolean().default(false),
  /** The day it was done; the server puts today when a step is ticked without one, and clears it when unticked. */
  doneOn: isoDate.nullable().default(null),
});
export type GoalStep = z.infer<typeof goalStepSchema>;
export type GoalStepInput = z.input<typeof goalStepSchema>;

/** A review of the goal: where the person stands, what they learned, the smallest change they noticed. */
export const goalReviewSchema = z.object({
  on: isoDate,
  progress: text(goalReviewTextMax).default(""),
  learned: text(goalReviewTextMax).default(""),
  smallestChange: text(goalReviewTextMax).default(""),
});
export type GoalReview = z.infer<typeof goalReviewSchema>;
export type GoalReviewInput = z.input<typeof goalReviewSchema>;

const goalFields = {
  goal: z.string().trim().min(1, { message: "required" }).max(goalTextMax),
  smart: smartSchema.default({ specific: "", measurable: "", actionOriented: "", realistic: "", timely: "" }),
  steps: z.array(goalStepSchema).max(maxGoalSteps).default([]),
  dueOn: isoDate.nullable().default(null),
  reviewOn: isoDate.nullable().default(null),
};

/**
 * A new goal. `revises` rewords an active (or stopped) goal into this one: the old goal becomes `revised` in the same
 * transaction, at the version the user saw (409 otherwise).
 */
export const createGoalInput = z.object({
  ...goalFields,
  sharedWithCareTeam: z.boolean().default(false),
  revises: z.object({ goalId: z.uuid(), version: versionField }).optional(),
});
export type CreateGoalInput = z.input<typeof createGoalInput>;
export type CreateGoal = z.infer<typeof createGoalInput>;

/**
 * A change to a goal, at the version the user saw. Every part is optional: tick a step (send the steps), change the
 * status, add a review, edit the texts or dates, share with the care team or stop sharing.
 */
export const updateGoalInput = z.object({
  version: versionField,
  goal: goalFields.goal.optional(),
  smart: smartSchema.optional(),
  steps: z.array(goalStepSchema).max(maxGoalSteps).optional(),
  dueOn: isoDate.nullable().optional(),
  reviewOn: isoDate.nullable().optional(),
  status: goalStatusSchema.optional(),
  addReview: goalReviewSchema.optional(),
  sharedWithCareTeam: z.boolean().optional(),
});
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
export type UpdateGoal = z.infer<typeof updateGoalInput>;

export const goalSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  goal: z.string(),
  smart: smartSchema,
  steps: z.array(goalStepSchema),
  dueOn: isoDate.nullable(),
  reviewOn: isoDate.nullable(),
  status: goalStatusSchema,
  /** Oldest first. */
  reviews: z.array(goalReviewSchema),
  sharedWithCareTeam: z.boolean(),
  /** The name of the team member who wrote it down with the person. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Goal = z.infer<typeof goalSchema>;

/** The person's goals: active ones first, then by creation, newest first. */
export const goalListSchema = z.object({ items: z.array(goalSchema) });
export type GoalList = z.infer<typeof goalListSchema>;
