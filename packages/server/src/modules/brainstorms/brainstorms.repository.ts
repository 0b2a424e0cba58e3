import type { BrainstormColumn, BrainstormNote, BrainstormSession } from "@passerelle/domain";
import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
import { brainstormGuests, brainstormNotes, brainstorms, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type BrainstormRow = typeof brainstorms.$inferSelect;

export const insertBrainstorm = async (db: Executor, values: typeof brainstorms.$inferInsert): Promise<void> => {
  await db.insert(brainstorms).values(values);
};

export const findBrainstorm = async (db: Executor, id: string): Promise<BrainstormRow | null> => {
  const [row] = await db.select().from(brainstorms).where(eq(brainstorms.id, id));
  return row ?? null;
};

/** The open session a code opens (expiry is the caller's to check, with its clock). */
export const findOpenByCode = async (db: Executor, joinCode: string): Promise<BrainstormRow | null> => {
  const [row] = await db
    .select()
    .from(brainstorms)
    .where(and(eq(brainstorms.joinCode, joinCode), eq(brainstorms.status, "open")));
  return row ?? null;
};

/** Sessions left open past their expiry: ended now, so their codes are free again. */
export const endExpired = async (db: Executor, now: Date): Promise<{ id: string; programId: string }[]> =>
  db
    .update(brainstorms)
    .set({ status: "ended", endedAt: brainstorms.expiresAt })
    .where(and(eq(brainstorms.status, "open"), lte(brainstorms.expiresAt, now)))
    .returning({ id: brainstorms.id, programId: brainstorms.programId });

export const markEnded = async (db: Executor, id: string, at: Date): Promise<void> => {
  await db.update(brainstorms).set({ status: "ended", endedAt: at }).where(eq(brainstorms.id, id));
};

type SessionFacts = { row: BrainstormRow; leaderName: string | null; noteCount: number; guestCount: number };

const noteCountSql = sql<number>`(select count(*)::int from ${brainstormNotes} where ${brainstormNotes.brainstormId} = ${brainstorms.id})`;
const guestCountSql = sql<number>`(select count(*)::int from ${brainstormGuests} where ${brainstormGuests.brainstormId} = ${brainstorms.id})`;

export const toSession = (f: SessionFacts, status: "open" | "ended"): BrainstormSession => ({
  id: f.row.id,
  programId: f.row.programId,
  topic: f.row.topic,
  joinCode: status === "open" ? f.row.joinCode : "",
  status,
  leaderName: f.leaderName,
  createdAt: f.row.createdAt.toISOString(),
  expiresAt: f.row.expiresAt.toISOString(),
  endedAt: f.row.endedAt ? f.row.endedAt.toISOString() : status === "ended" ? f.row.expiresAt.toISOString() : null,
  noteCount: Number(f.noteCount),
  guestCount: Number(f.guestCount),
});

/** The program's sessions, newest first, with their counts (a team runs a few a month: bounded at 200). */
export const listSessionFacts = async (db: Executor, programId: string): Promise<SessionFacts[]> =>
  db
    .select({ row: brainstorms, leaderName: users.name, noteCount: noteCountSql, guestCount: guestCountSql })
    .from(brainstorms)
    .leftJoin(users, eq(users.id, brainstorms.leaderId))
    .where(eq(brainstorms.programId, programId))
    .orderBy(desc(brainstorms.createdAt))
    .limit(200);

export const sessionFacts = async (db: Executor, id: string): Promise<SessionFacts | null> => {
  const [row] = await db
    .select({ row: brainstorms, leaderName: users.name, noteCount: noteCountSql, guestCount: guestCountSql })
    .from(brainstorms)
    .leftJoin(users, eq(users.id, brainstorms.leaderId))
    .where(eq(brainstorms.id, id));
  return row ?? null;
};

const noteFields = {
  id: brainstormNotes.id,
  text: brainstormNotes.text,
  column: brainstormNotes.column,
  position: brainstormNotes.position,
  revealed: brainstormNotes.revealed,
};
const toNote = (n: { id: string; text: string; column: string; position: number; revealed: boolean }): BrainstormNote => ({
  id: n.id,
  text: n.text,
  column: n.column as BrainstormColumn,
  position: n.position,
  revealed: n.revealed,
});

/** Every note of the wall in reading order. Never its creation time: that would tell who typed when. */
export const listNotes = async (db: Executor, brainstormId: string): Promise<BrainstormNote[]> => {
  const rows = await db
    .select(noteFields)
    .from(brainstormNotes)
    .where(eq(brainstormNotes.brainstormId, brainstormId))
    .orderBy(asc(brainstormNotes.column), asc(brainstormNotes.position), asc(brainstormNotes.id));
  return rows.map(toNote);
};

export const noteCounts = async (db: Executor, brainstormId: string): Promise<{ total: number; hidden: number }> => {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int`, hidden: sql<number>`(count(*) filter (where not ${brainstormNotes.revealed}))::int` })
    .from(brainstormNotes)
    .where(eq(brainstormNotes.brainstormId, brainstormId));
  return { total: Number(row?.total ?? 0), hidden: Number(row?.hidden ?? 0) };
};

/** A note as it is (fixtures); the API adds notes through `insertNotes`. */
export const insertNote = async (db: Executor, values: { id: string; brainstormId: string; text: string; column: BrainstormColumn; position: number; createdAt: Date }): Promise<void> => {
  await db.insert(brainstormNotes).values(values);
};

export const updateNotePlaces = async (db: Executor, brainstormId: string, changes: readonly { id: string; column: BrainstormColumn; position: number; revealed: boolean }[]): Promise<void> => {
  for (const c of changes) {
    await db
      .update(brainstormNotes)
      .set({ column: c.column, position: c.position, revealed: c.revealed })
      .where(and(eq(brainstormNotes.id, c.id), eq(brainstormNotes.brainstormId, brainstormId)));
  }
};

export const revealAllNotes = async (db: Executor, brainstormId: string): Promise<number> => {
  const rows = await db
    .update(brainstormNotes)
    .set({ revealed: true })
    .where(and(eq(brainstormNotes.brainstormId, brainstormId), eq(brainstormNotes.revealed, false)))
    .returning({ id: brainstormNotes.id });
  return rows.length;
};

export const deleteNote = async (db: Executor, brainstormId: string, noteId: string): Promise<boolean> => {
  const rows = await db
    .delete(brainstormNotes)
    .where(and(eq(brainstormNotes.id, noteId), eq(brainstormNotes.brainstormId, brainstormId)))
    .returning({ id: brainstormNotes.id });
  return rows.length > 0;
};

export const insertGuest = async (db: Executor, values: { tokenHash: string; brainstormId: string; joinedAt: Date }): Promise<void> => {
  await db.insert(brainstormGuests).values(values);
};

export const countGuests = async (db: Executor, brainstormId: string): Promise<number> => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(brainstormGuests).where(eq(brainstormGuests.brainstormId, brainstormId));
  return Number(row?.n ?? 0);
};

export const findGuest = async (db: Executor, tokenHash: string): Promise<{ brainstormId: string; notesAdded: number } | null> => {
  const [row] = await db
    .select({ brainstormId: brainstormGuests.brainstormId, notesAdded: brainstormGuests.notesAdded })
    .from(brainstormGuests)
    .where(eq(brainstormGuests.tokenHash, tokenHash));
  return row ?? null;
};

/** Each phone of the session and the notes it has added (a session holds at most 60). */
export const listGuestCounts = async (db: Executor, brainstormId: string): Promise<Map<string, number>> => {
  const rows = await db
    .select({ tokenHash: brainstormGuests.tokenHash, notesAdded: brainstormGuests.notesAdded })
    .from(brainstormGuests)
    .where(eq(brainstormGuests.brainstormId, brainstormId));
  return new Map(rows.map((r) => [r.tokenHash, Number(r.notesAdded)]));
};

/**
 * Notes already checked (`note-intake.ts`) in one statement: the notes, and each phone's count up by its notes of the
 * batch. Written only if the session is still open (nothing is, otherwise: false). The caps are not checked again
 * here: the intake counted them, in the one process that writes notes (ADR 0010).
 */
export const insertNotes = async (
  db: Executor,
  brainstormId: string,
  notes: readonly { note: { id: string; text: string; position: number }; tokenHash: string | null; createdAt: Date }[],
): Promise<boolean> => {
  const perGuest = new Map<string, number>();
  for (const n of notes) if (n.tokenHash !== null) perGuest.set(n.tokenHash, (perGuest.get(n.tokenHash) ?? 0) + 1);
  const guestRows = [...perGuest].map(([hash, n]) => sql`(${hash}::text, ${n}::int)`);
  const noteRows = notes.map((n) => sql`(${n.note.id}::uuid, ${n.note.text}::text, ${n.note.position}::int, ${n.createdAt.toISOString()}::timestamptz)`);
  const guests =
    guestRows.length === 0
      ? sql``
      : sql`, g as (
          update ${brainstormGuests} set notes_added = notes_added + v.n from (values ${sql.join(guestRows, sql`, `)}) as v(h, n)
          where token_hash = v.h and brainstorm_id = ${brainstormId} and exists (select 1 from s)
          returning 1
        )`;
  const result = await db.execute(sql`
    with s as (select 1 from ${brainstorms} where ${brainstorms.id} = ${brainstormId} and ${brainstorms.status} = 'open')${guests},
    i as (
      insert into ${brainstormNotes} (id, brainstorm_id, text, "column", position, revealed, created_at)
      select v.id, ${brainstormId}::uuid, v.text, 'pool', v.position, false, v.created_at
      from (values ${sql.join(noteRows, sql`, `)}) as v(id, text, position, created_at)
      where exists (select 1 from s)
      returning 1
    )
    select (select count(*) from i)::int as inserted
  `);
  const row = (result as unknown as { rows: { inserted: number }[] }).rows[0];
  return Number(row?.inserted ?? 0) === notes.length;
};
