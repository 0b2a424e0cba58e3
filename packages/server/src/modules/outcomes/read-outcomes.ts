import { type OutcomesQuery, type OutcomesReport, computeOutcomesReportOfIndex, quartersEndingWith } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { resolveOutcomesScope } from "./outcomes-scope";
import { readOutcomeIndex } from "./outcomes.repository";

/** The dates the report reads: its period and the 8 quarters of its trends. */
export const reportRange = (period: { from: string; to: string }): { from: string; to: string } => {
  const quarters = quartersEndingWith(period.to, 8);
  const first = quarters[0]!.from;
  const last = quarters[quarters.length - 1]!.to;
  return { from: period.from < first ? period.from : first, to: period.to > last ? period.to : last };
};

/**
 * The outcomes of a program, of several, or of one caseload: figures with the ids behind them and 8 quarters of
 * trends. Only ids and aggregates leave (no names), so the figures are not an audited read; the lists behind
 * them are (list-outcome-records.ts).
 */
export const readOutcomes = async (ctx: AppContext, actor: Actor, query: OutcomesQuery): Promise<OutcomesReport> => {
  const scope = await resolveOutcomesScope(ctx, actor, query);
  // Indexed as decoded (no plain records in between): a whole network's quarter is 100,000 rows.
  const index = await readOutcomeIndex(ctx.database.readSnapshot, scope, query, reportRange(query));
  const { figures, trends } = computeOutcomesReportOfIndex(index, query);
  return { from: query.from, to: query.to, programIds: [...scope.programIds], specialistId: scope.specialistId, figures, trends };
};
