import { type OpeningMatches, type OpeningMatchesQuery, rankParticipantsForOpening } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { etalabGeoLookup } from "../../platform/geo";
import type { Actor } from "../../platform/journal";
import { getOpening } from "../openings/openings.repository";
import { authorizeOpening } from "../openings/read-openings";
import { activeCandidates, recordMatchReads } from "./matching.repository";

/**
 * The people an opening fits: the program's active participants (a specialist's scope is the whole program;
 * `mine` narrows to the reader's own caseload), best first, each with why. Every listed person's access history
 * records the read, since the reasons show their preferences.
 */
export const openingMatches = async (ctx: AppContext, actor: Actor, openingId: string, query: OpeningMatchesQuery): Promise<OpeningMatches> => {
  const db = ctx.database.db;
  const programId = await authorizeOpening(ctx, actor, openingId, "opening.read");
  const opening = await getOpening(db, openingId);
  if (!opening) throw notFound();
  const people = await activeCandidates(db, programId, query.mine ? actor.userId : null);
  // The opening is ranked whatever its status: a filled one still shows whom it would have fitted.
  const ranked = rankParticipantsForOpening({ ...opening, status: "open" }, people, etalabGeoLookup, query);
  await recordMatchReads(db, ctx.clock, actor, programId, openingId, ranked.map((r) => r.participant.participantId));
  return {
    items: ranked.map(({ participant: { preferences: _preferences, ...person }, ...match }) => ({ ...match, ...person })),
  };
};
