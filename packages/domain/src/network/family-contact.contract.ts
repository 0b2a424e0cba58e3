import { z } from "zod";
import { contactModes } from "../contacts/contact.contract";
import { isoDate, longText } from "../shared/primitives";

/** A contact with one or more close ones, or a family meeting (the team, the person if they wish, their close ones). */
export const familyContactKinds = ["contact", "family_meeting"] as const;
export const familyContactKindSchema = z.enum(familyContactKinds);
export type FamilyContactKind = z.infer<typeof familyContactKindSchema>;

export const familyContactSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  kind: familyContactKindSchema,
  date: isoDate,
  mode: z.enum(contactModes),
  /** The close ones who took part (the person's own entourage: checked by the server). */
  closeOneIds: z.array(z.uuid()),
  /** Whether the person was there: a family meeting without them is the exception, and worth knowing. */
  participantPresent: z.boolean(),
  notes: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type FamilyContact = z.infer<typeof familyContactSchema>;

export const familyContactListSchema = z.object({ items: z.array(familyContactSchema) });

/** POST /api/participants/:id/family-contacts. */
export const createFamilyContactInput = z.object({
  kind: familyContactKindSchema,
  date: isoDate,
  mode: z.enum(contactModes),
  closeOneIds: z
    .array(z.uuid())
    .min(1, { message: "close_one_required" })
    .max(20)
    .transform((ids) => [...new Set(ids)]),
  participantPresent: z.boolean().default(true),
  notes: longText(10_000).default(""),
});
export type CreateFamilyContactInput = z.input<typeof createFamilyContactInput>;
export type CreateFamilyContact = z.output<typeof createFamilyContactInput>;
