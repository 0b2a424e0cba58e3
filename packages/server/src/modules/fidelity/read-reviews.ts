import type { FidelityReview, FidelityReviewList } from "@passerelle/domain";
import { authorizeProgram, programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { findReviewProgram, getReview, listReviews } from "./reviews.repository";

/**
 * Reviews hold no participant data (scores, notes on the team's practice, actions), so reading them is not
 * audited like a person's record; writing them is.
 */
export const listVisibleReviews = async (ctx: AppContext, actor: Actor, query: { programId?: string }): Promise<FidelityReviewList> => {
  const db = ctx.database.db;
  if (query.programId) {
    authorizeProgram(actor, query.programId, "fidelity.read");
    return { items: await listReviews(db, [query.programId]) };
  }
  const readable = programsWith(actor, "fidelity.read", actor.isAdmin ? await listAllProgramIds(db) : []).map((p) => p.programId);
  return { items: await listReviews(db, readable) };
};

export const readReview = async (ctx: AppContext, actor: Actor, id: string): Promise<FidelityReview> => {
  const db = ctx.database.db;
  const programId = await findReviewProgram(db, id);
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "fidelity.read");
  const review = await getReview(db, id);
  if (!review) throw notFound();
  return review;
};
