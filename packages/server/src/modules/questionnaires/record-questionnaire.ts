import { questionnaireIssues, questionnaireScore, type Questionnaire, type RecordQuestionnaire } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findQuestionnaire, insertQuestionnaire } from "./questionnaires.repository";

/**
 * Records a WHO-5 or satisfaction questionnaire. The score is computed here from the answers. The timeline event
 * names the kind only: the timeline is read more widely than the answers (well-being is health data).
 */
export const recordQuestionnaire = async (ctx: AppContext, actor: Actor, participantId: string, input: RecordQuestionnaire): Promise<Questionnaire> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "questionnaire.write");
  const issues = questionnaireIssues(input, parisDate(ctx.clock.now()));
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  await db.transaction(async (tx) => {
    await insertQuestionnaire(tx, {
      id,
      participantId,
      programId,
      kind: input.kind,
      answeredOn: input.answeredOn,
      answers: input.answers,
      score: questionnaireScore(input.kind, input.answers),
      mode: input.mode,
      comment: input.comment,
      recordedBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, { type: "questionnaire.recorded", actor, programId, participantId, data: { kind: input.kind } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "questionnaire", recordId: id, programId, participantId });
  });
  const created = await findQuestionnaire(db, participantId, id);
  if (!created) throw notFound();
  return created;
};
