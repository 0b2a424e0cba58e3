import { type Routine, type RoutineActivity, type RoutineAnswers, routineActivitySchema, routineQuestionKeys } from "@passerelle/domain";
import { and, desc, eq, ne, type SQL } from "drizzle-orm";
import { jobs, routines, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const insertRoutine = async (db: Executor, values: typeof routines.$inferInsert): Promise<void> => {
  await db.insert(routines).values(values);
};

/**
 * The jsonb columns are read back through the domain's schemas: a row written by an older version of the contract
 * keeps what still reads (an unknown category or question is dropped) rather than breaking the whole list.
 */
const readActivities = (value: unknown): RoutineActivity[] =>
  (Array.isArray(value) ? value : []).flatMap((a) => {
    const parsed = routineActivitySchema.safeParse(a);
    return parsed.success ? [parsed.data] : [];
  });
const readAnswers = (value: unknown): RoutineAnswers => {
  const stored = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const answers: RoutineAnswers = {};
  for (const key of routineQuestionKeys) {
    const text = stored[key];
    if (typeof text === "string" && text !== "") answers[key] = text;
  }
  return answers;
};

const selection = {
  r: routines,
  createdBy: users.name,
  jobTitle: jobs.title,
  jobEmployer: jobs.employerName,
  jobStart: jobs.startDate,
};

type Row = { r: typeof routines.$inferSelect; createdBy: string | null; jobTitle: string | null; jobEmployer: string | null; jobStart: string | null };

const toRoutine = ({ r, createdBy, jobTitle, jobEmployer, jobStart }: Row): Routine => ({
  id: r.id,
  participantId: r.participantId,
  label: r.label,
  validFrom: r.validFrom,
  jobId: r.jobId,
  job: jobTitle !== null && jobStart !== null ? { title: jobTitle, employerName: jobEmployer ?? "", startDate: jobStart } : null,
  firstHour: r.firstHour,
  lastHour: r.lastHour,
  activities: readActivities(r.activities),
  answers: readAnswers(r.answers),
  sharedWithCareTeam: r.sharedWithCareTeam,
  createdBy,
  createdAt: r.createdAt.toISOString(),
});

const selectRoutines = (db: Executor, where: SQL | undefined) =>
  db
    .select(selection)
    .from(routines)
    .leftJoin(users, eq(users.id, routines.createdBy))
    .leftJoin(jobs, eq(jobs.id, routines.jobId))
    .where(where);

/** The person's versions, newest first (the day the week applies from, then saving time); shared ones only if asked. */
export const listRoutines = async (db: Executor, participantId: string, options: { sharedOnly: boolean }): Promise<Routine[]> => {
  const conditions = [eq(routines.participantId, participantId)];
  if (options.sharedOnly) conditions.push(eq(routines.sharedWithCareTeam, true));
  const rows = await selectRoutines(db, and(...conditions)).orderBy(desc(routines.validFrom), desc(routines.createdAt), desc(routines.id));
  return rows.map(toRoutine);
};

export const getRoutine = async (db: Executor, id: string): Promise<Routine | null> => {
  const [row] = await selectRoutines(db, eq(routines.id, id));
  return row ? toRoutine(row) : null;
};

/** Whose version it is and whether it is shared: what the access policy needs before anything is read. */
export const findRoutineScope = async (db: Executor, id: string): Promise<{ participantId: string; sharedWithCareTeam: boolean } | null> => {
  const [row] = await db.select({ participantId: routines.participantId, sharedWithCareTeam: routines.sharedWithCareTeam }).from(routines).where(eq(routines.id, id));
  return row ?? null;
};

/** Sets the sharing; true when it changed. */
export const setRoutineSharing = async (db: Executor, id: string, shared: boolean): Promise<boolean> => {
  const changed = await db
    .update(routines)
    .set({ sharedWithCareTeam: shared })
    .where(and(eq(routines.id, id), ne(routines.sharedWithCareTeam, shared)))
    .returning({ id: routines.id });
  return changed.length > 0;
};

/** Whether the job is one of the person's (a version may only be built around their own job). */
export const isJobOf = async (db: Executor, jobId: string, participantId: string): Promise<boolean> => {
  const [row] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.id, jobId), eq(jobs.participantId, participantId)));
  return row !== undefined;
};
