import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Note, Role } from "@passerelle/domain";
import { memberships, participantNotes, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type NoteRow = typeof participantNotes.$inferSelect;

const selection = { note: participantNotes, authorName: users.name };

/** Names of the mentioned colleagues, read in one query for a whole page of notes. */
const mentionNames = async (db: Executor, rows: NoteRow[]): Promise<Map<string, string>> => {
  const ids = [...new Set(rows.flatMap((r) => r.mentionedUserIds))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
};

const toNotes = async (db: Executor, rows: { note: NoteRow; authorName: string | null }[]): Promise<Note[]> => {
  const names = await mentionNames(db, rows.map((r) => r.note));
  return rows.map(({ note, authorName }) => ({
    id: note.id,
    participantId: note.participantId,
    authorId: note.authorId,
    authorName,
    body: note.body,
    sharedWithCareTeam: note.sharedWithCareTeam,
    // A deleted account keeps its place in the note, without a name.
    mentions: note.mentionedUserIds.filter((id) => names.has(id)).map((userId) => ({ userId, name: names.get(userId) ?? "" })),
    createdAt: note.createdAt.toISOString(),
    version: note.version,
  }));
};

/** A person's notes, newest first; `sharedOnly` keeps those shared with the care team (what a clinician reads). */
export const listNotes = async (
  db: Executor,
  participantId: string,
  options: { sharedOnly: boolean; limit: number; offset: number },
): Promise<{ items: Note[]; total: number }> => {
  const where = and(eq(participantNotes.participantId, participantId), options.sharedOnly ? eq(participantNotes.sharedWithCareTeam, true) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(selection)
      .from(participantNotes)
      .leftJoin(users, eq(users.id, participantNotes.authorId))
      .where(where)
      .orderBy(desc(participantNotes.createdAt), desc(participantNotes.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ total: count() }).from(participantNotes).where(where),
  ]);
  return { items: await toNotes(db, rows), total };
};

export const getNote = async (db: Executor, id: string): Promise<Note | null> => {
  const rows = await db.select(selection).from(participantNotes).leftJoin(users, eq(users.id, participantNotes.authorId)).where(eq(participantNotes.id, id));
  const [note] = await toNotes(db, rows);
  return note ?? null;
};

/** What the access checks of a note need, without its text. */
export const findNoteScope = async (db: Executor, id: string) => {
  const [row] = await db
    .select({ participantId: participantNotes.participantId, programId: participantNotes.programId, authorId: participantNotes.authorId, shared: participantNotes.sharedWithCareTeam })
    .from(participantNotes)
    .where(eq(participantNotes.id, id));
  return row ?? null;
};

export const insertNote = async (db: Executor, values: typeof participantNotes.$inferInsert): Promise<void> => {
  await db.insert(participantNotes).values(values);
};

/** Optimistic update of the sharing flag: succeeds only when the stored version is the one the user read. */
export const updateNoteSharingIfVersion = async (db: Executor, id: string, expectedVersion: number, shared: boolean, now: Date): Promise<boolean> => {
  const updated = await db
    .update(participantNotes)
    .set({ sharedWithCareTeam: shared, updatedAt: now, version: sql`${participantNotes.version} + 1` })
    .where(and(eq(participantNotes.id, id), eq(participantNotes.version, expectedVersion)))
    .returning({ id: participantNotes.id });
  return updated.length === 1;
};

/** The program's members with their role and (for clinicians) their partner service: who could be mentioned. */
export const listProgramMembersForMentions = async (db: Executor, programId: string): Promise<{ userId: string; name: string; role: Role; serviceId: string | null }[]> =>
  db
    .select({ userId: users.id, name: users.name, role: memberships.role, serviceId: memberships.serviceId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.programId, programId))
    .orderBy(users.name);
