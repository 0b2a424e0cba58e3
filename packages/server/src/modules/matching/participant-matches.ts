import {
  can,
  emptyCareerProfile,
  type MatchesQuery,
  type ParticipantMatches,
  participantGeoOf,
  preparePreferences,
  rankOpeningSet,
} from "@passerelle/domain";
import { authorizeScope } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { etalabGeoLookup } from "../../platform/geo";
import { newId } from "../../platform/ids";
import type { Actor } from "../../platform/journal";
import { getOpeningsInOrder } from "../openings/openings.repository";
import { readMatchesSubject, recordReadAndReadOpenings } from "./participant-matches.repository";
import { keptOpenOpenings, openOpeningsPrepared, rereadOpenOpenings } from "./prepared-openings";

/**
 * The program's open openings ranked for one person, each with why. It reads the career profile, so it needs
 * the person's record (access policy, audited) and job development (opening.read).
 * Budget: two statements. The person's access facts with the latest profile's preferences; the policy decides;
 * the openings kept in memory are ranked (`prepared-openings`); then the access history's row, the open openings'
 * fingerprint and the full records of the returned few (at most `limit`) in one statement. When that fingerprint
 * is not the kept one (an opening added, edited, filled or closed since), the openings are read again and ranked
 * again, and the returned few read again: the answer is never ranked on a stale set.
 */
export const participantMatches = async (ctx: AppContext, actor: Actor, participantId: string, query: MatchesQuery): Promise<ParticipantMatches> => {
  const { db, readPrepared } = ctx.database;
  const { scope, profile } = await readMatchesSubject(readPrepared, participantId);
  const { programId, role } = authorizeScope(actor, scope, "profile.read");
  if (!can(role, "opening.read")) throw forbidden();
  // No profile yet: every criterion is unknown (score 0), the openings are still listed so the specialist can start.
  const preferences = profile?.preferences ?? emptyCareerProfile().preferences;
  const prepared = preparePreferences(preferences, participantGeoOf(preferences, etalabGeoLookup));
  let kept = keptOpenOpenings(programId) ?? (await openOpeningsPrepared(db, programId));
  let ranked = rankOpeningSet(prepared, kept.set, query);
  const audit = {
    id: newId(),
    at: ctx.clock.now(),
    userId: actor.userId,
    programId,
    participantId,
    action: "read_matches",
    recordType: "career_profile",
    recordId: participantId,
    ip: actor.ip,
  };
  const read = await recordReadAndReadOpenings(readPrepared, audit, ranked.map((r) => r.opening.id));
  let records = read.records;
  if (read.fingerprint !== kept.fingerprint) {
    kept = await rereadOpenOpenings(db, programId, read.fingerprint);
    ranked = rankOpeningSet(prepared, kept.set, query);
    records = await getOpeningsInOrder(db, ranked.map((r) => r.opening.id));
  }
  const full = new Map(records.map((o) => [o.id, o]));
  return {
    profileVersion: profile?.version ?? 0,
    items: ranked.flatMap(({ opening, ...match }) => {
      const record = full.get(opening.id);
      return record ? [{ ...match, opening: record }] : [];
    }),
  };
};
