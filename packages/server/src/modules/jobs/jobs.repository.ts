import { and, desc, eq, sql } from "drizzle-orm";
import type { CompetitiveOverride, EmployerSetting, Job } from "@passerelle/domain";
import { applications, employers, jobs, openings, programs } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { competitivenessOf } from "./job-rules";

export type JobRow = typeof jobs.$inferSelect;

type JoinedRow = { job: JobRow; country: string; registerName: string | null; setting: string | null };

const selection = { job: jobs, country: programs.country, registerName: employers.name, setting: employers.setting };

const withJoins = (db: Executor) =>
  db.select(selection).from(jobs).innerJoin(programs, eq(programs.id, jobs.programId)).leftJoin(employers, eq(employers.id, jobs.employerId));

/** Competitiveness is derived on every read: the rule and the minimum wage of the start month decide, not a stored flag. */
const toJob = ({ job, country, registerName, setting }: JoinedRow): Job => {
  const employerSetting = (setting ?? null) as EmployerSetting | null;
  const competitiveOverride = (job.competitiveOverride ?? null) as CompetitiveOverride | null;
  const disclosure = job.disclosure as Job["disclosure"];
  return {
    id: job.id,
    programId: job.programId,
    participantId: job.participantId,
    employerId: job.employerId,
    // The register's name when the employer is registered (a renamed employer reads right everywhere).
    employerName: registerName ?? job.employerName,
    employerSetting,
    openingId: job.openingId,
    applicationId: job.applicationId,
    title: job.title,
    occupationCode: job.occupationCode,
    startDate: job.startDate,
    plannedEndDate: job.plannedEndDate,
    endDate: job.endDate,
    hoursPerWeek: job.hoursPerWeek,
    hourlyGrossWage: job.hourlyGrossWage,
    contract: job.contract as Job["contract"],
    competitiveOverride,
    competitiveness: competitivenessOf({ ...job, contract: job.contract as Job["contract"], competitiveOverride }, country, employerSetting),
    disclosure: { level: disclosure.level, details: disclosure.details, disclosedOn: disclosure.disclosedOn ?? null },
    endReason: job.endReason as Job["endReason"],
    endedBy: job.endedBy as Job["endedBy"],
    endNote: job.endNote,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    version: job.version,
  };
};

export const findJobScope = async (db: Executor, id: string): Promise<{ programId: string; participantId: string } | null> => {
  const [row] = await db.select({ programId: jobs.programId, participantId: jobs.participantId }).from(jobs).where(eq(jobs.id, id));
  return row ?? null;
};

export const getJob = async (db: Executor, id: string): Promise<Job | null> => {
  const [row] = await withJoins(db).where(eq(jobs.id, id));
  return row ? toJob(row) : null;
};

export const getJobRow = async (db: Executor, id: string): Promise<JobRow | null> => {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
};

/** Every episode of the person, ongoing ones first, then the most recent start. */
export const listJobs = async (db: Executor, participantId: string): Promise<Job[]> => {
  const rows = await withJoins(db)
    .where(eq(jobs.participantId, participantId))
    .orderBy(sql`${jobs.endDate} is not null`, desc(jobs.startDate), desc(jobs.createdAt));
  return rows.map(toJob);
};

/** The dates of all the person's episodes, for the journey rules (is another job still going on?). */
export const jobDatesOf = async (db: Executor, participantId: string) =>
  db.select({ id: jobs.id, startDate: jobs.startDate, endDate: jobs.endDate }).from(jobs).where(eq(jobs.participantId, participantId));

export const insertJob = async (db: Executor, values: typeof jobs.$inferInsert): Promise<void> => {
  await db.insert(jobs).values(values);
};

export const updateJobIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof jobs.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(jobs)
    .set({ ...changes, updatedAt: now, version: sql`${jobs.version} + 1` })
    .where(and(eq(jobs.id, id), eq(jobs.version, expectedVersion)))
    .returning({ id: jobs.id });
  return updated.length === 1;
};

export const programCountry = async (db: Executor, programId: string): Promise<string | null> => {
  const [row] = await db.select({ country: programs.country }).from(programs).where(eq(programs.id, programId));
  return row?.country ?? null;
};

export const findEmployerInProgram = async (db: Executor, programId: string, id: string) => {
  const [row] = await db
    .select({ id: employers.id, name: employers.name, setting: employers.setting })
    .from(employers)
    .where(and(eq(employers.id, id), eq(employers.programId, programId)));
  return row ?? null;
};

export const openingInProgram = async (db: Executor, programId: string, id: string): Promise<boolean> => {
  const [row] = await db.select({ id: openings.id }).from(openings).where(and(eq(openings.id, id), eq(openings.programId, programId)));
  return Boolean(row);
};

export const applicationOfParticipant = async (db: Executor, participantId: string, id: string): Promise<boolean> => {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.participantId, participantId)));
  return Boolean(row);
};

/** The hire is written on the application too (its "job created" link); the applications module owns the rest. */
export const linkApplicationToJob = async (db: Executor, applicationId: string, jobId: string): Promise<void> => {
  await db.update(applications).set({ jobId }).where(eq(applications.id, applicationId));
};

/** A job of this person (for the benefits plan link): null when the id is someone else's or unknown. */
export const jobOfParticipant = async (db: Executor, participantId: string, id: string): Promise<boolean> => {
  const [row] = await db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.id, id), eq(jobs.participantId, participantId)));
  return Boolean(row);
};
