import type { Conversation, UpdateConversationInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { findConversationScope, getConversation, setConversationSharing } from "./conversations.repository";

/**
 * Shares a conversation with the care team, or stops sharing it. Setting a flag is idempotent, so two people doing it
 * at once cannot lose anything (no version). Recorded in the access history; the timeline has no event for it (the
 * foundation's event types have none, and the timeline does not show what a clinician reads).
 */
export const updateConversationSharing = async (ctx: AppContext, actor: Actor, id: string, input: UpdateConversationInput): Promise<Conversation> => {
  const db = ctx.database.db;
  const scope = await findConversationScope(db, id);
  if (!scope) throw notFound();
  const { programId } = await authorizeParticipant(db, actor, scope.participantId, "practice.write");
  return db.transaction(async (tx) => {
    const current = await getConversation(tx, id);
    if (!current) throw notFound();
    if (current.sharedWithCareTeam === input.sharedWithCareTeam) return current;
    await setConversationSharing(tx, id, input.sharedWithCareTeam);
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "conversation", recordId: id, programId, participantId: scope.participantId });
    return { ...current, sharedWithCareTeam: input.sharedWithCareTeam };
  });
};
