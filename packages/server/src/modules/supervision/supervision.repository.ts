import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { SupervisionKind, SupervisionSession } from "@passerelle/domain";
import { supervisionSessions, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

type Row = typeof supervisionSessions.$inferSelect;

const names = async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};

const toSessions = async (db: Executor, rows: Row[]): Promise<SupervisionSession[]> => {
  const named = await names(db, rows.flatMap((r) => [...r.attendeeIds, ...(r.leaderId ? [r.leaderId] : [])]));
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    kind: r.kind as SupervisionKind,
    date: r.date,
    durationMinutes: r.durationMinutes,
    leaderId: r.leaderId,
    leaderName: r.leaderId ? (named.get(r.leaderId) ?? null) : null,
    attendees: r.attendeeIds.map((id) => ({ id, name: named.get(id) ?? "" })),
    topics: r.topics,
    notes: r.notes,
    version: r.version,
  }));
};

export const listSupervisionSessions = async (db: Executor, programId: string, limit: number, offset: number) => {
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(supervisionSessions)
      .where(eq(supervisionSessions.programId, programId))
      .orderBy(desc(supervisionSessions.date), desc(supervisionSessions.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(supervisionSessions).where(eq(supervisionSessions.programId, programId)),
  ]);
  return { items: await toSessions(db, rows), total };
};

export const getSupervisionSession = async (db: Executor, id: string): Promise<SupervisionSession | null> => {
  const [row] = await db.select().from(supervisionSessions).where(eq(supervisionSessions.id, id));
  return row ? ((await toSessions(db, [row]))[0] ?? null) : null;
};

export const findSupervisionProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: supervisionSessions.programId }).from(supervisionSessions).where(eq(supervisionSessions.id, id));
  return row?.programId ?? null;
};

export const insertSupervisionSession = async (db: Executor, values: typeof supervisionSessions.$inferInsert): Promise<void> => {
  await db.insert(supervisionSessions).values(values);
};

export const updateSupervisionIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof supervisionSessions.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(supervisionSessions)
    .set({ ...changes, updatedAt: now, version: sql`${supervisionSessions.version} + 1` })
    .where(and(eq(supervisionSessions.id, id), eq(supervisionSessions.version, expectedVersion)))
    .returning({ id: supervisionSessions.id });
  return updated.length === 1;
};
