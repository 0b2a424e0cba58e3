import { z } from "zod";
import { contactSchema, createContactInput } from "../contacts/contact.contract";
import { isoDate, longText, shortText } from "../shared/primitives";

/**
 * The follow-along support plan (soutien dans l'emploi), one per job, chosen with the person once the job starts
 * (IPS principle 7, fidelity item Sv11: varied, individualised supports, employer support on request). Each support
 * says who provides it and how often; the team's contacts are logged against the supports they delivered.
 */

export const supportKinds = [
  "on_site_coaching",
  "supervisor_meetings",
  "off_site_meetings",
  "transport_training",
  "medication_timing",
  "reminders",
  "accommodations",
  "career_progression",
  "peer_support",
  "benefits_follow_up",
  "family_support",
  "skills_training",
  "other",
] as const;
export const supportKindSchema = z.enum(supportKinds);
export type SupportKind = z.infer<typeof supportKindSchema>;

/** Natural supports count as much as the team's: a coworker who reminds, a supervisor who adjusts the rota. */
export const supportProviders = ["specialist", "peer_supporter", "employer", "supervisor", "coworker", "care_team", "family", "participant", "other"] as const;
export const supportProviderSchema = z.enum(supportProviders);
export type SupportProvider = z.infer<typeof supportProviderSchema>;

export const supportFrequencies = ["daily", "several_per_week", "weekly", "every_two_weeks", "monthly", "as_needed", "once"] as const;
export const supportFrequencySchema = z.enum(supportFrequencies);
export type SupportFrequency = z.infer<typeof supportFrequencySchema>;

/** The longest gap a frequency allows between two contacts, in days; null when it sets no rhythm. */
export const supportFrequencyDays: Record<SupportFrequency, number | null> = {
  daily: 1,
  several_per_week: 3,
  weekly: 7,
  every_two_weeks: 14,
  monthly: 31,
  as_needed: null,
  once: null,
};

export const supportSchema = z
  .object({
    /** Client-generated (UUID): contacts refer to it. */
    id: z.uuid(),
    kind: supportKindSchema,
    description: longText(1000).default(""),
    provider: supportProviderSchema,
    /** The provider's name when outside the team ("Mme Martin, cheffe de rang"). */
    providerName: shortText(120).default(""),
    frequency: supportFrequencySchema,
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
  })
  .refine((s) => !s.startDate || !s.endDate || s.endDate >= s.startDate, { message: "end_before_start", path: ["endDate"] });
export type Support = z.infer<typeof supportSchema>;

export const supportPlanDataSchema = z.object({
  supports: z.array(supportSchema).max(30).default([]),
  /** The day the supports were chosen with the person. */
  chosenWithPersonOn: isoDate.nullish(),
  nextReviewDate: isoDate.nullish(),
  notes: longText(4000).default(""),
});
export type SupportPlanData = z.infer<typeof supportPlanDataSchema>;

/** PUT /api/jobs/:id/support-plan (for the server to add). `version` 0 when the job had no plan yet. */
export const saveSupportPlanInput = z.object({ version: z.number().int().min(0), data: supportPlanDataSchema });

export const supportPlanSchema = z.object({
  jobId: z.uuid(),
  participantId: z.uuid(),
  version: z.number().int(),
  data: supportPlanDataSchema,
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type SupportPlan = z.infer<typeof supportPlanSchema>;

/**
 * POST /api/jobs/:id/support-contacts (for the server to add): a participant contact (the contacts contract,
 * logged in the same table as every contact, phase follow_along) and the supports of the plan it delivered.
 */
export const logSupportContactInput = z.object({
  contact: createContactInput,
  supportIds: z.array(z.uuid()).min(1).max(30),
});

/** The link kept for each such contact. */
export const supportContactLinkSchema = z.object({
  contactId: z.uuid(),
  jobId: z.uuid(),
  supportIds: z.array(z.uuid()),
  date: isoDate,
});
export type SupportContactLink = z.infer<typeof supportContactLinkSchema>;

/** One entry of a job's support contact log: the link and the participant contact it points to. */
export const supportContactEntrySchema = supportContactLinkSchema.extend({ contact: contactSchema });
export type SupportContactEntry = z.infer<typeof supportContactEntrySchema>;

/** What `supportActivity` says of one support, as the API returns it. */
export const supportActivitySchema = z.object({
  supportId: z.uuid(),
  lastDate: isoDate.nullable(),
  count: z.number().int(),
  dueBy: isoDate.nullable(),
  overdue: z.boolean(),
});

/**
 * GET /api/jobs/:id/support-contacts: the contacts logged against the job's supports, newest first, and for each
 * support of the current plan its last date and whether the agreed rhythm is kept.
 */
export const supportContactLogSchema = z.object({
  items: z.array(supportContactEntrySchema),
  total: z.number().int(),
  supportActivity: z.array(supportActivitySchema),
});
export type SupportContactLog = z.infer<typeof supportContactLogSchema>;
