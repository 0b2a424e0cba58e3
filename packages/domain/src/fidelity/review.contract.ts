import { z } from "zod";
import { isoDate, longText, requiredName, versionField } from "../shared/primitives";
import { fidelityItemIdSchema } from "./indicator.contract";
import { fidelityBandRangeSchema, reviewScoreSchema } from "./scale";

/**
 * A fidelity self-assessment (IPS-25) of a program over a period. It holds no participant data: scores, the
 * reviewers' evidence notes (about practice, not people) and the action plan.
 */
export const fidelityReviewStatuses = ["draft", "final"] as const;
export const fidelityReviewStatusSchema = z.enum(fidelityReviewStatuses);
export type FidelityReviewStatus = z.infer<typeof fidelityReviewStatusSchema>;

const score = z.number().int().min(1).max(5);

export const fidelityReviewItemSchema = z.object({
  /** The reviewers' score; null while not decided. */
  score: score.nullable(),
  evidence: longText(4000),
  /** The score the indicator suggested when the reviewers took it (kept to show they had the final word). */
  suggestedScore: score.nullable(),
});
export type FidelityReviewItem = z.infer<typeof fidelityReviewItemSchema>;

export const fidelityReviewItemsSchema = z.partialRecord(fidelityItemIdSchema, fidelityReviewItemSchema);
export type FidelityReviewItems = z.infer<typeof fidelityReviewItemsSchema>;

const itemInput = z.object({
  score: score.nullable(),
  evidence: longText(4000).default(""),
  suggestedScore: score.nullable().optional(),
});

export const fidelityActionSchema = z.object({
  id: z.uuid(),
  action: z.string().trim().min(1, { message: "required" }).max(500),
  itemIds: z.array(fidelityItemIdSchema).max(25),
  owner: z.string().trim().max(120),
  dueDate: isoDate.nullable(),
  done: z.boolean(),
});
export type FidelityAction = z.infer<typeof fidelityActionSchema>;

export const fidelityReviewersSchema = z.array(requiredName).min(1, { message: "reviewers_required" }).max(4, { message: "too_many_reviewers" });

const periodInOrder = (q: { periodFrom?: string; periodTo?: string }) => !q.periodFrom || !q.periodTo || q.periodFrom <= q.periodTo;

export const createFidelityReviewInput = z
  .object({
    programId: z.uuid(),
    periodFrom: isoDate,
    periodTo: isoDate,
    reviewedOn: isoDate,
    reviewers: fidelityReviewersSchema,
    /** Defaults to the current version of the scale. */
    scaleVersion: z.string().trim().min(1).max(60).optional(),
  })
  .refine(periodInOrder, { path: ["periodTo"], message: "review_period_end_before_start" });
export type CreateFidelityReviewInput = z.infer<typeof createFidelityReviewInput>;

export const updateFidelityReviewInput = z
  .object({
    version: versionField,
    /** Only the items sent change; each one sent replaces what was stored for that item. */
    items: z.partialRecord(fidelityItemIdSchema, itemInput).optional(),
    reviewers: fidelityReviewersSchema.optional(),
    actionPlan: z.array(fidelityActionSchema).max(100).optional(),
    periodFrom: isoDate.optional(),
    periodTo: isoDate.optional(),
    reviewedOn: isoDate.optional(),
    /** draft -> final locks the review; final -> draft (reopening) is the only change a final review accepts. */
    status: fidelityReviewStatusSchema.optional(),
  })
  .refine(periodInOrder, { path: ["periodTo"], message: "review_period_end_before_start" });
export type UpdateFidelityReviewInput = z.infer<typeof updateFidelityReviewInput>;

export const fidelityReviewSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  scaleVersion: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  reviewedOn: isoDate,
  reviewers: z.array(z.string()),
  items: fidelityReviewItemsSchema,
  actionPlan: z.array(fidelityActionSchema),
  status: fidelityReviewStatusSchema,
  /** Total, section subtotals and band, with the program's exemplary bound. */
  score: reviewScoreSchema,
  bands: z.array(fidelityBandRangeSchema),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type FidelityReview = z.infer<typeof fidelityReviewSchema>;

export const fidelityReviewSummarySchema = fidelityReviewSchema.pick({
  id: true,
  programId: true,
  programName: true,
  scaleVersion: true,
  periodFrom: true,
  periodTo: true,
  reviewedOn: true,
  reviewers: true,
  status: true,
  score: true,
  updatedAt: true,
  version: true,
});
export type FidelityReviewSummary = z.infer<typeof fidelityReviewSummarySchema>;

export const listFidelityReviewsQuery = z.object({ programId: z.uuid().optional() });
export const fidelityReviewListSchema = z.object({ items: z.array(fidelityReviewSummarySchema) });
export type FidelityReviewList = z.infer<typeof fidelityReviewListSchema>;
