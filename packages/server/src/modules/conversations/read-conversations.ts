import { type ConversationList, readsSharedPracticeOnly } from "@passerelle/domain";
import { authorizeAuditedRead } from "../../platform/audited-read";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { listConversations } from "./conversations.repository";

/** The person's solution-focused conversations (audited read). A clinician reads only those shared with the care team. */
export const readConversations = async (ctx: AppContext, actor: Actor, participantId: string): Promise<ConversationList> => {
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "practice.read", "conversation");
  return { items: await listConversations(ctx.database.db, participantId, readsSharedPracticeOnly(role)) };
};
