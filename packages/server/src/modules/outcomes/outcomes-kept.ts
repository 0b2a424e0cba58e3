import type { OutcomePeopleIndex, QuarterCounts } from "@passerelle/domain";
import type { Database } from "../../platform/db";

/**
 * What may be kept, in rows (people, jobs, episodes): a whole national network's quarter keeps ~100,000 rows in
 * ~32 MB of heap (measured, 2026-11-30), so this is about three such periods (~100 MB), or many more programs' and
 * specialists' own.
 */
const MAX_ROWS = 300_000;

/**
 * What a program keeps for a report's range (its period and the trends' 8 quarters: `reportRange`): its people who
 * matter to the range, their episodes and jobs, indexed; and its trend counts, counted from them. Every period with
 * the same range (any period within the 8 quarters ending with its last) has the same people and trends.
 */
export type KeptOutcomes = { people: OutcomePeopleIndex; counts: readonly QuarterCounts[] };

type Entry = KeptOutcomes & { version: string; rows: number };

/**
 * Per program (one program's, or one of its specialist's caseload) and report range, what the program keeps
 * (ADRs 0011, 0012), with the program's outcome data version it was read at. An entry is used only while the program's
 * version is the same in the database: any write to what it comes from gives the program a new version in the
 * writing transaction (migration 0013's triggers), whatever process wrote it. Kept in this process's memory: a new
 * release starts a new process, so nothing computed by older rules is used. The least recently used go first
 * beyond MAX_ROWS.
 */
export class OutcomesKept {
  private readonly entries = new Map<string, Entry>();
  private rows = 0;

  private static key(programId: string, specialistId: string | null, range: { from: string; to: string }): string {
    return `${programId} ${specialistId ?? "*"} ${range.from} ${range.to}`;
  }

  /** What the program keeps for the range at this version (undefined: nothing, or of another version). */
  get(programId: string, specialistId: string | null, range: { from: string; to: string }, version: string | undefined): KeptOutcomes | undefined {
    if (version === undefined) return undefined;
    const key = OutcomesKept.key(programId, specialistId, range);
    const entry = this.entries.get(key);
    if (entry?.version !== version) return undefined;
    // Used: now the most recent.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps what was read at `version` (a program without a version is not kept: nothing would tell it moved). */
  keep(programId: string, specialistId: string | null, range: { from: string; to: string }, version: string | undefined, kept: KeptOutcomes): void {
    const rows = kept.people.people.length + kept.people.jobs.length + kept.people.people.reduce((n, p) => n + p.episodes.length, 0);
    if (version === undefined || rows > MAX_ROWS) return;
    const key = OutcomesKept.key(programId, specialistId, range);
    this.drop(key);
    for (const oldest of this.entries.keys()) {
      if (this.rows + rows <= MAX_ROWS) break;
      this.drop(oldest);
    }
    this.entries.set(key, { ...kept, version, rows });
    this.rows += rows;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.rows -= entry.rows;
  }
}

/**
 * What is kept for one database: valid only against its versions (a test's database, the demo's, a network's
 * server each have their own), and goes with it.
 */
const keptByDatabase = new WeakMap<Database, OutcomesKept>();
export const outcomesKeptFor = (database: Database): OutcomesKept => {
  let kept = keptByDatabase.get(database);
  if (!kept) keptByDatabase.set(database, (kept = new OutcomesKept()));
  return kept;
};
