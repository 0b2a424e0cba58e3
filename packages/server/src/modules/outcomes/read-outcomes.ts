import {
  type OutcomesFigures,
  type OutcomesQuery,
  type OutcomesReport,
  type QuarterCounts,
  type QuarterTrend,
  addQuarterCounts,
  computeOutcomesOfIndex,
  noQuarterCounts,
  quarterOf,
  quartersEndingWith,
  trendCountsByProgram,
  trendQuarters,
  trendsOfCounts,
} from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { type OutcomeTrendsKept, outcomeTrendsKeptFor } from "./outcome-trends-kept";
import { resolveOutcomesScope } from "./outcomes-scope";
import { type OutcomesScope, readOutcomeIndexWithTrends, readOutcomeVersions } from "./outcomes.repository";

/** The dates the report reads: its period and the 8 quarters of its trends. */
export const reportRange = (period: { from: string; to: string }): { from: string; to: string } => {
  const quarters = quartersEndingWith(period.to, 8);
  const first = quarters[0]!.from;
  const last = quarters[quarters.length - 1]!.to;
  return { from: period.from < first ? period.from : first, to: period.to > last ? period.to : last };
};

/**
 * From this share of the scope's programs to count again, the whole range is read once (it costs about the
 * period's rows plus 40%: ADR 0011) rather than the period for all and the range for those programs.
 */
const WHOLE_READ_FROM = 0.4;
/** Reads where kept counts were overtaken by a write between the versions' read and the snapshot: then the whole range. */
const ATTEMPTS = 2;

type Report = { figures: OutcomesFigures; trends: QuarterTrend[] };

/**
 * The figures from the period's rows, the trends from each program's kept counts (ADR 0011): the programs whose data
 * version moved since their counts were kept are counted again from their own rows of the trends' 8 quarters, on the
 * same snapshot as the figures. Every count used is of that snapshot: a program whose version moved between the
 * versions' read and the snapshot is read again.
 */
const reportKeepingTrends = async (ctx: AppContext, kept: OutcomeTrendsKept, scope: OutcomesScope, query: OutcomesQuery): Promise<Report> => {
  const quarter = quarterOf(query.to).quarter;
  let known = await readOutcomeVersions(ctx.database.readPrepared, scope.programIds);
  for (let attempt = 1; ; attempt++) {
    const keptCounts = new Map<string, readonly QuarterCounts[]>();
    for (const programId of scope.programIds) {
      const counts = kept.get(programId, scope.specialistId, quarter, known.get(programId));
      if (counts) keptCounts.set(programId, counts);
    }
    const recount = scope.programIds.filter((programId) => !keptCounts.has(programId));
    const whole = attempt > ATTEMPTS || recount.length >= WHOLE_READ_FROM * scope.programIds.length;
    const read = await readOutcomeIndexWithTrends(ctx.database.readSnapshot, scope, query, reportRange(query), whole ? null : recount);
    if (!whole && [...keptCounts.keys()].some((programId) => read.versions.get(programId) !== known.get(programId))) {
      known = read.versions;
      continue;
    }
    const counted = trendCountsByProgram(read.trendIndex, query.to);
    const sum = trendQuarters(query.to).map(noQuarterCounts);
    for (const programId of scope.programIds) {
      let counts = whole ? undefined : keptCounts.get(programId);
      if (!counts) {
        counts = counted.get(programId) ?? trendQuarters(query.to).map(noQuarterCounts);
        kept.keep(programId, scope.specialistId, quarter, read.versions.get(programId), counts);
      }
      addQuarterCounts(sum, counts);
    }
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
  const { figures, trends } = await reportKeepingTrends(ctx, outcomeTrendsKeptFor(ctx.database), scope, query);
  return { from: query.from, to: query.to, programIds: [...scope.programIds], specialistId: scope.specialistId, figures, trends };
};
