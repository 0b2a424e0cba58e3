import { z } from "zod";
import { employerSettingSchema } from "../employers/employer.contract";
import { occupationCodeSchema } from "../occupations/occupations";
import { participantStatusSchema } from "../participants/participant.contract";
import { isoDate, listOf, longText, shortText, versionField } from "../shared/primitives";

/**
 * Jobs: employment episodes of a participant (IPS principles 3 and 7). A person may hold several at once (two
 * part-time jobs), so episodes may overlap; each has its own follow-along plan.
 */

/**
 * French contract types, as people name them. ESAT and entreprise adaptée are settings rather than contracts,
 * but teams record them here (an ESAT worker has a "contrat de soutien et d'aide par le travail", not an
 * employment contract), and they are what makes a job non-competitive.
 */
export const jobContracts = ["cdi", "cdd", "interim", "apprentissage", "contrat_aide", "independant", "esat", "entreprise_adaptee"] as const;
export const jobContractSchema = z.enum(jobContracts);
export type JobContract = z.infer<typeof jobContractSchema>;

export const jobEndReasons = ["resigned", "dismissed", "end_of_contract", "laid_off", "other"] as const;
export const jobEndReasonSchema = z.enum(jobEndReasons);
export type JobEndReason = z.infer<typeof jobEndReasonSchema>;

/** Who ended it: for learning from job endings (IPS: every ending is a step, not a failure). */
export const jobEndedByValues = ["person", "employer", "mutual"] as const;
export const jobEndedBySchema = z.enum(jobEndedByValues);
export type JobEndedBy = z.infer<typeof jobEndedBySchema>;

/** What the employer was told (principle 8: the person decides). Mirrors the career profile's disclosure preference. */
export const disclosureLevels = ["none", "partial", "full"] as const;
export const jobDisclosureSchema = z.object({
  level: z.enum(disclosureLevels).default("none"),
  /** What exactly was said, to whom, in the person's words. */
  details: longText(2000).default(""),
  disclosedOn: isoDate.nullish(),
});

/**
 * The team's decision when the derived competitiveness is wrong (a job paid the usual rate of a trade whose
 * minimum is set by a collective agreement; a job reserved for disabled workers in an ordinary company...).
 */
export const competitiveOverrideSchema = z.object({
  competitive: z.boolean(),
  reason: shortText(500).min(1, { message: "required" }),
});
export type CompetitiveOverride = z.infer<typeof competitiveOverrideSchema>;

const hours = z.number().min(0).max(60);
/** Hourly gross wage in euros (SMIC horaire brut is about 12 EUR); bounded to catch a monthly wage typed here. */
const hourlyWage = z.number().min(0).max(200);

const jobFields = {
  employerId: z.uuid().nullish(),
  /** Free text when the employer is not in the register (the person found the job alone). */
  employerName: shortText(160).default(""),
  openingId: z.uuid().nullish(),
  applicationId: z.uuid().nullish(),
  title: shortText(160).min(1, { message: "required" }),
  occupationCode: occupationCodeSchema.nullish(),
  startDate: isoDate,
  /** The term of a fixed-term contract, when known. Not an ending: the job ends when `endDate` is recorded. */
  plannedEndDate: isoDate.nullish(),
  hoursPerWeek: hours.nullish(),
  hourlyGrossWage: hourlyWage.nullish(),
  contract: jobContractSchema,
  competitiveOverride: competitiveOverrideSchema.nullish(),
  disclosure: jobDisclosureSchema.default({ level: "none", details: "" }),
  endDate: isoDate.nullish(),
  endReason: jobEndReasonSchema.nullish(),
  endedBy: jobEndedBySchema.nullish(),
  endNote: longText(2000).default(""),
};

type JobDates = {
  employerId?: string | null;
  employerName?: string;
  startDate?: string;
  plannedEndDate?: string | null;
  endDate?: string | null;
  endReason?: string | null;
  endedBy?: string | null;
};

type Issue = { path: string; message: string };

/** An ending is one act: the date, the reason and who ended it come together; no date precedes the start. */
const endingIssues = (j: JobDates): Issue[] => {
  const issues: Issue[] = [];
  if (j.endDate) {
    if (!j.endReason) issues.push({ path: "endReason", message: "required" });
    if (!j.endedBy) issues.push({ path: "endedBy", message: "required" });
    if (j.startDate && j.endDate < j.startDate) issues.push({ path: "endDate", message: "end_before_start" });
  } else if (j.endDate !== undefined && (j.endReason || j.endedBy)) {
    issues.push({ path: "endDate", message: "required" });
  }
  if (j.plannedEndDate && j.startDate && j.plannedEndDate < j.startDate) issues.push({ path: "plannedEndDate", message: "end_before_start" });
  return issues;
};

