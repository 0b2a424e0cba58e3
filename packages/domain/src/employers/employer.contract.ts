import { z } from "zod";
import { workPlaceSchema } from "../openings/place.contract";
import { isoDate, listOf, longText, pageQuery, requiredName, shortText, versionField } from "../shared/primitives";
import { isValidNafCode, isValidSiret } from "./identifiers";

/**
 * The employer relationship register (IPS principle 6, systematic job development): one per program, shared by
 * the team, so that two specialists do not court the same employer without knowing it.
 */

/** How far the relationship has gone. Not a funnel to push employers through: a partner may never hire. */
export const employerStages = ["prospect", "in_contact", "partner", "hiring"] as const;
export const employerStageSchema = z.enum(employerStages);
export type EmployerStage = z.infer<typeof employerStageSchema>;

/**
 * Headcount bands. The 20 boundary is the French employment obligation for disabled workers (OETH, 6% of staff
 * from 20 employees), a fact that opens many employer conversations; 50 and 250 are the SME thresholds.
 */
export const employerSizes = ["none", "1_9", "10_19", "20_49", "50_249", "250_plus"] as const;
export const employerSizeSchema = z.enum(employerSizes);
export type EmployerSize = z.infer<typeof employerSizeSchema>;

/**
 * The employer's setting. ESAT (sheltered work: the person is a service user, not an employee) and entreprise
 * adaptée (ordinary market, mostly disabled staff) are not ordinary employers: jobs there are not competitive
 * (IPS principle 3), though they are recorded like any other.
 */
export const employerSettings = ["ordinary", "entreprise_adaptee", "esat"] as const;
export const employerSettingSchema = z.enum(employerSettings);
export type EmployerSetting = z.infer<typeof employerSettingSchema>;

/** The head-count band of a number of staff. */
export const sizeBandOf = (headcount: number): EmployerSize =>
  headcount <= 0 ? "none" : headcount < 10 ? "1_9" : headcount < 20 ? "10_19" : headcount < 50 ? "20_49" : headcount < 250 ? "50_249" : "250_plus";

export const siretSchema = z.string().refine(isValidSiret, { message: "invalid_siret" });
export const nafCodeSchema = z.string().refine(isValidNafCode, { message: "invalid_naf_code" });

const phone = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[0-9 ().\-/]{6,30}$/, { message: "invalid_phone" });
const email = z.string().trim().max(254).pipe(z.email({ message: "invalid_email" }));

/** A person met at the employer's: the manager, the HR officer, the supervisor who will train the new hire. */
export const employerContactPersonSchema = z.object({
  name: requiredName,
  role: shortText(120).default(""),
  phone: phone.nullish(),
  email: email.nullish(),
});
export type EmployerContactPerson = z.infer<typeof employerContactPersonSchema>;

const employerFields = {
  name: requiredName,
  siret: siretSchema.nullish(),
  nafCode: nafCodeSchema.nullish(),
  setting: employerSettingSchema.default("ordinary"),
  /** Street line(s); the town is `place`. */
  address: shortText(300).nullish(),
  place: workPlaceSchema.nullish(),
  size: employerSizeSchema.nullish(),
  stage: employerStageSchema.default("prospect"),
  contactPeople: z.array(employerContactPersonSchema).max(30).default([]),
  notes: longText(10_000).default(""),
  /** The specialists who know this employer; the author of a new record is added by the server. */
  specialistIds: z.array(z.uuid()).max(50).default([]),
};

/** POST /api/employers. Only the name is required: a prospect noted from the street is worth a record. */
export const createEmployerInput = z.object({ programId: z.uuid().optional(), ...employerFields });
export type CreateEmployerInput = z.input<typeof createEmployerInput>;
export type CreateEmployer = z.output<typeof createEmployerInput>;

