import { z } from "zod";
import { isoDate, listOf, longText, pageQuery, requiredName, shortText, versionField } from "../shared/primitives";

/**
 * Referrals (orientations) from the care team. Zero exclusion (IPS principle 1, fidelity item O6): a referral
 * becomes a caseload entry, unless the person does not want employment support now, or cannot be reached after
 * outreach. No other way out exists, so no other decline reason exists.
 */
export const referralStatuses = ["pending", "accepted", "declined"] as const;
export const referralStatusSchema = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

/** The only two reasons a referral may be declined, each recorded with its date. */
export const referralDeclineReasons = ["not_wanting_support_now", "unreachable_after_outreach"] as const;
export const referralDeclineReasonSchema = z.enum(referralDeclineReasons);
export type ReferralDeclineReason = z.infer<typeof referralDeclineReasonSchema>;

/** How the team tried to reach the person (assertive outreach, fidelity item Sv14). */
export const outreachModes = ["phone", "message", "letter", "visit", "via_care_team"] as const;
export const outreachModeSchema = z.enum(outreachModes);
export type OutreachMode = z.infer<typeof outreachModeSchema>;

export const outreachAttemptSchema = z.object({
  date: isoDate,
  mode: outreachModeSchema,
  note: z.string(),
  byName: z.string().nullable(),
});
export type OutreachAttempt = z.infer<typeof outreachAttemptSchema>;

/** What the referrer sees of their referral: what they sent, and where it stands. Nothing of the caseload. */
export const referrerViewSchema = z.object({
  view: z.literal("referrer"),
  id: z.uuid(),
  programId: z.uuid(),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  referrerName: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  email: z.string(),
  reason: z.string(),
  wishInOwnWords: z.string(),
  consentToShare: z.boolean(),
  consentDate: isoDate.nullable(),
  referredOn: isoDate,
  status: referralStatusSchema,
  decidedOn: isoDate.nullable(),
  declineReason: referralDeclineReasonSchema.nullable(),
  specialistName: z.string().nullable(),
  /** The new person's record: it opens for the referrer only with care-team consent and their service. */
  participantId: z.uuid().nullable(),
});
export type ReferrerView = z.infer<typeof referrerViewSchema>;

/** The whole referral, for the employment team: outreach log, decision note, who decided, version. */
export const referralSchema = referrerViewSchema.extend({
  view: z.literal("team"),
  referrerId: z.uuid().nullable(),
  specialistId: z.uuid().nullable(),
  outreach: z.array(outreachAttemptSchema),
  decidedByName: z.string().nullable(),
  decisionNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;

/** GET /api/referrals/:id and each list item: the team's view or the referrer's, by the reader's role. */
export const referralViewSchema = z.discriminatedUnion("view", [referralSchema, referrerViewSchema]);
export type ReferralView = z.infer<typeof referralViewSchema>;
export const referralListSchema = listOf(referralViewSchema);

export const listReferralsQuery = z.object({
  programId: z.uuid().optional(),
  status: referralStatusSchema.optional(),
  ...pageQuery,
});
export type ListReferralsQuery = z.infer<typeof listReferralsQuery>;

const email = z.union([z.literal(""), z.string().trim().max(254).pipe(z.email({ message: "invalid_email" }))]);

/**
 * POST /api/referrals. Zero exclusion: a name, a date and the person's consent to the referral are all it takes;
 * no diagnosis, readiness or history field exists. A clinician's own service is recorded; a team lead sending on
 * a clinician's behalf may name the service from the register.
 */
export const createReferralInput = z
  .object({
    programId: z.uuid().optional(),
    serviceId: z.uuid().nullish(),
    firstName: requiredName,
    lastName: requiredName,
    phone: shortText(40).default(""),
    email: email.default(""),
    reason: longText(2000).default(""),
    /** The person's wish to work, in their own words. */
    wishInOwnWords: longText(2000).default(""),
    consentToShare: z.boolean().default(false),
    consentDate: isoDate.nullish(),
    referredOn: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.consentToShare && !v.consentDate) ctx.addIssue({ code: "custom", path: ["consentDate"], message: "required" });
  });
export type CreateReferralInput = z.input<typeof createReferralInput>;
export type CreateReferral = z.output<typeof createReferralInput>;

/**
 * PATCH /api/referrals/:id. The decline reason is any string here on purpose: the decision rule refuses every
 * value but the two allowed ones with a 422 that names them, instead of a generic "invalid value".
 */
export const decideReferralInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), version: versionField, specialistId: z.uuid() }),
  z.object({ action: z.literal("decline"), version: versionField, reason: shortText(100), date: isoDate, note: longText(2000).default("") }),
]);
export type DecideReferralInput = z.input<typeof decideReferralInput>;
export type DecideReferral = z.output<typeof decideReferralInput>;

/** POST /api/referrals/:id/outreach: one attempt to reach the person, by the signed-in team member. */
export const logOutreachInput = z.object({ date: isoDate, mode: outreachModeSchema, note: longText(1000).default("") });
export type LogOutreachInput = z.input<typeof logOutreachInput>;
export type LogOutreach = z.output<typeof logOutreachInput>;
