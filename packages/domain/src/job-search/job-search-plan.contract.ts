import { z } from "zod";
import { occupationCodeSchema } from "../occupations/occupations";
import { isoDate, longText, shortText } from "../shared/primitives";

/**
 * The job search plan (plan de recherche): what the person is aiming for, who does what by when, and when the
 * plan is next looked at together. One current plan per participant, versioned like the career profile.
 */

/** Who carries a step. The person first: the plan is theirs. */
export const stepOwners = ["participant", "specialist", "peer_supporter", "care_team", "family", "other"] as const;
export const stepOwnerSchema = z.enum(stepOwners);

export const stepStatuses = ["todo", "done", "dropped"] as const;
export const stepStatusSchema = z.enum(stepStatuses);

export const jobSearchTargetJobSchema = z.object({
  title: shortText(160).min(1, { message: "required" }),
  occupationCode: occupationCodeSchema.nullish(),
});

/** A target employer: registered (id) or just named. */
export const jobSearchTargetEmployerSchema = z
  .object({ employerId: z.uuid().nullish(), name: shortText(160).default("") })
  .refine((e) => !!e.employerId || e.name !== "", { message: "required", path: ["name"] });

export const jobSearchStepSchema = z
  .object({
    /** Client-generated (UUID) so a step keeps its identity across saves. */
    id: z.uuid(),
    description: shortText(500).min(1, { message: "required" }),
    owner: stepOwnerSchema,
    /** The person's name when the owner is someone outside the team (a relative, a mentor). */
    ownerName: shortText(120).default(""),
    dueDate: isoDate.nullish(),
    status: stepStatusSchema.default("todo"),
    doneOn: isoDate.nullish(),
  })
  .refine((s) => s.status !== "done" || !!s.doneOn, { message: "required", path: ["doneOn"] });

export const jobSearchPlanDataSchema = z.object({
  targetJobs: z.array(jobSearchTargetJobSchema).max(20).default([]),
  targetEmployers: z.array(jobSearchTargetEmployerSchema).max(50).default([]),
  steps: z.array(jobSearchStepSchema).max(100).default([]),
  nextReviewDate: isoDate.nullish(),
  notes: longText(4000).default(""),
});
export type JobSearchPlanData = z.infer<typeof jobSearchPlanDataSchema>;

/**
 * PUT /api/participants/:id/job-search-plan (for the server to add). `version` is the one read, 0 when there was
 * no plan yet; a stale one gets 409 with the current plan.
 */
export const saveJobSearchPlanInput = z.object({ version: z.number().int().min(0), data: jobSearchPlanDataSchema });

export const jobSearchPlanSchema = z.object({
  participantId: z.uuid(),
  version: z.number().int(),
  data: jobSearchPlanDataSchema,
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type JobSearchPlan = z.infer<typeof jobSearchPlanSchema>;
export type SaveJobSearchPlanInput = z.infer<typeof saveJobSearchPlanInput>;

/** GET /api/participants/:id/job-search-plan/history: every saved version, newest first. */
export const jobSearchPlanHistorySchema = z.object({ items: z.array(jobSearchPlanSchema) });

/** Steps still to do whose due date has passed, for the plan page and the review. */
export const overdueSteps = (plan: JobSearchPlanData, today: string): JobSearchPlanData["steps"] =>
  plan.steps.filter((s) => s.status === "todo" && !!s.dueDate && s.dueDate < today);
