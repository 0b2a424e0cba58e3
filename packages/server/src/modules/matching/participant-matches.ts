import {
  can,
  emptyCareerProfile,
  type MatchesQuery,
  type ParticipantMatches,
  participantGeoOf,
  preparePreferences,
  rankPreparedOpenings,
} from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { etalabGeoLookup } from "../../platform/geo";
import { type Actor, recordAudit } from "../../platform/journal";
import { getOpeningsInOrder } from "../openings/openings.repository";
import { latestPreferences } from "./matching.repository";
import { openOpeningsPrepared } from "./prepared-openings";

/**
 * The program's open openings ranked for one person, each with why. It reads the career profile, so it needs
 * the person's record (access policy, audited) and job development (opening.read).
 * Budget: one query for the latest profile's preferences, the open openings' fingerprint (their compared columns are read again only when it
 * changed), ranking in memory, then the full records of the returned few by primary key.
 */
export const participantMatches = async (ctx: AppContext, actor: Actor, participantId: string, query: MatchesQuery): Promise<ParticipantMatches> => {
  const db = ctx.database.db;
  const { programId, role } = await authorizeParticipant(db, actor, participantId, "profile.read");
  if (!can(role, "opening.read")) throw forbidden();
  await recordAudit(db, ctx.clock, { actor, action: "read_matches", recordType: "career_profile", recordId: participantId, programId, participantId });
  const [profile, openings] = await Promise.all([latestPreferences(db, participantId), openOpeningsPrepared(db, programId)]);
  // No profile yet: every criterion is unknown (score 0), the openings are still listed so the specialist can start.
  const preferences = profile?.preferences ?? emptyCareerProfile().preferences;
  const prepared = preparePreferences(preferences, participantGeoOf(preferences, etalabGeoLookup));
  const ranked = rankPreparedOpenings(prepared, openings, query);
  // Then the full records of the few returned (at most `limit`), by primary key.
  const full = new Map((await getOpeningsInOrder(db, ranked.map((r) => r.opening.id))).map((o) => [o.id, o]));
  return {
    profileVersion: profile?.version ?? 0,
    items: ranked.flatMap(({ opening, ...match }) => {
      const record = full.get(opening.id);
      return record ? [{ ...match, opening: record }] : [];
    }),
  };
};
