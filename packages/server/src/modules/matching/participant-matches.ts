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
import { latestProfile } from "../career-profile/career-profile.repository";
import { listOpenOpenings } from "../openings/openings.repository";
import { preparedOpenings } from "./prepared-openings";

/**
 * The program's open openings ranked for one person, each with why. It reads the career profile, so it needs
 * the person's record (access policy, audited) and job development (opening.read).
 * Budget: one profile query, one openings query, ranking in memory (2,000 openings: well under 100 ms).
 */
export const participantMatches = async (ctx: AppContext, actor: Actor, participantId: string, query: MatchesQuery): Promise<ParticipantMatches> => {
  const db = ctx.database.db;
  const { programId, role } = await authorizeParticipant(db, actor, participantId, "profile.read");
  if (!can(role, "opening.read")) throw forbidden();
  await recordAudit(db, ctx.clock, { actor, action: "read_matches", recordType: "career_profile", recordId: participantId, programId, participantId });
  const [profile, openings] = await Promise.all([latestProfile(db, participantId), listOpenOpenings(db, programId)]);
  // No profile yet: every criterion is unknown (score 0), the openings are still listed so the specialist can start.
  const preferences = profile?.data.preferences ?? emptyCareerProfile().preferences;
  const prepared = preparePreferences(preferences, participantGeoOf(preferences, etalabGeoLookup));
  return { profileVersion: profile?.version ?? 0, items: rankPreparedOpenings(prepared, preparedOpenings(openings), query) };
};
