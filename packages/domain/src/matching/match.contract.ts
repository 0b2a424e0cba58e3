import { z } from "zod";
import { scheduleOptions } from "../career-profile/profile.contract";
import { participantStatusSchema } from "../participants/participant.contract";
import { openingSchema } from "../openings/opening.contract";
import { workEnvironmentTagSchema } from "./environment";

/**
 * An explained match between a person's preferences and an opening. Preferences lead, the specialist decides:
 * every criterion says whether it agrees, differs or is unknown (the person did not say, or the opening does not),
 * and why. An unknown criterion never lowers a score.
 */

export const matchCriteria = ["job_type", "place", "hours", "schedule", "environment"] as const;
export const matchCriterionSchema = z.enum(matchCriteria);
export type MatchCriterion = z.infer<typeof matchCriterionSchema>;

export const matchVerdicts = ["agrees", "differs", "unknown"] as const;
export const matchVerdictSchema = z.enum(matchVerdicts);
export type MatchVerdict = z.infer<typeof matchVerdictSchema>;

/** What is missing when a criterion is unknown: the person's preference, the opening's information, or both. */
export const matchMissingSchema = z.enum(["preference", "opening", "both"]).nullable();
export type MatchMissing = z.infer<typeof matchMissingSchema>;

/**
 * How the opening's place relates to the person's places: agreeing levels (same commune or town, same EPCI, same
 * department, within the travel distance) and differing ones (beyond the distance, another department). A town
 * abroad with another name and no coordinates is `other_town`, unknown: we cannot tell how far it is.
 */
export const placeLevels = [
  "same_commune",
  "same_town",
  "same_epci",
  "same_department",
  "within_distance",
  "beyond_distance",
  "other_department",
  "other_town",
] as const;
export const placeLevelSchema = z.enum(placeLevels);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

const base = {
  verdict: matchVerdictSchema,
  /** 0..1: how fully an agreeing criterion agrees (a commune nearby fits less than the same commune); 0 otherwise. */
  fit: z.number().min(0).max(1),
  missing: matchMissingSchema,
};

export const matchReasonSchema = z.discriminatedUnion("criterion", [
  z.object({
    criterion: z.literal("job_type"),
    ...base,
    detail: z.object({ preferred: z.array(z.string()), matched: z.array(z.string()), occupationCode: z.string().nullable() }),
  }),
  z.object({
    criterion: z.literal("place"),
    ...base,
    detail: z.object({
      level: placeLevelSchema.nullable(),
      /** The person's place the opening was compared with (name as the person gave it). */
      nearestPlace: z.string().nullable(),
      /** Straight-line distance between commune centres, km, one decimal. */
      distanceKm: z.number().nullable(),
      /** Estimated travel distance (straight line x detour factor) and the person's limit, km. */
      travelKm: z.number().nullable(),
      maxKm: z.number().nullable(),
    }),
  }),
  z.object({
    criterion: z.literal("hours"),
    ...base,
    detail: z.object({ preferredMin: z.number().nullable(), preferredMax: z.number().nullable(), offered: z.number().nullable() }),
  }),
  z.object({
    criterion: z.literal("schedule"),
    ...base,
    detail: z.object({
      preferred: z.array(z.enum(scheduleOptions)),
      offered: z.array(z.enum(scheduleOptions)),
      /** Offered slots the person did not choose. */
      outside: z.array(z.enum(scheduleOptions)),
    }),
  }),
  z.object({
    criterion: z.literal("environment"),
    ...base,
    detail: z.object({
      preferred: z.array(workEnvironmentTagSchema),
      avoided: z.array(workEnvironmentTagSchema),
      offered: z.array(workEnvironmentTagSchema),
      agreeing: z.array(workEnvironmentTagSchema),
      conflicting: z.array(workEnvironmentTagSchema),
    }),
  }),
]);
export type MatchReason = z.infer<typeof matchReasonSchema>;

export const matchSchema = z.object({
  /** 0..100: the share of the known criteria's weight that agrees (weighted by fit). */
  score: z.number().int().min(0).max(100),
  /** 0..100: the share of the criteria's weight that is known on both sides; low coverage = ask more. */
  coverage: z.number().int().min(0).max(100),
  reasons: z.array(matchReasonSchema),
});
export type Match = z.infer<typeof matchSchema>;

/** GET /api/participants/:id/matches and GET /api/openings/:id/matches. */
export const matchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  minScore: z.coerce.number().int().min(0).max(100).default(0),
});
export type MatchesQuery = z.infer<typeof matchesQuery>;

/** GET /api/openings/:id/matches: `mine=true` keeps the people the reader is the specialist of. */
export const openingMatchesQuery = matchesQuery.extend({
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type OpeningMatchesQuery = z.infer<typeof openingMatchesQuery>;

/** GET /api/participants/:id/matches: open openings ranked for one person. */
export const participantMatchesSchema = z.object({
  items: z.array(matchSchema.extend({ opening: openingSchema })),
  /** The career profile version the preferences were read from (0: no profile yet, every criterion unknown). */
  profileVersion: z.number().int(),
});
export type ParticipantMatches = z.infer<typeof participantMatchesSchema>;

/** GET /api/openings/:id/matches: the people (active, visible to the reader) this opening fits. */
export const openingMatchesSchema = z.object({
  items: z.array(
    matchSchema.extend({
      participantId: z.uuid(),
      participantName: z.string(),
      status: participantStatusSchema,
      specialistId: z.uuid().nullable(),
      specialistName: z.string().nullable(),
    }),
  ),
});
export type OpeningMatches = z.infer<typeof openingMatchesSchema>;
