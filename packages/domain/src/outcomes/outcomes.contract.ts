import { z } from "zod";
import { closureReasons, participantStatusSchema } from "../participants/participant.contract";
import { jobEndReasons } from "../jobs/job.contract";
import { referralDeclineReasons, referralStatusSchema } from "../referrals/referral.contract";
import { isoDate } from "../shared/primitives";

/**
 * Outcomes of a program (or of one specialist's caseload, or of several programs) over a period. Every figure
 * carries the ids of the people or records behind it, so the screen can list them (DOMAIN.md, "Outcomes").
 */
const outcomesQueryFields = z.object({
  from: isoDate,
  to: isoDate,
  /** Absent: every program the user may read outcomes of. */
  programId: z.uuid().optional(),
  /** One specialist's caseload (people currently assigned to them, employer contacts they logged). */
  specialistId: z.uuid().optional(),
});
const periodInOrder = (q: { from: string; to: string }) => q.from <= q.to;
export const outcomesQuery = outcomesQueryFields.refine(periodInOrder, { path: ["to"], message: "period_end_before_start" });
export type OutcomesQuery = z.infer<typeof outcomesQuery>;

/** What the ids of a figure name: people, jobs, employer contacts, referrals or caseload episodes. */
export const outcomeRecordKinds = ["participant", "job", "employer_contact", "referral"] as const;
export const outcomeRecordKindSchema = z.enum(outcomeRecordKinds);
export type OutcomeRecordKind = z.infer<typeof outcomeRecordKindSchema>;

export const countFigureSchema = z.object({ count: z.number().int(), kind: outcomeRecordKindSchema, ids: z.array(z.uuid()) });
export type CountFigure = z.infer<typeof countFigureSchema>;

/** A rate: numerator people among denominator people (rate null when nobody is in the denominator). */
export const rateFigureSchema = z.object({
  rate: z.number().nullable(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  kind: outcomeRecordKindSchema,
  numeratorIds: z.array(z.uuid()),
  denominatorIds: z.array(z.uuid()),
});
export type RateFigure = z.infer<typeof rateFigureSchema>;

/** A median over n values (null when n is 0), with the records that gave the values. */
export const medianFigureSchema = z.object({ median: z.number().nullable(), n: z.number().int(), kind: outcomeRecordKindSchema, ids: z.array(z.uuid()) });
export type MedianFigure = z.infer<typeof medianFigureSchema>;

const breakdown = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.object({ reason: z.enum(values).or(z.literal("unknown")), count: z.number().int(), ids: z.array(z.uuid()) }));

/** The US benchmarks of the quarterly competitive employment rate, and the UK (IPS Grow 2024) one. */
export const employmentRateBenchmarks = { us: { minimal: 0.31, average: 0.41, excellent: 0.5 }, uk: 0.4 } as const;

export const quarterTrendSchema = z.object({
  quarter: z.string(),
  from: isoDate,
  to: isoDate,
  activeCaseload: z.number().int(),
  competitiveEmploymentRate: z.number().nullable(),
  ukEmploymentRate: z.number().nullable(),
  supportedIntoWork: z.number().int(),
  jobStarts: z.number().int(),
});
export type QuarterTrend = z.infer<typeof quarterTrendSchema>;

export const specialistContactRateSchema = z.object({
  specialistId: z.uuid(),
  name: z.string(),
  faceToFace: z.number().int(),
  perWeek: z.number(),
});

