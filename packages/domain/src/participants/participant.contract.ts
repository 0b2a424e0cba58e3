import { z } from "zod";
import { isoDate, pageQuery, requiredName, shortText, versionField } from "../shared/primitives";

export const participantStatuses = ["referred", "engaged", "job_search", "working", "follow_along", "closed"] as const;
export const participantStatusSchema = z.enum(participantStatuses);
export type ParticipantStatus = z.infer<typeof participantStatusSchema>;

export const referralSources = ["care_team", "self", "family", "employer", "public_employment_service", "other"] as const;
export const referralSourceSchema = z.enum(referralSources);

/**
 * Why a person leaves the caseload. IPS principle 7 and fidelity item Sv14: missed appointments are never a
 * reason, so there is no such value; "unreachable after outreach" requires documented outreach.
 */
export const closureReasons = [
  "chose_to_stop",
  "no_longer_wants_support",
  "unreachable_after_outreach",
  "moved_away",
  "transferred",
  "deceased",
  "other",
] as const;
export const closureReasonSchema = z.enum(closureReasons);
export type ClosureReason = z.infer<typeof closureReasonSchema>;

export const participantSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  referralDate: isoDate,
  referralSource: referralSourceSchema.nullable(),
  referringService: z.string().nullable(),
  referentName: z.string().nullable(),
  /** The partner service (register) that referred the person; its clinicians may see them with care-team consent. */
  referringServiceId: z.uuid().nullable(),
  specialistId: z.uuid().nullable(),
  specialistName: z.string().nullable(),
  peerSupporterId: z.uuid().nullable(),
  status: participantStatusSchema,
  closureReason: closureReasonSchema.nullable(),
  closureNote: z.string().nullable(),
  lastContactDate: isoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Participant = z.infer<typeof participantSchema>;

/**
 * What a list shows of each person: enough to find them and see where they stand, nothing more (data
 * minimisation: referral details and closure notes stay on the record itself).
 */
export const participantSummarySchema = participantSchema.pick({
  id: true,
  programId: true,
  firstName: true,
  lastName: true,
  referralDate: true,
  specialistId: true,
  specialistName: true,
  peerSupporterId: true,
  status: true,
  lastContactDate: true,
  version: true,
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

/** Zero exclusion: a name and a referral date are all a referral needs. No clinical or readiness field exists. */
export const createParticipantInput = z.object({
  programId: z.uuid().optional(),
  firstName: requiredName,
  lastName: requiredName,
  referralDate: isoDate,
  referralSource: referralSourceSchema.nullish(),
  referringService: shortText().nullish(),
  referentName: shortText().nullish(),
  referringServiceId: z.uuid().nullish(),
  specialistId: z.uuid().nullish(),
  peerSupporterId: z.uuid().nullish(),
});
export type CreateParticipantInput = z.infer<typeof createParticipantInput>;

export const updateParticipantInput = z.object({
  version: versionField,
  firstName: requiredName.optional(),
  lastName: requiredName.optional(),
  referralDate: isoDate.optional(),
  referralSource: referralSourceSchema.nullish(),
  referringService: shortText().nullish(),
  referentName: shortText().nullish(),
  referringServiceId: z.uuid().nullish(),
  specialistId: z.uuid().nullish(),
  peerSupporterId: z.uuid().nullish(),
  status: participantStatusSchema.optional(),
  closureReason: closureReasonSchema.nullish(),
  closureNote: shortText(1000).nullish(),
});
export type UpdateParticipantInput = z.infer<typeof updateParticipantInput>;

/** A list filter: one status, or "active" for every status but closed (the active caseload). */
export const participantStatusFilters = [...participantStatuses, "active"] as const;

export const listParticipantsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(participantStatusFilters).optional(),
  specialistId: z.union([z.uuid(), z.literal("none")]).optional(),
  programId: z.uuid().optional(),
  /** Only people with no contact since this date (or never): the "who have I not seen" filter. */
  noContactSince: isoDate.optional(),
  ...pageQuery,
});
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuery>;

export const reassignInput = z.object({
  participantIds: z.array(z.uuid()).min(1).max(500),
  specialistId: z.uuid().nullable(),
});
export const reassignResult = z.object({ updated: z.number().int() });
