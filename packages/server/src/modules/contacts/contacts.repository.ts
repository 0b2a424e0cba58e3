import { count, desc, eq } from "drizzle-orm";
import type { Contact } from "@passerelle/domain";
import { contacts, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

const toContact = ({ c, authorName }: { c: typeof contacts.$inferSelect; authorName: string | null }): Contact => ({
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
});

const withAuthor = (db: Executor) =>
  db.select({ c: contacts, authorName: users.name }).from(contacts).leftJoin(users, eq(users.id, contacts.authorId));

export const listContacts = async (db: Executor, participantId: string, limit: number, offset: number): Promise<{ items: Contact[]; total: number }> => {
  const where = eq(contacts.participantId, participantId);
  const [rows, [{ total }]] = await Promise.all([
    withAuthor(db).where(where).orderBy(desc(contacts.date), desc(contacts.createdAt)).limit(limit).offset(offset),
    db.select({ total: count() }).from(contacts).where(where),
  ]);
  return { total, items: rows.map(toContact) };
};

export const findContact = async (db: Executor, id: string): Promise<Contact | null> => {
  const [row] = await withAuthor(db).where(eq(contacts.id, id));
  return row ? toContact(row) : null;
};

export const insertContact = async (db: Executor, values: typeof contacts.$inferInsert): Promise<void> => {
  await db.insert(contacts).values(values);
};
