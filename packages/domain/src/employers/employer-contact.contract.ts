import { z } from "zod";
import { isoDate, listOf, longText, pageQuery, shortText, versionField } from "../shared/primitives";

/**
 * The job development log (IPS principle 6; fidelity items Sv6 "6+ face-to-face employer contacts per specialist
 * per week" and Sv7 "repeated planned visits to learn the employer's needs"). Every contact with an employer is one
 * quick entry; the weekly counts and the "next step due" reminders come from these entries alone.
 */

/**
 * - generic: learning the business (its work, its hiring needs), no one in particular in mind;
 * - for_participant: about one or more named people (presenting them, negotiating a job, following a placement);
 * - awareness_session: an employer awareness event (sensibilisation, business club, job dating), with attendees.
 */
export const employerContactKinds = ["generic", "for_participant", "awareness_session"] as const;
export const employerContactKindSchema = z.enum(employerContactKinds);
export type EmployerContactKind = z.infer<typeof employerContactKindSchema>;

/** Someone who attended an awareness session: a named person, from a registered employer when known. */
export const sessionAttendeeSchema = z.object({
  name: shortText(120).min(1, { message: "required" }),
  role: shortText(120).default(""),
  employerId: z.uuid().nullish(),
});

const contactFields = {
  date: isoDate,
  /** Face-to-face means met in person (a visit, a meeting, a session); a call or an email is not. */
  faceToFace: z.boolean(),
  kind: employerContactKindSchema,
  /** The people the contact was for (kind for_participant), at least one. */
  participantIds: z.array(z.uuid()).max(20).default([]),
  /** Who was met at the employer's (names of contact people). */
  peopleMet: z.array(shortText(120).min(1)).max(20).default([]),
  purpose: shortText(300).default(""),
  /** What was learned about the employer's hiring needs: jobs, periods, skills, conditions. */
  hiringNeeds: longText(4000).default(""),
  outcome: longText(4000).default(""),
  nextStep: shortText(300).default(""),
  nextStepDate: isoDate.nullish(),
  attendees: z.array(sessionAttendeeSchema).max(200).default([]),
};

type ContactShape = {
  kind: EmployerContactKind;
  participantIds?: string[];
  attendees?: unknown[];
  nextStep?: string;
  nextStepDate?: string | null;
  date?: string;
};

/** The shape rules shared by create and update (a rule per kind, and a next step that does not precede the contact). */
const checkContactShape = (c: ContactShape, ctx: z.RefinementCtx): void => {
  if (c.kind === "for_participant" && (c.participantIds ?? []).length === 0) {
    ctx.addIssue({ code: "custom", path: ["participantIds"], message: "participant_required" });
  }
  if (c.kind !== "for_participant" && (c.participantIds ?? []).length > 0) {
    ctx.addIssue({ code: "custom", path: ["participantIds"], message: "participants_only_for_participant_contact" });
  }
  if (c.kind !== "awareness_session" && (c.attendees ?? []).length > 0) {
    ctx.addIssue({ code: "custom", path: ["attendees"], message: "attendees_only_for_sessions" });
  }
  if (c.nextStepDate && c.date && c.nextStepDate < c.date) {
    ctx.addIssue({ code: "custom", path: ["nextStepDate"], message: "next_step_before_contact" });
  }
};

/** POST /api/employers/:id/contacts. The author (specialist) is the signed-in user. */
export const createEmployerContactInput = z.object(contactFields).superRefine(checkContactShape);
export type CreateEmployerContactInput = z.input<typeof createEmployerContactInput>;
export type CreateEmployerContact = z.output<typeof createEmployerContactInput>;

/**
 * A correction, or marking the next step done (`nextStepDoneOn`). `kind` is required when the participants or
 * attendees change, so the shape rules can be checked on the patch alone.
 */
export const updateEmployerContactInput = z
  .object({
    version: versionField,
    date: isoDate.optional(),
    faceToFace: z.boolean().optional(),
    kind: employerContactKindSchema.optional(),
    participantIds: z.array(z.uuid()).max(20).optional(),
    peopleMet: z.array(shortText(120).min(1)).max(20).optional(),
    purpose: shortText(300).optional(),
    hiringNeeds: longText(4000).optional(),
    outcome: longText(4000).optional(),
    nextStep: shortText(300).optional(),
    nextStepDate: isoDate.nullish(),
    nextStepDoneOn: isoDate.nullish(),
    attendees: z.array(sessionAttendeeSchema).max(200).optional(),
  })
  .superRefine((c, ctx) => {
    if ((c.participantIds !== undefined || c.attendees !== undefined) && c.kind === undefined) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "required" });
      return;
    }
    if (c.kind) checkContactShape({ ...c, kind: c.kind }, ctx);
  });
export type UpdateEmployerContactInput = z.infer<typeof updateEmployerContactInput>;

export const employerContactSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  employerId: z.uuid(),
  date: isoDate,
  faceToFace: z.boolean(),
  kind: employerContactKindSchema,
  participantIds: z.array(z.uuid()),
  /** Display names of `participantIds` the reader may see (others are omitted by the access policy). */
  participants: z.array(z.object({ id: z.uuid(), name: z.string() })),
  peopleMet: z.array(z.string()),
  purpose: z.string(),
  hiringNeeds: z.string(),
  outcome: z.string(),
  nextStep: z.string(),
  nextStepDate: isoDate.nullable(),
  nextStepDoneOn: isoDate.nullable(),
  attendees: z.array(z.object({ name: z.string(), role: z.string(), employerId: z.uuid().nullable().optional() })),
  specialistId: z.uuid().nullable(),
  specialistName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type EmployerContact = z.infer<typeof employerContactSchema>;

/** GET /api/employers/:id/contacts, newest first. */
export const listEmployerContactsQuery = z.object({ ...pageQuery });
export const employerContactListSchema = listOf(employerContactSchema);