export const outcomesFiguresSchema = z.object({
  activeCaseload: countFigureSchema,
  competitiveEmploymentRate: rateFigureSchema,
  ukEmploymentRate: rateFigureSchema,
  supportedIntoWork: countFigureSchema,
  jobStarts: countFigureSchema,
  daysToFirstEmployerContact: medianFigureSchema,
  daysToFirstJob: medianFigureSchema,
  jobTenureDays: medianFigureSchema,
  retained90Days: rateFigureSchema,
  retained6Months: rateFigureSchema,
  hoursPerWeek: medianFigureSchema,
  hourlyWage: medianFigureSchema,
  jobEndings: countFigureSchema,
  jobEndingsByReason: breakdown(jobEndReasons),
  referralsReceived: countFigureSchema,
  referralsAccepted: countFigureSchema,
  referralsDeclined: countFigureSchema,
  referralsDeclinedByReason: breakdown(referralDeclineReasons),
  entries: countFigureSchema,
  closures: countFigureSchema,
  closuresByReason: breakdown(closureReasons),
  employerContactsFaceToFace: countFigureSchema,
  /** Face-to-face employer contacts per specialist per week (IPS target: 6 or more). */
  employerContactsPerSpecialistPerWeek: z.number().nullable(),
  employerContactsBySpecialist: z.array(specialistContactRateSchema),
});
export type OutcomesFigures = z.infer<typeof outcomesFiguresSchema>;

export const outcomesReportSchema = z.object({
  from: isoDate,
  to: isoDate,
  programIds: z.array(z.uuid()),
  specialistId: z.uuid().nullable(),
  figures: outcomesFiguresSchema,
  /** The 8 quarters ending with the one that holds `to`, oldest first. */
  trends: z.array(quarterTrendSchema),
});
export type OutcomesReport = z.infer<typeof outcomesReportSchema>;

export const outcomesExportQuery = outcomesQueryFields
  .extend({ format: z.enum(["csv", "xlsx"]) })
  .refine(periodInOrder, { path: ["to"], message: "period_end_before_start" });
export type OutcomesExportQuery = z.infer<typeof outcomesExportQuery>;

/** The key of one figure of the report (the drill-down names the figure whose records it lists). */
export const outcomeFigureKeySchema = outcomesFiguresSchema.keyof();
export type OutcomeFigureKey = z.infer<typeof outcomeFigureKeySchema>;

/**
 * The records behind one figure, for the list the dashboard opens: `part` picks the numerator or the denominator
 * of a rate (required for rates), `reason` one row of a ...ByReason breakdown (all its rows without it).
 */
export const outcomeRecordsQuery = outcomesQueryFields
  .extend({
    figure: outcomeFigureKeySchema,
    part: z.enum(["numerator", "denominator"]).optional(),
    reason: z.string().min(1).max(60).optional(),
  })
  .refine(periodInOrder, { path: ["to"], message: "period_end_before_start" });
export type OutcomeRecordsQuery = z.infer<typeof outcomeRecordsQuery>;

export const outcomePersonRowSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  specialistName: z.string().nullable(),
  status: participantStatusSchema,
});
export const outcomeJobRowSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  personName: z.string(),
  title: z.string(),
  employerName: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
});
export const outcomeEmployerContactRowSchema = z.object({
  id: z.uuid(),
  date: isoDate,
  employerId: z.uuid(),
  employerName: z.string(),
  authorName: z.string().nullable(),
  faceToFace: z.boolean(),
});
export const outcomeReferralRowSchema = z.object({
  id: z.uuid(),
  referredOn: isoDate,
  status: referralStatusSchema,
  declineReason: z.enum(referralDeclineReasons).nullable(),
  personName: z.string(),
});

/** The rows behind a figure: the list of its kind is filled, the other three are empty. */
export const outcomeRecordsSchema = z.object({
  figure: outcomeFigureKeySchema,
  part: z.enum(["numerator", "denominator"]).nullable(),
  reason: z.string().nullable(),
  kind: outcomeRecordKindSchema,
  count: z.number().int(),
  people: z.array(outcomePersonRowSchema),
  jobs: z.array(outcomeJobRowSchema),
  employerContacts: z.array(outcomeEmployerContactRowSchema),
  referrals: z.array(outcomeReferralRowSchema),
});
export type OutcomeRecordsList = z.infer<typeof outcomeRecordsSchema>;
