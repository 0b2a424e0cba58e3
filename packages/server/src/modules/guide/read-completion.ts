import { can, type GuideCompletion, guideChapterNumbers, guideCompletionGrid, roles } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { programCompletions, programMembers, programExists } from "./guide.repository";

/** Roles that train with the guide: the rows of the team lead's grid. */
const trainingRoles = roles.filter((role) => can(role, "guide.read"));

/**
 * Who completed which chapter of the guide, for the team lead (training, not judgement): completion dates only, never
 * the answers, the notes nor any figure. It reads about colleagues, so the read is audited.
 */
export const readGuideCompletion = async (ctx: AppContext, actor: Actor, programId: string): Promise<GuideCompletion> => {
  authorizeProgram(actor, programId, "guide.overview");
  const db = ctx.database.db;
  if (actor.isAdmin && !(await programExists(db, programId))) throw notFound();
  const [members, completions] = await Promise.all([programMembers(db, programId, trainingRoles), programCompletions(db, programId)]);
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "guide_completion", programId });
  return guideCompletionGrid(programId, guideChapterNumbers, members, completions);
};
