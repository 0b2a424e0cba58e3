import { z } from "zod";
import { outcomeRecordKindSchema } from "../outcomes/outcomes.contract";
import { isoDate } from "../shared/primitives";

/** The 25 items of the IPS-25 fidelity scale: staffing (S), organisation (O), services (Sv). */
export const fidelityItemIds = [
  "S1", "S2", "S3",
  "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8",
  "Sv1", "Sv2", "Sv3", "Sv4", "Sv5", "Sv6", "Sv7", "Sv8", "Sv9", "Sv10", "Sv11", "Sv12", "Sv13", "Sv14",
] as const;
export const fidelityItemIdSchema = z.enum(fidelityItemIds);
export type FidelityItemId = z.infer<typeof fidelityItemIdSchema>;

export const fidelitySections = ["staffing", "organization", "services"] as const;
export type FidelitySection = (typeof fidelitySections)[number];

/** How much of an item the records can tell: a figure and a suggested score, or evidence for the reviewers. */
export const indicatorComputabilities = ["computed", "partial"] as const;

/** One piece of evidence: a coded label (translated by the web), a number, and the records behind it. */
export const indicatorEvidenceSchema = z.object({
  code: z.string(),
  value: z.number().nullable(),
  kind: outcomeRecordKindSchema.or(z.enum(["contact", "user", "meeting", "supervision", "benefits_plan", "support_plan"])).nullable(),
  ids: z.array(z.string()),
  /** The specialist a per-specialist line is about (S1, O1, Sv6): an id only, the screen names them. */
  specialistId: z.uuid().optional(),
});
export type IndicatorEvidence = z.infer<typeof indicatorEvidenceSchema>;

export const fidelityIndicatorSchema = z.object({
  itemId: fidelityItemIdSchema,
  computability: z.enum(indicatorComputabilities),
  /** The item's indicator (e.g. 18.5 people per full-time specialist), null when the records hold too little. */
  value: z.number().nullable(),
  unit: z.enum(["people_per_fte", "share", "days", "contacts_per_week", "count"]).nullable(),
  /** For computed items: the score whose anchor the value meets; reviewers keep the final word. */
  suggestedScore: z.number().int().min(1).max(5).nullable(),
  /** The rule applied, as a code and its parameters (thresholds used), for the screen to explain. */
  rule: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.number(), z.string()])) }).nullable(),
  /** True when a threshold used is one DOMAIN.md marks unconfirmed (the program may have adjusted it). */
  usesUnconfirmedThreshold: z.boolean(),
  evidence: z.array(indicatorEvidenceSchema),
});
export type FidelityIndicator = z.infer<typeof fidelityIndicatorSchema>;

export const fidelityIndicatorsQuery = z
  .object({ programId: z.uuid(), from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "period_end_before_start" });

export const fidelityIndicatorsResponseSchema = z.object({
  programId: z.uuid(),
  from: isoDate,
  to: isoDate,
  scaleVersion: z.string(),
  indicators: z.array(fidelityIndicatorSchema),
});
export type FidelityIndicatorsResponse = z.infer<typeof fidelityIndicatorsResponseSchema>;
