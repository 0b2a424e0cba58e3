import { type GuideSelfEvaluationList, impeGuide, summarizeGuideChapter } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listOwnSelfEvaluations, programExists } from "./guide.repository";

/**
 * The member's own grids in a program and a summary per chapter. Nobody else's: there is no parameter naming a user,
 * so this read needs no audit (it reads no one else's record).
 */
export const readOwnSelfEvaluations = async (ctx: AppContext, actor: Actor, programId: string): Promise<GuideSelfEvaluationList> => {
  authorizeProgram(actor, programId, "guide.read");
  const db = ctx.database.db;
  // An administrator holds every permission in any program id: one that does not exist is a 404, not an empty guide.
  if (actor.isAdmin && !(await programExists(db, programId))) throw notFound();
  const items = await listOwnSelfEvaluations(db, programId, actor.userId);
  const byChapter = new Map(items.map((item) => [item.chapter, item]));
  return {
    programId,
    items,
    summary: impeGuide.chapters.map((chapter) => summarizeGuideChapter(chapter, byChapter.get(chapter.number) ?? null)),
  };
};
