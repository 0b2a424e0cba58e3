import { z } from "zod";
import { isoDate, shortText } from "../shared/primitives";
import { worklistSettingsSchema } from "./worklist-settings.contract";

/**
 * "My week": what the IPS timing rules ask of a specialist now. Each item names its rule, the record it is about,
 * its due date and the facts behind it, so the page can explain the rule and link to the record.
 */
export const worklistRules = [
  "referral_not_met",
  "first_employer_contact",
  "job_start_first_contact",
  "job_start_weekly_contact",
  "job_end_contact",
  "no_contact",
  "employer_next_step",
  "benefits_before_start",
] as const;
export const worklistRuleSchema = z.enum(worklistRules);
export type WorklistRule = z.infer<typeof worklistRuleSchema>;

/** The event each rule's clock starts from. */
export const worklistAnchors = ["referral", "job_start", "job_end", "last_contact", "employer_contact"] as const;
export type WorklistAnchor = (typeof worklistAnchors)[number];

/**
 * Each rule's IPS source (principle 1-8, IPS-25 fidelity item) for the explanation, and its rank among items due
 * the same day: a job that just ended or started comes before an employer call-back.
 */
export const worklistRuleInfo: Record<WorklistRule, { priority: number; principle: number; fidelityItem: string | null; anchor: WorklistAnchor }> = {
  job_end_contact: { priority: 1, principle: 7, fidelityItem: "Sv12", anchor: "job_end" },
  job_start_first_contact: { priority: 2, principle: 7, fidelityItem: "Sv12", anchor: "job_start" },
  referral_not_met: { priority: 3, principle: 5, fidelityItem: null, anchor: "referral" },
  benefits_before_start: { priority: 4, principle: 4, fidelityItem: "Sv1", anchor: "job_start" },
  job_start_weekly_contact: { priority: 5, principle: 7, fidelityItem: "Sv12", anchor: "job_start" },
  first_employer_contact: { priority: 6, principle: 5, fidelityItem: "Sv4", anchor: "referral" },
  no_contact: { priority: 7, principle: 7, fidelityItem: "Sv14", anchor: "last_contact" },
  employer_next_step: { priority: 8, principle: 6, fidelityItem: "Sv7", anchor: "employer_contact" },
};

export const worklistItemStates = ["overdue", "due_today", "upcoming"] as const;

export const worklistItemSchema = z.object({
  /** Stable key: rule and record ids (for React lists and for snoozing from the page). */
  id: z.string(),
  rule: worklistRuleSchema,
  participantId: z.uuid().optional(),
  employerId: z.uuid().optional(),
  jobId: z.uuid().optional(),
  /** employer_next_step: the contact that carries the step, to mark it done from the list. */
  employerContactId: z.uuid().optional(),
  /** Whose item it is (the person's specialist; the author of the employer contact); null: nobody assigned. */
  specialistId: z.uuid().nullable(),
  due: isoDate,
  /** Days past due: positive when late, 0 on the day, negative when ahead (within the horizon). */
  overdueDays: z.number().int(),
  state: z.enum(worklistItemStates),
  explanation: z.object({
    anchor: z.enum(worklistAnchors),
    anchorDate: isoDate,
    thresholdDays: z.number().int(),
    /** The last contact that counts for this rule, if any. */
    lastContactDate: isoDate.nullable(),
    /** The employer next step's wording. */
    nextStep: z.string().nullable(),
  }),
  participantName: z.string().optional(),
  employerName: z.string().optional(),
  jobTitle: z.string().optional(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

export const snoozedWorklistItemSchema = worklistItemSchema.extend({
  /** `id`: the snooze to lift (DELETE /api/worklist/snoozes/:id), when the input snoozes carried one. */
  snooze: z.object({ id: z.uuid().optional(), until: isoDate, reason: z.string() }),
});
export type SnoozedWorklistItem = z.infer<typeof snoozedWorklistItemSchema>;

/** Items about one employer; all others are about one person. */
export const employerWorklistRules: readonly WorklistRule[] = ["employer_next_step"];

/**
 * POST /api/worklist/snoozes (for the server to add): set an item aside for one person (or employer) until a
 * date, with a reason. The item comes back on `until`. Without `jobId` it covers every job of that rule.
 */
export const snoozeWorklistItemInput = z
  .object({
    rule: worklistRuleSchema,
    participantId: z.uuid().nullish(),
    employerId: z.uuid().nullish(),
    jobId: z.uuid().nullish(),
    until: isoDate,
    reason: shortText(500).min(1, { message: "required" }),
  })
  .superRefine((s, ctx) => {
    const forEmployer = employerWorklistRules.includes(s.rule);
    if (forEmployer && !s.employerId) ctx.addIssue({ code: "custom", path: ["employerId"], message: "required" });
    if (!forEmployer && !s.participantId) ctx.addIssue({ code: "custom", path: ["participantId"], message: "required" });
  });
export type SnoozeWorklistItemInput = z.infer<typeof snoozeWorklistItemInput>;

export const worklistSnoozeSchema = z.object({
  id: z.uuid(),
  rule: worklistRuleSchema,
  participantId: z.uuid().nullable(),
  employerId: z.uuid().nullable(),
  jobId: z.uuid().nullable(),
  until: isoDate,
  reason: z.string(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type WorklistSnooze = z.infer<typeof worklistSnoozeSchema>;

export const weeklyEmployerContactsSchema = z.object({
  weekStart: isoDate,
  weekEnd: isoDate,
  target: z.number().int(),
  rows: z.array(
    z.object({
      specialistId: z.uuid(),
      specialistName: z.string().optional(),
      faceToFace: z.number().int(),
      total: z.number().int(),
      target: z.number().int(),
      met: z.boolean(),
      /** Face-to-face contacts still needed this week to reach the target (0 when met). */
      missing: z.number().int(),
    }),
  ),
});
export type WeeklyEmployerContacts = z.infer<typeof weeklyEmployerContactsSchema>;

/**
 * GET /api/worklist. `mine` (default): the signed-in user's items. `team` (team lead): everyone's, or one
 * specialist's with `specialistId`.
 */
export const worklistQuery = z.object({
  scope: z.enum(["mine", "team"]).default("mine"),
  specialistId: z.uuid().optional(),
});
export type WorklistQuery = z.infer<typeof worklistQuery>;

export const worklistResponseSchema = z.object({
  /** The day the list was computed for (Europe/Paris). */
  date: isoDate,
  items: z.array(worklistItemSchema),
  snoozed: z.array(snoozedWorklistItemSchema),
  /** This week's face-to-face employer contacts against the target: the user's row, or the team's rows. */
  employerContacts: weeklyEmployerContactsSchema,
  settings: worklistSettingsSchema,
});
export type WorklistResponse = z.infer<typeof worklistResponseSchema>;
