import { type Conversation, type ConversationContent, conversationContentSchema } from "@passerelle/domain";
import { and, desc, eq, ne } from "drizzle-orm";
import { conversations, participants, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

type ConversationRow = typeof conversations.$inferSelect;

const selection = { conversation: conversations, createdBy: users.name };

/** The content was validated by the domain contract when written; parsing again fills parts added since. */
const toConversation = ({ conversation: c, createdBy }: { conversation: ConversationRow; createdBy: string | null }): Conversation => ({
  id: c.id,
  participantId: c.participantId,
  heldOn: c.heldOn,
  content: conversationContentSchema.parse(c.content) as ConversationContent,
  sharedWithCareTeam: c.sharedWithCareTeam,
  createdBy,
  createdAt: c.createdAt.toISOString(),
});

export const insertConversation = async (db: Executor, values: typeof conversations.$inferInsert): Promise<void> => {
  await db.insert(conversations).values(values);
};

/** A person's conversations, newest first; `sharedOnly` keeps those shared with the care team. */
export const listConversations = async (db: Executor, participantId: string, sharedOnly: boolean): Promise<Conversation[]> => {
  const rows = await db
    .select(selection)
    .from(conversations)
    .leftJoin(users, eq(users.id, conversations.createdBy))
    .where(and(eq(conversations.participantId, participantId), sharedOnly ? eq(conversations.sharedWithCareTeam, true) : undefined))
    .orderBy(desc(conversations.heldOn), desc(conversations.createdAt));
  return rows.map(toConversation);
};

export const getConversation = async (db: Executor, id: string): Promise<Conversation | null> => {
  const [row] = await db.select(selection).from(conversations).leftJoin(users, eq(users.id, conversations.createdBy)).where(eq(conversations.id, id));
  return row ? toConversation(row) : null;
};

/** Whose conversation it is (for the access policy). */
export const findConversationScope = async (db: Executor, id: string): Promise<{ participantId: string; programId: string } | null> => {
  const [row] = await db
    .select({ participantId: conversations.participantId, programId: participants.programId })
    .from(conversations)
    .innerJoin(participants, eq(participants.id, conversations.participantId))
    .where(eq(conversations.id, id));
  return row ?? null;
};

/** Sets the sharing; true when it changed. */
export const setConversationSharing = async (db: Executor, id: string, shared: boolean): Promise<boolean> => {
  const changed = await db
    .update(conversations)
    .set({ sharedWithCareTeam: shared })
    .where(and(eq(conversations.id, id), ne(conversations.sharedWithCareTeam, shared)))
    .returning({ id: conversations.id });
  return changed.length > 0;
};
