import { checkReviewPatch, type FidelityReview, mergeReviewItems, type UpdateFidelityReviewInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { sameValue } from "../../platform/same-value";
import { findReviewProgram, getReview, getReviewRow, type ReviewChanges, storedItems, updateReviewIfVersion } from "./reviews.repository";

const eventOf = (from: string, to: string | undefined) =>
  to === "final" && from === "draft" ? "fidelity_review.finalised" : to === "draft" && from === "final" ? "fidelity_review.reopened" : "fidelity_review.updated";

/**
 * Saves scores, evidence, reviewers, the action plan or the status, with optimistic concurrency (409 with the
 * current review when a colleague saved in between). A final review is locked; whoever may write the program's
 * fidelity (team lead, admin) may reopen it, and the reopening is in the program's journal.
 */
export const updateReview = async (ctx: AppContext, actor: Actor, id: string, input: UpdateFidelityReviewInput): Promise<FidelityReview> => {
  const programId = await findReviewProgram(ctx.database.db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "fidelity.write");
  return ctx.database.db.transaction(async (tx) => {
    const row = await getReviewRow(tx, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw staleVersion(await getReview(tx, id));
    const current = { status: row.status as FidelityReview["status"], items: storedItems(row.items) };
    const problems = checkReviewPatch(current, input);
    if (problems.length > 0) throw new AppError("unprocessable", { fields: problems });

    const periodFrom = input.periodFrom ?? row.periodFrom;
    const periodTo = input.periodTo ?? row.periodTo;
    // The body checks the order of the dates it carries; one date sent alone is checked against the stored other.
    if (periodFrom > periodTo) throw new AppError("validation", { fields: [{ path: "periodTo", message: "review_period_end_before_start" }] });

    const next: ReviewChanges = {
      items: mergeReviewItems(current.items, input.items),
      reviewers: input.reviewers,
      actionPlan: input.actionPlan,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      reviewedOn: input.reviewedOn,
      status: input.status,
    };
    const changes: ReviewChanges = {};
    const changed: string[] = [];
    for (const [field, value] of Object.entries(next) as [keyof ReviewChanges, unknown][]) {
      if (value === undefined || sameValue(value, row[field])) continue;
      Object.assign(changes, { [field]: value });
      changed.push(field);
    }
    if (changed.length === 0) {
      const unchanged = await getReview(tx, id);
      if (!unchanged) throw notFound();
      return unchanged;
    }
    if (!(await updateReviewIfVersion(tx, id, input.version, changes, ctx.clock.now()))) throw staleVersion(await getReview(tx, id));
    const type = eventOf(row.status, changes.status);
    await appendEvent(tx, ctx.clock, { type, actor, programId, participantId: null, data: { reviewId: id, fields: changed } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "fidelity_review", recordId: id, programId });
    const updated = await getReview(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
