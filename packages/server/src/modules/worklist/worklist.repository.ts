import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { WorklistRule, WorklistSnooze } from "@passerelle/domain";
import { jobs, memberships, programWorklistSettings, users, worklistSnoozes } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/** The worklist's own records (settings, snoozes); the facts it judges are read by worklist-facts.repository.ts. */

/** The program's specialists (and team leads, who may develop jobs too), for the weekly table. */
export const programSpecialists = async (db: Executor, programId: string): Promise<{ id: string; name: string }[]> =>
  db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.programId, programId), inArray(memberships.role, ["specialist", "team_lead"])))
    .orderBy(asc(users.name));

export const getWorklistSettingsRow = async (db: Executor, programId: string) => {
  const [row] = await db.select().from(programWorklistSettings).where(eq(programWorklistSettings.programId, programId));
  return row ?? null;
};

export const insertWorklistSettings = async (db: Executor, values: typeof programWorklistSettings.$inferInsert): Promise<boolean> => {
  const inserted = await db.insert(programWorklistSettings).values(values).onConflictDoNothing().returning({ programId: programWorklistSettings.programId });
  return inserted.length === 1;
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateWorklistSettingsIfVersion = async (
  db: Executor,
  programId: string,
  expectedVersion: number,
  values: { settings: unknown; updatedBy: string; updatedAt: Date },
): Promise<boolean> => {
  const updated = await db
    .update(programWorklistSettings)
    .set({ ...values, version: sql`${programWorklistSettings.version} + 1` })
    .where(and(eq(programWorklistSettings.programId, programId), eq(programWorklistSettings.version, expectedVersion)))
    .returning({ programId: programWorklistSettings.programId });
  return updated.length === 1;
};

export const insertSnooze = async (db: Executor, values: typeof worklistSnoozes.$inferInsert): Promise<void> => {
  await db.insert(worklistSnoozes).values(values);
};

export const deleteSnooze = async (db: Executor, id: string): Promise<void> => {
  await db.delete(worklistSnoozes).where(eq(worklistSnoozes.id, id));
};

export const getSnooze = async (db: Executor, id: string) => {
  const [row] = await db
    .select({ s: worklistSnoozes, createdByName: users.name })
    .from(worklistSnoozes)
    .leftJoin(users, eq(users.id, worklistSnoozes.createdBy))
    .where(eq(worklistSnoozes.id, id))
    .orderBy(desc(worklistSnoozes.createdAt));
  return row ?? null;
};

export const toSnooze = (row: NonNullable<Awaited<ReturnType<typeof getSnooze>>>): WorklistSnooze => ({
  id: row.s.id,
  rule: row.s.rule as WorklistRule,
  participantId: row.s.participantId,
  employerId: row.s.employerId,
  jobId: row.s.jobId,
  until: row.s.until,
  reason: row.s.reason,
  createdBy: row.s.createdBy,
  createdByName: row.createdByName,
  createdAt: row.s.createdAt.toISOString(),
});

/** A job of this person, if it is one (a snooze for one job). */
export const jobBelongsTo = async (db: Executor, jobId: string, participantId: string): Promise<boolean> => {
  const [row] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.id, jobId), eq(jobs.participantId, participantId)));
  return Boolean(row);
};

