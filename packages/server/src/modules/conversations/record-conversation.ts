import { type Conversation, type RecordConversation, conversationIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getConversation, insertConversation } from "./conversations.repository";

/**
 * Records a solution-focused conversation. The timeline event counts what the note holds (scales, quotes, a next
 * step) and never says what was said, nor the scores.
 */
export const recordConversation = async (ctx: AppContext, actor: Actor, participantId: string, input: RecordConversation): Promise<Conversation> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  const issues = conversationIssues(input, parisDate(ctx.clock.now()));
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  const { content } = input;
  await db.transaction(async (tx) => {
    await insertConversation(tx, {
      id,
      programId,
      participantId,
      heldOn: input.heldOn,
      content,
      sharedWithCareTeam: input.sharedWithCareTeam,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    const miracle = Object.values(content.miracle).some((answer) => answer !== "");
    await appendEvent(tx, ctx.clock, {
      type: "conversation.recorded",
      actor,
      programId,
      participantId,
      data: { conversationId: id, heldOn: input.heldOn, miracle, scales: content.scales.length, quotes: content.quotes.length, nextStep: content.nextStep !== "", sharedWithCareTeam: input.sharedWithCareTeam },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "conversation", recordId: id, programId, participantId });
  });
  const created = await getConversation(db, id);
  if (!created) throw notFound();
  return created;
};
