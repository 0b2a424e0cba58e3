import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type Application, type ApplicationEvent, applicationEventSchema } from "@passerelle/domain";
import { applications, employers, openings } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

type ApplicationRow = typeof applications.$inferSelect;

const toApplication = (row: ApplicationRow): Application => ({
  id: row.id,
  programId: row.programId,
  participantId: row.participantId,
  openingId: row.openingId,
  employerId: row.employerId,
  employerName: row.employerName,
  title: row.title,
  status: row.status as Application["status"],
  history: applicationEventSchema.array().parse(row.history),
  jobId: row.jobId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export const getApplication = async (db: Executor, id: string): Promise<Application | null> => {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row ? toApplication(row) : null;
};

/** A person's applications, newest first (a person rarely has more than a few dozen). */
export const listApplications = async (db: Executor, participantId: string): Promise<{ items: Application[]; total: number }> => {
  const rows = await db
    .select()
    .from(applications)
    .where(eq(applications.participantId, participantId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(500);
  return { items: rows.map(toApplication), total: rows.length };
};

export const insertApplication = async (db: Executor, values: typeof applications.$inferInsert): Promise<void> => {
  await db.insert(applications).values(values);
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const appendApplicationEventIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  history: ApplicationEvent[],
  now: Date,
): Promise<boolean> => {
  const status = history[history.length - 1]?.status;
  if (!status) return false;
  const updated = await db
    .update(applications)
    .set({ status, history, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, id), eq(applications.version, expectedVersion)))
    .returning({ id: applications.id });
  return updated.length === 1;
};

/** An opening of the program, with its employer's name (null when the opening is of another program). */
export const findProgramOpening = async (db: Executor, programId: string, openingId: string) => {
  const [row] = await db
    .select({ employerId: openings.employerId, title: openings.title, employerName: employers.name })
    .from(openings)
    .innerJoin(employers, eq(employers.id, openings.employerId))
    .where(and(eq(openings.id, openingId), eq(openings.programId, programId)));
  return row ?? null;
};

/** The names of the program's employers among `ids`; ids of other programs are simply absent. */
export const programEmployerNames = async (db: Executor, programId: string, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: employers.id, name: employers.name })
    .from(employers)
    .where(and(eq(employers.programId, programId), inArray(employers.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
};
