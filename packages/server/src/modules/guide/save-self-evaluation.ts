import {
  type GuideSelfEvaluation,
  guideAnswerIssues,
  guideChapter,
  nextCompletedAt,
  normalizeGuideAnswers,
  type SaveGuideSelfEvaluation,
} from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, recordAudit } from "../../platform/journal";
import { findOwnSelfEvaluation, insertSelfEvaluation, programExists, type SelfEvaluationValues, updateSelfEvaluationIfVersion } from "./guide.repository";

/**
 * Saves the member's own grid for one chapter (a draft, or completed when every item is answered), with optimistic
 * concurrency: `version` is what the member read (null for a first save); a save from another tab in between answers
 * 409 with the current grid. Audited; no timeline event: this is the member's training, not a person's record.
 */
export const saveSelfEvaluation = async (
  ctx: AppContext,
  actor: Actor,
  programId: string,
  chapterNumber: number,
  input: SaveGuideSelfEvaluation,
): Promise<GuideSelfEvaluation> => {
  authorizeProgram(actor, programId, "guide.read");
  const chapter = guideChapter(chapterNumber);
  if (!chapter) throw notFound();
  const db = ctx.database.db;
  if (actor.isAdmin && !(await programExists(db, programId))) throw notFound();
  const issues = guideAnswerIssues(chapter, input.answers, input.completed);
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });

  return db.transaction(async (tx) => {
    const current = await findOwnSelfEvaluation(tx, programId, actor.userId, chapter.number);
    if ((current?.version ?? null) !== input.version) throw staleVersion(current);
    const now = ctx.clock.now();
    const completedAt = nextCompletedAt(current?.completedAt ?? null, input.completed, now.toISOString());
    const values: SelfEvaluationValues = {
      id: newId(),
      programId,
      userId: actor.userId,
      chapter: chapter.number,
      answers: normalizeGuideAnswers(input.answers),
      notes: input.notes,
      completedAt: completedAt ? new Date(completedAt) : null,
      now,
    };
    const saved = current ? await updateSelfEvaluationIfVersion(tx, current.version, values) : await insertSelfEvaluation(tx, values);
    if (!saved) throw staleVersion(await findOwnSelfEvaluation(tx, programId, actor.userId, chapter.number));
    await recordAudit(tx, ctx.clock, { actor, action: current ? "update" : "create", recordType: "guide_self_evaluation", programId });
    const result = await findOwnSelfEvaluation(tx, programId, actor.userId, chapter.number);
    if (!result) throw notFound();
    return result;
  });
};
