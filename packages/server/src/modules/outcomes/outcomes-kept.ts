import type { QuarterCounts } from "@passerelle/domain";
import type { Database } from "../../platform/db";

/** Enough for every program and specialist of a large network over a few report quarters (each entry ~1 KB). */
const MAX_ENTRIES = 10_000;

/**
 * Each program's trend counts (one program's, or one of its specialist's caseload), per report quarter, with the
 * program's outcome data version they were computed at (ADR 0011). An entry is used only while the program's
 * version is the same in the database: any write the trends read gives the program a new version in the writing
 * transaction (migration 0013's triggers), whatever process wrote it. Kept in this process's memory: a new release
 * starts a new process, so counts computed by older rules are never used.
 */
export class OutcomeTrendsKept {
  private readonly entries = new Map<string, { version: string; counts: readonly QuarterCounts[] }>();

  private static key(programId: string, specialistId: string | null, quarter: string): string {
    return `${programId} ${specialistId ?? "*"} ${quarter}`;
  }

  /** The counts kept for the program at this version (undefined: none, or of another version). */
  get(programId: string, specialistId: string | null, quarter: string, version: string | undefined): readonly QuarterCounts[] | undefined {
    if (version === undefined) return undefined;
    const entry = this.entries.get(OutcomeTrendsKept.key(programId, specialistId, quarter));
    return entry?.version === version ? entry.counts : undefined;
  }

  /** Keeps counts computed at `version` (a program without a version is not kept: nothing would tell they moved). */
  keep(programId: string, specialistId: string | null, quarter: string, version: string | undefined, counts: readonly QuarterCounts[]): void {
    if (version === undefined) return;
    const key = OutcomeTrendsKept.key(programId, specialistId, quarter);
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { version, counts });
  }
}

/**
 * The counts kept for one database: they are valid only against its versions (a test's database, the demo's, a
 * network's server each have their own), and go with it.
 */
const keptByDatabase = new WeakMap<Database, OutcomeTrendsKept>();
export const outcomeTrendsKeptFor = (database: Database): OutcomeTrendsKept => {
  let kept = keptByDatabase.get(database);
  if (!kept) keptByDatabase.set(database, (kept = new OutcomeTrendsKept()));
  return kept;
};
