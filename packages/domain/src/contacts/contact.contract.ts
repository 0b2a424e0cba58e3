import { z } from "zod";
import { isoDate, longText } from "../shared/primitives";

export const contactModes = ["in_person", "phone", "video", "message"] as const;
export const contactPlaces = ["community", "office"] as const;
export const contactWith = ["participant", "family", "care_team", "employer", "other"] as const;
export const contactPhases = [
  "engagement",
  "career_profile",
  "job_search",
  "job_development",
  "follow_along",
  "benefits",
  "coordination",
  // A peer support session (pair-aidance), logged by the peer supporter.
  "peer_support",
] as const;

export type ContactPhase = (typeof contactPhases)[number];

export const contactSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  date: isoDate,
  durationMinutes: z.number().int(),
  mode: z.enum(contactModes),
  place: z.enum(contactPlaces).nullable(),
  withWhom: z.array(z.enum(contactWith)),
  phase: z.enum(contactPhases),
  notes: z.string(),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

/** Designed to be logged in seconds: only date, mode and phase matter; the rest has sensible defaults. */
export const createContactInput = z
  .object({
    date: isoDate,
    durationMinutes: z.number().int().min(0).max(24 * 60).default(30),
    mode: z.enum(contactModes),
    place: z.enum(contactPlaces).nullish(),
    withWhom: z.array(z.enum(contactWith)).min(1).max(contactWith.length).default(["participant"]),
    phase: z.enum(contactPhases),
    notes: longText(10_000).default(""),
  })
  .refine((c) => c.mode === "in_person" || c.place == null || c.place === "office" || c.place === "community", {
    message: "invalid_place",
    path: ["place"],
  });
export type CreateContactInput = z.infer<typeof createContactInput>;
