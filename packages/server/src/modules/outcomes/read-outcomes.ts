import {
  type OutcomesFigures,
  type OutcomesQuery,
  type OutcomesReport,
  type QuarterCounts,
  type QuarterTrend,
  addQuarterCounts,
  computeOutcomesOfIndex,
  noQuarterCounts,
  quartersEndingWith,
  trendCountsByProgram,
  trendQuarters,
  trendsOfCounts,
} from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { type KeptOutcomes, type OutcomesKept, outcomesKeptFor } from "./outcomes-kept";
import { resolveOutcomesScope } from "./outcomes-scope";
import { type OutcomesScope, readOutcomeIndexKeeping, readOutcomeVersions } from "./outcomes.repository";

/** The dates the report reads: its period and the 8 quarters of its trends. */
export const reportRange = (period: { from: string; to: string }): { from: string; to: string } => {
  const quarters = quartersEndingWith(period.to, 8);
  const first = quarters[0]!.from;
  const last = quarters[quarters.length - 1]!.to;
  return { from: period.from < first ? period.from : first, to: period.to > last ? period.to : last };
};

/**
 * Reads where what was kept was overtaken by a write between the versions' read and the snapshot: then nothing
 * kept is used (everything read on one snapshot cannot be overtaken).
 */
const ATTEMPTS = 2;

type Report = { figures: OutcomesFigures; trends: QuarterTrend[] };

/**
 * The figures and the trends from what each program keeps for the report's range (ADRs 0011, 0012): its people who
 * matter to the range with their episodes and jobs, indexed, and its trend counts, with the program's data version
 * they were read at. The programs whose version moved are read again, on the snapshot where every report reads what
 * no version covers (employer contacts, referrals, specialists). Everything used is of that snapshot: a program whose
 * version moved between the versions' read and the snapshot is read again.
 */
const reportKeeping = async (ctx: AppContext, kept: OutcomesKept, scope: OutcomesScope, query: OutcomesQuery): Promise<Report> => {
  const { specialistId, programIds } = scope;
  const period = { from: query.from, to: query.to };
  const range = reportRange(period);
  let known = await readOutcomeVersions(ctx.database.readPrepared, programIds);
  for (let attempt = 1; ; attempt++) {
    const keptNow = new Map<string, KeptOutcomes>();
    for (const programId of attempt > ATTEMPTS ? [] : programIds) {
      const entry = kept.get(programId, specialistId, range, known.get(programId));
      if (entry) keptNow.set(programId, entry);
    }
    const plan = {
      keptPeople: new Map([...keptNow].map(([programId, entry]) => [programId, entry.people])),
      readPeople: programIds.filter((programId) => !keptNow.has(programId)),
    };
    const read = await readOutcomeIndexKeeping(ctx.database.readSnapshot, scope, period, range, plan);
    if ([...keptNow.keys()].some((programId) => read.versions.get(programId) !== known.get(programId))) {
      known = read.versions;
      continue;
    }
    // A program not kept was read (`readPeople`): its counts are counted from its people, and both kept.
    const countedAndKept = (programId: string): readonly QuarterCounts[] => {
      const people = read.peopleRead.get(programId)!;
      const counts = trendCountsByProgram(people, query.to).get(programId) ?? trendQuarters(query.to).map(noQuarterCounts);
      kept.keep(programId, specialistId, range, read.versions.get(programId), { people, counts });
      return counts;
    };
    const sum = trendQuarters(query.to).map(noQuarterCounts);
    for (const programId of programIds) addQuarterCounts(sum, keptNow.get(programId)?.counts ?? countedAndKept(programId));
    return { figures: computeOutcomesOfIndex(read.index, query), trends: trendsOfCounts(query.to, sum) };
  }
};

/**
 * The outcomes of a program, of several, or of one caseload: figures with the ids behind them and 8 quarters of
 * trends. Only ids and aggregates leave (no names), so the figures are not an audited read; the lists behind
 * them are (list-outcome-records.ts).
 */
export const readOutcomes = async (ctx: AppContext, actor: Actor, query: OutcomesQuery): Promise<OutcomesReport> => {
  const scope = await resolveOutcomesScope(ctx, actor, query);
  const { figures, trends } = await reportKeeping(ctx, outcomesKeptFor(ctx.database), scope, query);
  return { from: query.from, to: query.to, programIds: [...scope.programIds], specialistId: scope.specialistId, figures, trends };
};
