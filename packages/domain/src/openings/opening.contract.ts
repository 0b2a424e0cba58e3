import { z } from "zod";
import { scheduleOptions } from "../career-profile/profile.contract";
import { workEnvironmentTagSchema } from "../matching/environment";
import { occupationCodeSchema, occupationFilterSchema } from "../occupations/occupations";
import { isoDate, listOf, longText, pageQuery, shortText, versionField } from "../shared/primitives";
import { inseeCodeSchema, workPlaceSchema } from "./place.contract";

/** A job opening the team knows of: found through job development, sent by an employer or the public service. */

export const openingStatuses = ["open", "filled", "closed"] as const;
export const openingStatusSchema = z.enum(openingStatuses);
export type OpeningStatus = z.infer<typeof openingStatusSchema>;

/**
 * Where the team heard of it. `job_development` (learned during an employer contact) is the one IPS cares about
 * most: openings found by knowing employers rather than by reading ads (principle 6).
 */
export const openingSources = [
  "job_development",
  "employer_request",
  "public_employment_service",
  "job_board",
  "network",
  "participant",
  "other",
] as const;
export const openingSourceSchema = z.enum(openingSources);
export type OpeningSource = z.infer<typeof openingSourceSchema>;

const openingFields = {
  employerId: z.uuid(),
  title: shortText(160).min(1, { message: "required" }),
  occupationCode: occupationCodeSchema.nullish(),
  /** Hours per week as offered (17.5 is common); null when the employer has not said. */
  hoursPerWeek: z.number().min(1).max(60).nullish(),
  /** The same slots as the career profile's schedule preferences, so the two compare directly. */
  schedule: z.array(z.enum(scheduleOptions)).max(scheduleOptions.length).default([]),
  place: workPlaceSchema.nullish(),
  /** What the workplace is like, in the same words as the matching criterion (quiet, outdoors, team...). */
  environment: z.array(workEnvironmentTagSchema).max(20).default([]),
  requirements: longText(4000).default(""),
  description: longText(4000).default(""),
  source: openingSourceSchema,
  /** The employer contact during which it was learned, when it came from job development. */
  employerContactId: z.uuid().nullish(),
  postedOn: isoDate.nullish(),
  closesOn: isoDate.nullish(),
};

/** POST /api/openings. New openings are open. */
export const createOpeningInput = z.object({ programId: z.uuid().optional(), ...openingFields });
export type CreateOpeningInput = z.input<typeof createOpeningInput>;

/** PATCH /api/openings/:id (for the server to add): a status change, or corrections. */
export const updateOpeningInput = z.object({
  version: versionField,
  title: shortText(160).min(1, { message: "required" }).optional(),
  occupationCode: occupationCodeSchema.nullish(),
  hoursPerWeek: z.number().min(1).max(60).nullish(),
  schedule: z.array(z.enum(scheduleOptions)).max(scheduleOptions.length).optional(),
  place: workPlaceSchema.nullish(),
  environment: z.array(workEnvironmentTagSchema).max(20).optional(),
  requirements: longText(4000).optional(),
  description: longText(4000).optional(),
  source: openingSourceSchema.optional(),
  status: openingStatusSchema.optional(),
  closesOn: isoDate.nullish(),
});
export type UpdateOpeningInput = z.infer<typeof updateOpeningInput>;

export const openingSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  employerId: z.uuid(),
  employerName: z.string(),
  title: z.string(),
  occupationCode: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  schedule: z.array(z.enum(scheduleOptions)),
  place: workPlaceSchema.nullable(),
  environment: z.array(workEnvironmentTagSchema),
  requirements: z.string(),
  description: z.string(),
  status: openingStatusSchema,
  source: openingSourceSchema,
  employerContactId: z.uuid().nullable(),
  postedOn: isoDate.nullable(),
  closesOn: isoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Opening = z.infer<typeof openingSchema>;

/** GET /api/openings. Open ones by default: the list is a working tool, not an archive. */
export const listOpeningsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.union([openingStatusSchema, z.literal("all")]).default("open"),
  employerId: z.uuid().optional(),
  /** A domaine professionnel ("G18") or a grand domaine ("G"). */
  occupation: occupationFilterSchema.optional(),
  inseeCode: inseeCodeSchema.optional(),
  source: openingSourceSchema.optional(),
  ...pageQuery,
});
export type ListOpeningsQuery = z.infer<typeof listOpeningsQuery>;
export const openingListSchema = listOf(openingSchema);
