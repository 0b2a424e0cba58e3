import { desc, eq } from "drizzle-orm";
import { type Contact, type SupportContactEntry, type SupportPlan, supportPlanDataSchema } from "@passerelle/domain";
import { contacts, supportContactLinks, supportPlans, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/** The current plan of a job: its latest saved version, null before the first save. */
export const latestSupportPlan = async (db: Executor, jobId: string): Promise<SupportPlan | null> => {
  const [row] = await db
    .select({ p: supportPlans, savedBy: users.name })
    .from(supportPlans)
    .leftJoin(users, eq(users.id, supportPlans.savedBy))
    .where(eq(supportPlans.jobId, jobId))
    .orderBy(desc(supportPlans.version))
    .limit(1);
  if (!row) return null;
  return {
    jobId: row.p.jobId,
    participantId: row.p.participantId,
    version: row.p.version,
    // Parsed so a plan saved before a default was added reads with that default.
    data: supportPlanDataSchema.parse(row.p.data),
    savedAt: row.p.savedAt.toISOString(),
    savedBy: row.savedBy,
  };
};

export const insertSupportPlan = async (db: Executor, values: typeof supportPlans.$inferInsert): Promise<void> => {
  await db.insert(supportPlans).values(values);
};

export const insertSupportContactLink = async (db: Executor, values: typeof supportContactLinks.$inferInsert): Promise<void> => {
  await db.insert(supportContactLinks).values(values);
};

/** The contacts logged against a job's supports, newest first, each with its contact. */
export const listSupportContacts = async (db: Executor, jobId: string, onlyContactId?: string): Promise<SupportContactEntry[]> => {
  const rows = await db
    .select({ link: supportContactLinks, c: contacts, authorName: users.name })
    .from(supportContactLinks)
    .innerJoin(contacts, eq(contacts.id, supportContactLinks.contactId))
    .leftJoin(users, eq(users.id, contacts.authorId))
    .where(onlyContactId ? eq(supportContactLinks.contactId, onlyContactId) : eq(supportContactLinks.jobId, jobId))
    .orderBy(desc(supportContactLinks.date), desc(contacts.createdAt));
  return rows.map(({ link, c, authorName }) => ({
    contactId: link.contactId,
    jobId: link.jobId,
    supportIds: link.supportIds,
    date: link.date,
    contact: {
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
    },
  }));
};
