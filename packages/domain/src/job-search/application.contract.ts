import { z } from "zod";
import { isoDate, listOf, longText, shortText, versionField } from "../shared/primitives";

/**
 * Applications (candidatures): each job the person goes for, from interest to outcome, with dated steps and the
 * reasons of the outcome, so the team learns what works for this person.
 */

export const applicationStatuses = ["interested", "applied", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export const applicationStatusSchema = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** Why the employer did not go on (as far as the team knows: "no answer" is the common case). */
export const notSelectedReasons = ["no_answer", "other_candidate", "experience", "skills", "availability", "position_cancelled", "unknown", "other"] as const;
/** Why the person stopped (the person's choice, always respected). */
export const withdrawalReasons = ["found_other_job", "changed_mind", "hours", "pay", "commute", "job_content", "health", "other"] as const;
/** Both lists together, for the contract (the transition check says which list applies). */
export const applicationReasonCodes = [
  "no_answer", "other_candidate", "experience", "skills", "availability", "position_cancelled", "unknown",
  "found_other_job", "changed_mind", "hours", "pay", "commute", "job_content", "health", "other",
] as const;
export type NotSelectedReason = (typeof notSelectedReasons)[number];
export type WithdrawalReason = (typeof withdrawalReasons)[number];
export type ApplicationReason = (typeof applicationReasonCodes)[number];

export const applicationEventSchema = z.object({
  status: applicationStatusSchema,
  date: isoDate,
  reason: z.enum(applicationReasonCodes).nullable(),
  note: z.string(),
});
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;

export const applicationSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  participantId: z.uuid(),
  openingId: z.uuid().nullable(),
  employerId: z.uuid().nullable(),
  employerName: z.string(),
  title: z.string(),
  status: applicationStatusSchema,
  /** Every status with its date, oldest first; the last one is `status`. */
  history: z.array(applicationEventSchema),
  /** The job created when the person was hired. */
  jobId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Application = z.infer<typeof applicationSchema>;

/** POST /api/participants/:id/applications (for the server to add). */
export const createApplicationInput = z
  .object({
    openingId: z.uuid().nullish(),
    employerId: z.uuid().nullish(),
    employerName: shortText(160).default(""),
    /** May stay empty when the application is for an opening: the opening's title is used. */
    title: shortText(160).default(""),
    status: z.enum(["interested", "applied"]).default("interested"),
    date: isoDate,
    note: longText(2000).default(""),
  })
  .refine((a) => !!a.openingId || !!a.employerId || a.employerName !== "", { message: "required", path: ["employerName"] })
  .refine((a) => !!a.openingId || a.title !== "", { message: "required", path: ["title"] });
export type CreateApplicationInput = z.infer<typeof createApplicationInput>;

/** POST /api/applications/:id/status: one step forward, dated, with a reason for the two negative outcomes. */
export const changeApplicationStatusInput = z.object({
  version: versionField,
  status: applicationStatusSchema,
  date: isoDate,
  reason: z.enum(applicationReasonCodes).nullish(),
  note: longText(2000).default(""),
});
export type ChangeApplicationStatusInput = z.infer<typeof changeApplicationStatusInput>;

export const applicationListSchema = listOf(applicationSchema);
