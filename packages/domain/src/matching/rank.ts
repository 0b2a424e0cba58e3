import {
  compareMatchScores,
  explainPrepared,
  type MatchableOpening,
  type MatchOptions,
  type MatchPreferences,
  type MatchScore,
  type PreparedOpening,
  type PreparedPreferences,
  prepareOpening,
  preparePreferences,
  scoreOfCodes,
  scorePrepared,
  defaultMatchWeights,
} from "./explain-match";
import { type OpeningSet, openingSetOf, verdictCodesFor } from "./opening-set";
import { type GeoLookup, participantGeoOf, resolveWorkPlace } from "./geo";
import type { Match } from "./match.contract";

export type RankOptions = MatchOptions & { limit?: number; minScore?: number };

type Row = MatchScore & { index: number; key: string };
const newRow = (index: number, key: string): Row => ({ score: 0, coverage: 0, agreeWeight: 0, differWeight: 0, index, key });

/**
 * Score every pair (no allocation beyond one small row each), order them, keep the limit, and only then build
 * the explained reasons. Ties are broken by id so the order is stable from one request to the next.
 */
const byRank = (a: Row, b: Row): number => compareMatchScores(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const rankRows = (rows: Row[], options: RankOptions): Row[] => {
  const minScore = options.minScore ?? 0;
  const kept = minScore > 0 ? rows.filter((r) => r.score >= minScore) : rows;
  const limit = options.limit;
  if (limit === undefined || limit >= kept.length) return kept.sort(byRank);
  // The best `limit` of thousands: one pass keeping a sorted window (limit is small), instead of sorting them all.
  const best: Row[] = [];
  for (const row of kept) {
    if (best.length === limit && byRank(row, best[limit - 1]) >= 0) continue;
    let i = best.length === limit ? limit - 1 : best.length;
    if (best.length === limit) best.pop();
    while (i > 0 && byRank(row, best[i - 1]) < 0) i--;
    best.splice(i, 0, row);
  }
  return best;
};

/**
 * `rankRows` fed one row at a time, for the openings of a request: a scored row is copied only when it is kept
 * (above minScore and, with a limit, among the best so far), instead of one row per opening (2,000 per request).
 * The order is `byRank`'s, a total order (ties broken by id), so keeping a sorted window of the best gives the
 * rows that sorting them all would, in the same order.
 */
class BestRows {
  private readonly kept: Row[] = [];
  private readonly minScore: number;
  private readonly limit: number | undefined;
  constructor(options: RankOptions) {
    this.minScore = options.minScore ?? 0;
    this.limit = options.limit;
  }

  offer(row: Row): void {
    if (this.minScore > 0 && row.score < this.minScore) return;
    const best = this.kept;
    const limit = this.limit;
    if (limit === undefined) {
      best.push({ ...row });
      return;
    }
    if (best.length === limit && byRank(row, best[limit - 1]) >= 0) return;
    let i = best.length === limit ? limit - 1 : best.length;
    if (best.length === limit) best.pop();
    while (i > 0 && byRank(row, best[i - 1]) < 0) i--;
    best.splice(i, 0, { ...row });
  }

  rows(): Row[] {
    return this.limit === undefined ? this.kept.sort(byRank) : this.kept;
  }
}

/**
 * Openings already prepared for matching (tokens, resolved place): a server may keep them between requests,
 * keyed by opening id and version, since openings change far less often than they are matched.
 */
export const prepareOpeningsForMatching = <T extends MatchableOpening>(openings: readonly T[], lookup: GeoLookup): (PreparedOpening & { opening: T })[] =>
  openings.map((opening) => ({ ...prepareOpening(opening, resolveWorkPlace(opening.place, lookup)), opening }));

/** As `rankOpeningsForParticipant`, over prepared sides. */
export const rankPreparedOpenings = <T extends MatchableOpening>(
  person: PreparedPreferences,
  openings: readonly (PreparedOpening & { opening: T })[],
  options: RankOptions = {},
): (Match & { opening: T })[] => rankOpeningSet(person, openingSetOf(openings), options);

/**
 * As `rankPreparedOpenings`, over a set a server keeps between requests (`openingSetOf`): the person's verdicts
 * are reached once per distinct key of each criterion (`verdictCodesFor`), then each opening's score is five array
 * reads and a sum, and only the returned ones are explained.
 */
export const rankOpeningSet = <T extends MatchableOpening>(
  person: PreparedPreferences,
  set: OpeningSet<PreparedOpening & { opening: T }>,
  options: RankOptions = {},
): (Match & { opening: T })[] => {
  const openings = set.openings;
  const weights = options.weights ?? defaultMatchWeights;
  const [jobTypes, places, hours, schedules, environments] = verdictCodesFor(person, set);
  const [jobTypeOf, placeOf, hoursOf, scheduleOf, environmentOf] = set.keyOf;
  const best = new BestRows(options);
  const scratch = newRow(0, "");
  for (let index = 0; index < openings.length; index++) {
    const o = openings[index];
    if (o.opening.status !== undefined && o.opening.status !== "open") continue;
    scratch.index = index;
    scratch.key = o.opening.id;
    scoreOfCodes(
      weights,
      jobTypes[jobTypeOf[index]],
      places[placeOf[index]],
      hours[hoursOf[index]],
      schedules[scheduleOf[index]],
      environments[environmentOf[index]],
      scratch,
    );
    best.offer(scratch);
  }
  return best.rows().map((row) => ({ ...explainPrepared(person, openings[row.index], options.weights), opening: openings[row.index].opening }));
};

/**
 * Open openings ranked for one person. The person's side is prepared once (tokens, places, travel limit,
 * environment); each opening costs one preparation and five comparisons. Openings that are not open are left out.
 */
export const rankOpeningsForParticipant = <T extends MatchableOpening>(
  person: { preferences: MatchPreferences; homeInseeCode?: string | null },
  openings: readonly T[],
  lookup: GeoLookup,
  options: RankOptions = {},
): (Match & { opening: T })[] => {
  const prepared = preparePreferences(person.preferences, participantGeoOf(person.preferences, lookup, person.homeInseeCode), options);
  const open = openings.filter((o) => o.status === undefined || o.status === "open");
  return rankPreparedOpenings(prepared, prepareOpeningsForMatching(open, lookup), options);
};

/** The people an opening fits, best first. The server chooses the pool (active people the reader may see). */
export const rankParticipantsForOpening = <T extends { participantId: string; preferences: MatchPreferences; homeInseeCode?: string | null }>(
  opening: MatchableOpening,
  people: readonly T[],
  lookup: GeoLookup,
  options: RankOptions = {},
): (Match & { participant: T })[] => {
  const prepared = prepareOpening(opening, resolveWorkPlace(opening.place, lookup));
  const persons = people.map((person) => preparePreferences(person.preferences, participantGeoOf(person.preferences, lookup, person.homeInseeCode), options));
  const rows: Row[] = persons.map((p, index) => {
    const row = newRow(index, people[index].participantId);
    scorePrepared(p, prepared, options.weights, row);
    return row;
  });
  return rankRows(rows, options).map((row) => ({ ...explainPrepared(persons[row.index], prepared, options.weights), participant: people[row.index] }));
};
