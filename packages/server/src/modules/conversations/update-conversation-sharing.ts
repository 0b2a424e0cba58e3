import type { Conversation, UpdateConversationInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { sharePracticeRecord } from "../practice/share-practice-record";
import { findConversationScope, getConversation, setConversationSharing } from "./conversations.repository";

/** Shares a conversation with the care team, or stops sharing it (its content, the person's words, is never edited). */
export const updateConversationSharing = (ctx: AppContext, actor: Actor, id: string, input: UpdateConversationInput): Promise<Conversation> =>
  sharePracticeRecord(ctx, actor, id, input.sharedWithCareTeam, {
    tool: "conversation",
    findOwner: findConversationScope,
    setSharing: setConversationSharing,
    read: getConversation,
  });