/** PATCH /api/employers/:id: the fields sent replace the stored ones; `version` is the one read (409 when stale). */
export const updateEmployerInput = z.object({
  version: versionField,
  name: requiredName.optional(),
  siret: siretSchema.nullish(),
  nafCode: nafCodeSchema.nullish(),
  setting: employerSettingSchema.optional(),
  address: shortText(300).nullish(),
  place: workPlaceSchema.nullish(),
  size: employerSizeSchema.nullish(),
  stage: employerStageSchema.optional(),
  contactPeople: z.array(employerContactPersonSchema).max(30).optional(),
  notes: longText(10_000).optional(),
  specialistIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateEmployerInput = z.infer<typeof updateEmployerInput>;

export const employerSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  name: z.string(),
  siret: z.string().nullable(),
  nafCode: z.string().nullable(),
  setting: employerSettingSchema,
  address: z.string().nullable(),
  place: workPlaceSchema.nullable(),
  size: employerSizeSchema.nullable(),
  stage: employerStageSchema,
  contactPeople: z.array(
    z.object({ name: z.string(), role: z.string(), phone: z.string().nullable().optional(), email: z.string().nullable().optional() }),
  ),
  notes: z.string(),
  specialistIds: z.array(z.uuid()),
  specialists: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Kept by the employer-contact use case (like `participants.last_contact_date`) so lists never scan the log. */
  lastContactDate: isoDate.nullable(),
  /** The earliest open next step of the team with this employer, if any. */
  nextStepDate: isoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Employer = z.infer<typeof employerSchema>;

/**
 * An employer as a list or a picker shows it (`GET /api/employers?view=summary`): name, stage, town, dates. Not the
 * contact people's phones and emails, nor the notes, which only the record shows: a search box types a few letters
 * and gets a page of lines, a quarter of the bytes of whole records for the server and the database to write.
 */
export const employerSummarySchema = employerSchema.pick({
  id: true,
  programId: true,
  name: true,
  setting: true,
  place: true,
  stage: true,
  lastContactDate: true,
  nextStepDate: true,
});
export type EmployerSummary = z.infer<typeof employerSummarySchema>;

/** GET /api/employers. `sector` is a NAF division ("56") or a full code ("56.10A"). */
export const listEmployersQuery = z.object({
  q: z.string().trim().max(100).optional(),
  stage: employerStageSchema.optional(),
  specialistId: z.uuid().optional(),
  sector: z
    .string()
    .regex(/^[0-9]{2}(\.[0-9]{2}[A-Z])?$/, { message: "invalid_naf_code" })
    .optional(),
  setting: employerSettingSchema.optional(),
  /** INSEE department code ("69", "2A", "971"), for employers whose place is a French commune. */
  department: z
    .string()
    .regex(/^([0-9]{2}|2A|2B|9[78][0-9])$/, { message: "invalid_department" })
    .optional(),
  /** Only employers with a next step due on or before this date: "who must I call back". */
  nextStepDueBy: isoDate.optional(),
  sort: z.enum(["name", "last_contact", "next_step"]).default("name"),
  /** `full` (the default): whole records, as `GET /api/employers/:id` has them; `summary`: the lines of a list. */
  view: z.enum(["full", "summary"]).default("full"),
  ...pageQuery,
});
export type ListEmployersQuery = z.infer<typeof listEmployersQuery>;
export const employerListSchema = listOf(employerSchema);
export const employerSummaryListSchema = listOf(employerSummarySchema);

/** A colleague's recent contact with the same employer: "Marie saw them on 3 March" on the contact form. */
export const recentEmployerContactByOtherSchema = z.object({
  specialistId: z.uuid(),
  specialistName: z.string().nullable(),
  lastDate: isoDate,
  count: z.number().int(),
  faceToFace: z.boolean(),
});
export type RecentEmployerContactByOther = z.infer<typeof recentEmployerContactByOtherSchema>;

/** GET /api/employers/:id: the record, and what colleagues did with this employer lately (for the signed-in user). */
export const employerDetailSchema = employerSchema.extend({
  recentContactsByOthers: z.array(recentEmployerContactByOtherSchema),
});
export type EmployerDetail = z.infer<typeof employerDetailSchema>;
