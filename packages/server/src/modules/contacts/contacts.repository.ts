import { count, desc, eq } from "drizzle-orm";
import type { Contact } from "@passerelle/domain";
import { contacts, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const listContacts = async (db: Executor, participantId: string, limit: number, offset: number): Promise<{ items: Contact[]; total: number }> => {
  const where = eq(contacts.participantId, participantId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ c: contacts, authorName: users.name })
      .from(contacts)
      .leftJoin(users, eq(users.id, contacts.authorId))
      .where(where)
      .orderBy(desc(contacts.date), desc(contacts.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(contacts).where(where),
  ]);
  return {
    total,
    items: rows.map(({ c, authorName }) => ({
      id: c.id,
      participantId: c.participantId,
      date: c.date,
      durationMinutes: c.durationMinutes,
      mode: c.mode as Contact["mode"],
      place: c.place as Contact["place"],
      withWhom: c.withWhom as Contact["withWhom"],
      phase: c.phase as Contact["phase"],
      notes: c.notes,
      authorId: c.authorId,
      authorName,
      createdAt: c.createdAt.toISOString(),
    })),
  };
};

export const insertContact = async (db: Executor, values: typeof contacts.$inferInsert): Promise<void> => {
  await db.insert(contacts).values(values);
};