const addIssues = (issues: Issue[], ctx: z.RefinementCtx): void => {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
};

/** POST /api/participants/:id/jobs. A past job can be recorded already ended (job history kept in the app). */
export const createJobInput = z.object(jobFields).superRefine((j, ctx) => addIssues(checkJob(j), ctx));
export type CreateJobInput = z.input<typeof createJobInput>;
export type CreateJob = z.output<typeof createJobInput>;

/**
 * PATCH /api/jobs/:id: corrections, or ending the job (`endDate` + `endReason` + `endedBy` together). Sending
 * `endDate: null` re-opens an ending recorded by mistake (the server clears reason and author). Date checks that
 * need the stored record (an end before a stored start) are the server's, with `checkJob` on the merged record.
 */
export const updateJobInput = z
  .object({
    version: versionField,
    employerId: z.uuid().nullish(),
    employerName: shortText(160).optional(),
    title: shortText(160).min(1, { message: "required" }).optional(),
    occupationCode: occupationCodeSchema.nullish(),
    startDate: isoDate.optional(),
    plannedEndDate: isoDate.nullish(),
    hoursPerWeek: hours.nullish(),
    hourlyGrossWage: hourlyWage.nullish(),
    contract: jobContractSchema.optional(),
    competitiveOverride: competitiveOverrideSchema.nullish(),
    disclosure: jobDisclosureSchema.optional(),
    endDate: isoDate.nullish(),
    endReason: jobEndReasonSchema.nullish(),
    endedBy: jobEndedBySchema.nullish(),
    endNote: longText(2000).optional(),
  })
  .superRefine((j, ctx) => addIssues(endingIssues(j), ctx));
export type UpdateJobInput = z.infer<typeof updateJobInput>;

/** The rules on a whole record, as field errors: the create contract's, and the server's after applying a patch. */
export const checkJob = (job: JobDates): Issue[] => {
  const issues = job.employerId || job.employerName ? [] : [{ path: "employerName", message: "required" }];
  return issues.concat(endingIssues(job));
};

export const competitivenessReasons = [
  "ordinary_employer",
  "not_ordinary_employer",
  "at_least_minimum_wage",
  "below_minimum_wage",
  "wage_unknown",
] as const;
export const competitivenessSchema = z.object({
  /** What counts in outcomes: the override when there is one, else the derived value (unknown counts as no). */
  competitive: z.boolean(),
  derived: z.enum(["competitive", "not_competitive", "unknown"]),
  reasons: z.array(z.enum(competitivenessReasons)),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  /** The SMIC horaire brut the wage was compared with (the one in force at the job's start). */
  minimumWage: z.number().nullable(),
});
export type Competitiveness = z.infer<typeof competitivenessSchema>;

export const jobSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  participantId: z.uuid(),
  employerId: z.uuid().nullable(),
  employerName: z.string(),
  /** The registered employer's setting, when the employer is in the register. */
  employerSetting: employerSettingSchema.nullable(),
  openingId: z.uuid().nullable(),
  applicationId: z.uuid().nullable(),
  title: z.string(),
  occupationCode: z.string().nullable(),
  startDate: isoDate,
  plannedEndDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
  hourlyGrossWage: z.number().nullable(),
  contract: jobContractSchema,
  competitiveOverride: competitiveOverrideSchema.nullable(),
  competitiveness: competitivenessSchema,
  disclosure: z.object({ level: z.enum(disclosureLevels), details: z.string(), disclosedOn: isoDate.nullable().optional() }),
  endReason: jobEndReasonSchema.nullable(),
  endedBy: jobEndedBySchema.nullable(),
  endNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Job = z.infer<typeof jobSchema>;

/** GET /api/participants/:id/jobs: every episode, the most recent start first. */
export const jobListSchema = listOf(jobSchema);

/**
 * What a job write did to the person's journey: starting a job moves the person to "working"; ending one
 * proposes a new job search (the web asks), never a closure.
 */
export const jobWriteResultSchema = z.object({
  job: jobSchema,
  statusChange: z.object({ from: participantStatusSchema, to: participantStatusSchema }).nullable(),
  proposal: z.object({ status: z.literal("job_search"), reason: z.literal("job_ended") }).nullable(),
  /** Hours or pay changed: benefits counselling is due again (IPS principle 4). */
  benefitsReview: z.array(z.enum(["job_start", "hours_change", "pay_change"])),
});
export type JobWriteResult = z.infer<typeof jobWriteResultSchema>;
