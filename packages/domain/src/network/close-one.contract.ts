import { z } from "zod";
import { isoDate, longText, requiredName, versionField } from "../shared/primitives";

/**
 * Family and close ones (entourage): the people the participant chose to involve. Families are partners of the
 * accompaniment, but only as far as the person decides: what the team may tell each one comes from the person's
 * `family` consent record (consents table, scope "family"), never from the team's judgement.
 */
export const closeOneRelations = ["parent", "partner", "child", "sibling", "other_family", "friend", "neighbour", "other"] as const;
export const closeOneRelationSchema = z.enum(closeOneRelations);
export type CloseOneRelation = z.infer<typeof closeOneRelationSchema>;

/**
 * What the team may tell a close one, topic by topic, as the person agreed:
 * - `status`: where the person is in the accompaniment (engaged, looking for work, working, follow-along);
 * - `appointments`: the dates of their appointments with the team (to remind, to accompany);
 * - `job_search`: how the job search goes (applications, interviews), not the career profile itself;
 * - `job`: the employer and the work schedule of a job held;
 * - `follow_along`: how the job goes and the supports in place.
 * Anything else (health, income and benefits, notes) is never shared through this list.
 */
export const sharingTopics = ["status", "appointments", "job_search", "job", "follow_along"] as const;
export const sharingTopicSchema = z.enum(sharingTopics);
export type SharingTopic = z.infer<typeof sharingTopicSchema>;

const phone = z
  .string()
  .trim()
  .max(30)
  .refine((value) => value === "" || /^\+?[0-9 ().\-/]{6,30}$/.test(value), { message: "invalid_phone" });
const email = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === "" || z.email().safeParse(value).success, { message: "invalid_email" });
/** A list of topics without repeats, in the domain's order (so two saves of the same choice compare equal). */
const topics = z
  .array(sharingTopicSchema)
  .max(sharingTopics.length)
  .transform((list) => sharingTopics.filter((topic) => list.includes(topic)));

/** The family consent a close one's sharing rests on, as the team sees it today. */
export const closeOneConsentSchema = z.object({
  givenOn: isoDate,
  details: z.string(),
  /** False once the person withdrew it: the sharing is suspended, the choices are kept. */
  active: z.boolean(),
});
export type CloseOneConsent = z.infer<typeof closeOneConsentSchema>;

/**
 * Computed on every read: `active` (the topics in `mayShare` may be shared), `no_consent` (nothing may be shared),
 * `suspended` (the consent was withdrawn: nothing may be shared until a new family consent is linked).
 */
export const sharingStates = ["active", "no_consent", "suspended"] as const;
export const sharingStateSchema = z.enum(sharingStates);
export type SharingState = z.infer<typeof sharingStateSchema>;

export const closeOneSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  name: z.string(),
  relation: closeOneRelationSchema,
  phone: z.string(),
  email: z.string(),
  consentId: z.uuid().nullable(),
  consent: closeOneConsentSchema.nullable(),
  /** The topics the person agreed to share with this close one (kept as chosen, even while suspended). */
  mayShare: z.array(sharingTopicSchema),
  sharing: sharingStateSchema,
  /** What may be shared today: `mayShare` when the consent is active, nothing otherwise. */
  sharedNow: z.array(sharingTopicSchema),
  notes: z.string(),
  archived: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CloseOne = z.infer<typeof closeOneSchema>;

export const networkSchema = z.object({ items: z.array(closeOneSchema) });
export type Network = z.infer<typeof networkSchema>;

/** POST /api/participants/:id/network. Sharing needs a family consent of the person (checked by the server). */
export const createCloseOneInput = z.object({
  name: requiredName,
  relation: closeOneRelationSchema,
  phone: phone.default(""),
  email: email.default(""),
  consentId: z.uuid().nullish(),
  mayShare: topics.default([]),
  notes: longText(4000).default(""),
});
export type CreateCloseOneInput = z.input<typeof createCloseOneInput>;
export type CreateCloseOne = z.output<typeof createCloseOneInput>;

/** PATCH /api/participants/:id/network/:closeOneId: any field, with the version read; `archived` hides them. */
export const updateCloseOneInput = z.object({
  version: versionField,
  name: requiredName.optional(),
  relation: closeOneRelationSchema.optional(),
  phone: phone.optional(),
  email: email.optional(),
  consentId: z.uuid().nullish(),
  mayShare: topics.optional(),
  notes: longText(4000).optional(),
  archived: z.boolean().optional(),
});
export type UpdateCloseOneInput = z.input<typeof updateCloseOneInput>;
export type UpdateCloseOne = z.output<typeof updateCloseOneInput>;
