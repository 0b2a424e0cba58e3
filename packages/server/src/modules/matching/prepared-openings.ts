import { type OpeningSet, openingSetOf, type PreparedOpening, prepareOpeningsForMatching } from "@passerelle/domain";
import type { Executor } from "../../platform/db";
import { etalabGeoLookup } from "../../platform/geo";
import { listOpenOpeningsForMatching, type MatchingOpening, openOpeningsFingerprint } from "../openings/openings.repository";

type Prepared = PreparedOpening & { opening: MatchingOpening };

/**
 * Openings prepared for matching (title tokens, resolved place), kept between requests by id and version:
 * openings change far less often than they are matched. A changed opening has a new version and is prepared
 * again; the cache forgets everything past its size, which bounds its memory.
 */
const MAX_ENTRIES = 50_000;
const cache = new Map<string, Prepared>();

export const preparedOpenings = (openings: readonly MatchingOpening[]): Prepared[] => {
  const missing = openings.filter((o) => cache.get(o.id)?.opening.version !== o.version);
  if (missing.length > 0) {
    if (cache.size + missing.length > MAX_ENTRIES) cache.clear();
    for (const prepared of prepareOpeningsForMatching(missing, etalabGeoLookup)) cache.set(prepared.opening.id, prepared);
  }
  return openings.map((o) => cache.get(o.id) ?? prepareOpeningsForMatching([o], etalabGeoLookup)[0]);
};

/** Per program: the prepared open openings and the fingerprint they were read at. */
const MAX_PROGRAMS = 500;
const byProgram = new Map<string, KeptOpenings>();

/**
 * The program's open openings, prepared for matching. A one-row fingerprint query tells whether the set changed
 * since the last read (an opening added, edited, filled or closed, by this server or another); only then are
 * they read again. Read after the fingerprint, a set can only be newer than it, so the next request re-reads.
 */
export const openOpeningsPrepared = async (db: Executor, programId: string): Promise<KeptOpenings> => {
  const fingerprint = await openOpeningsFingerprint(db, programId);
  const hit = byProgram.get(programId);
  if (hit && hit.fingerprint === fingerprint) return hit;
  return rereadOpenOpenings(db, programId, fingerprint);
};

/**
 * `set`: the prepared openings with what their criteria share (`openingSetOf`), built once per read of the set, so
 * that a request judges each distinct title, place, hours, schedule and environment once (`rankOpeningSet`).
 */
export type KeptOpenings = { fingerprint: string; set: OpeningSet<Prepared> };

/**
 * The program's open openings as last read, without asking the database: the caller checks `fingerprint` against
 * the database's in a statement it sends anyway (matches: with the returned openings), and reads them again
 * (`rereadOpenOpenings`) when it differs. Null when none are kept (first read, or forgotten).
 */
export const keptOpenOpenings = (programId: string): KeptOpenings | null => byProgram.get(programId) ?? null;

/** Read and prepare the program's open openings again, `fingerprint` being the one just read (before this read). */
export const rereadOpenOpenings = async (db: Executor, programId: string, fingerprint: string): Promise<KeptOpenings> => {
  const kept = { fingerprint, set: openingSetOf(preparedOpenings(await listOpenOpeningsForMatching(db, programId))) };
  if (byProgram.size >= MAX_PROGRAMS) byProgram.clear();
  byProgram.set(programId, kept);
  return kept;
};
