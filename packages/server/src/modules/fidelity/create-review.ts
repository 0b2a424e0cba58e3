import { type CreateFidelityReviewInput, currentFidelityScaleVersion, type FidelityReview, fidelityScaleFor } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getReview, insertReview } from "./reviews.repository";

/** Opens a draft review of a program's period against a version of the scale (the current one by default). */
export const createReview = async (ctx: AppContext, actor: Actor, input: CreateFidelityReviewInput): Promise<FidelityReview> => {
  authorizeProgram(actor, input.programId, "fidelity.write");
  const scaleVersion = input.scaleVersion ?? currentFidelityScaleVersion;
  if (!fidelityScaleFor(scaleVersion)) throw new AppError("unprocessable", { fields: [{ path: "scaleVersion", message: "unknown_scale_version" }] });
  const id = newId();
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await insertReview(tx, {
      id,
      programId: input.programId,
      scaleVersion,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      reviewedOn: input.reviewedOn,
      reviewers: input.reviewers,
      items: {},
      actionPlan: [],
      status: "draft",
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    const data = { reviewId: id, periodFrom: input.periodFrom, periodTo: input.periodTo };
    await appendEvent(tx, ctx.clock, { type: "fidelity_review.created", actor, programId: input.programId, participantId: null, data });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "fidelity_review", recordId: id, programId: input.programId });
    const created = await getReview(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
