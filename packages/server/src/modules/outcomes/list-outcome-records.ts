import { type OutcomeRecordsList, type OutcomeRecordsQuery, computeOutcomesOfIndex, figureIds } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { readOutcomeRows } from "./outcome-rows.repository";
import { resolveOutcomesScope } from "./outcomes-scope";
import { readOutcomeIndex } from "./outcomes.repository";

/**
 * The people or records behind one figure, with the same scope as the report (the rules give the ids, so the
 * list is exactly what the figure counted). It names people, so each request is one row of the access history,
 * as the caseload list is.
 */
export const listOutcomeRecords = async (ctx: AppContext, actor: Actor, query: OutcomeRecordsQuery): Promise<OutcomeRecordsList> => {
  const scope = await resolveOutcomesScope(ctx, actor, query);
  const period = { from: query.from, to: query.to };
  const figures = computeOutcomesOfIndex(await readOutcomeIndex(ctx.database.readSnapshot, scope, period), period);
  const picked = figureIds(figures, query.figure, query.part, query.reason);
  if ("problem" in picked) {
    const field = picked.problem === "part_required" ? "part" : "reason";
    throw new AppError("validation", { fields: [{ path: field, message: `outcomes_${picked.problem}` }] });
  }
  const rows = await readOutcomeRows(ctx.database.readPrepared, picked.kind, picked.ids);
  await recordAudit(ctx.database.db, ctx.clock, {
    actor,
    action: "read",
    recordType: "outcomes_records",
    recordId: null,
    programId: scope.programIds.length === 1 ? scope.programIds[0] : null,
  });
  return {
    figure: query.figure,
    part: query.part ?? null,
    reason: query.reason ?? null,
    kind: picked.kind,
    count: picked.ids.length,
    ...rows,
  };
};
