import { type SQL, and, asc, desc, eq, gt, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { ParticipantStatus, WorklistInput, WorklistRule, WorklistSnooze } from "@passerelle/domain";
import {
  benefitPlans,
  contacts,
  employerContactPeople,
  employerContacts,
  employers,
  jobs,
  memberships,
  participants,
  programWorklistSettings,
  users,
  worklistSnoozes,
} from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/**
 * The facts the worklist rules need, read with aggregates so that no request loads a whole contact log: per
 * person the latest contact dates of each kind, only the head of each employer thread with an open next step,
 * and the jobs and plans of the people listed. Every query is served by an index on the person, the program and
 * date, the employer thread, or the open next steps (migration 0006).
 */

export type PeopleFilter = { programId: string; specialistId?: string };

type Person = WorklistInput["participants"][number] & { name: string };

/** Never an employer's id: the per-person employer facts are handed to the rules under it (see below). */
const NO_EMPLOYER = "00000000-0000-0000-0000-000000000000";

const uuidArray = (ids: readonly string[]): SQL => sql`array[${sql.join(
  ids.map((id) => sql`${id}`),
  sql`, `,
)}]::uuid[]`;

/** The program's active people, or one specialist's (participants_program_specialist_name_idx / _status_idx). */
export const activePeople = async (db: Executor, filter: PeopleFilter): Promise<Person[]> => {
  const rows = await db
    .select({
      id: participants.id,
      status: participants.status,
      referralDate: participants.referralDate,
      specialistId: participants.specialistId,
      firstName: participants.firstName,
      lastName: participants.lastName,
    })
    .from(participants)
    .where(
      and(
        eq(participants.programId, filter.programId),
        filter.specialistId ? eq(participants.specialistId, filter.specialistId) : undefined,
        ne(participants.status, "closed"),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    status: r.status as ParticipantStatus,
    referralDate: r.referralDate,
    specialistId: r.specialistId,
    name: `${r.firstName} ${r.lastName}`,
  }));
};

/**
 * Per person, the latest contact with the person (contacts_participant_date_idx), in any mode, in person, and
 * in person or by video, handed to the rules as at most three contacts that carry the same maxima.
 */
export const contactFacts = async (db: Executor, ids: readonly string[], today: string): Promise<WorklistInput["contacts"]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      participantId: contacts.participantId,
      lastAny: sql<string>`max(${contacts.date})::text`,
      lastInPerson: sql<string | null>`(max(${contacts.date}) filter (where ${contacts.mode} = 'in_person'))::text`,
      lastMeeting: sql<string | null>`(max(${contacts.date}) filter (where ${contacts.mode} in ('in_person', 'video')))::text`,
    })
    .from(contacts)
    .where(and(sql`${contacts.participantId} = any(${uuidArray(ids)})`, lte(contacts.date, today), sql`'participant' = any(${contacts.withWhom})`))
    .groupBy(contacts.participantId);
  const withWhom = ["participant"] as const;
  return rows.flatMap((r) => [
    { participantId: r.participantId, date: r.lastAny, mode: "message" as const, withWhom },
    ...(r.lastMeeting ? [{ participantId: r.participantId, date: r.lastMeeting, mode: "video" as const, withWhom }] : []),
    ...(r.lastInPerson ? [{ participantId: r.participantId, date: r.lastInPerson, mode: "in_person" as const, withWhom }] : []),
  ]);
};

/**
 * Per person, the latest face-to-face employer contact made for them, from employer_contact_people (one row per
 * contact and person, employer_contact_people_participant_idx), handed to the rules as contacts of no employer and
 * no author so that they form no thread.
 */
export const employerContactFactsFor = async (db: Executor, ids: readonly string[], today: string): Promise<WorklistInput["employerContacts"]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ pid: employerContactPeople.participantId, last: sql<string>`max(${employerContactPeople.date})::text` })
    .from(employerContactPeople)
    .where(
      and(
        sql`${employerContactPeople.participantId} = any(${uuidArray(ids)})`,
        eq(employerContactPeople.faceToFace, true),
        eq(employerContactPeople.kind, "for_participant"),
        lte(employerContactPeople.date, today),
      ),
    )
    .groupBy(employerContactPeople.participantId);
  return rows.map((r) => ({
    employerId: NO_EMPLOYER,
    date: r.last,
    faceToFace: true,
    specialistId: null,
    kind: "for_participant" as const,
    participantIds: [r.pid],
  }));
};

export type ThreadHead = WorklistInput["employerContacts"][number] & { employerName: string };

/**
 * The open next steps due within the horizon (the partial indexes employer_contacts_open_step_author_idx, or
 * _program_idx for the team) whose contact is still the head of its thread (employer x author): no later contact
 * of the same author with the same employer, read through employer_contacts_thread_idx. Two contacts on the same
 * day: the later one logged wins. A contact without author (an imported history) forms the thread of "nobody".
 */
export const openThreadHeads = async (
  db: Executor,
  programId: string,
  authorId: string | undefined,
  today: string,
  horizon: string,
): Promise<ThreadHead[]> => {
  const owner = authorId ? sql`c.author_id = ${authorId}` : sql`c.program_id = ${programId}`;
  const later = (alias: string) =>
    sql.raw(`${alias}.date >= c.date and ${alias}.date <= `).append(sql`${today}`).append(
      sql.raw(` and (${alias}.date > c.date or ${alias}.created_at > c.created_at or (${alias}.created_at = c.created_at and ${alias}.id > c.id))`),
    );
  const result = await db.execute(sql`
    select c.id, c.employer_id, c.author_id, c.date::text as date, c.next_step, c.next_step_date::text as next_step_date, e.name
    from ${employerContacts} c
    join ${employers} e on e.id = c.employer_id
    where ${owner} and c.program_id = ${programId}
      and c.next_step_done_on is null and c.next_step_date is not null and c.next_step_date <= ${horizon} and c.date <= ${today}
      and not exists (select 1 from ${employerContacts} l where l.employer_id = c.employer_id and l.author_id = c.author_id and ${later("l")})
      and (c.author_id is not null or not exists (
        select 1 from ${employerContacts} n where n.employer_id = c.employer_id and n.author_id is null and ${later("n")}
      ))`);
  type Row = { id: string; employer_id: string; author_id: string | null; date: string; next_step: string; next_step_date: string; name: string };
  return rowsOf<Row>(result).map((r) => ({
    id: r.id,
    employerId: r.employer_id,
    employerName: r.name,
    date: r.date,
    faceToFace: false,
    specialistId: r.author_id,
    kind: "generic" as const,
    participantIds: [],
    nextStep: r.next_step,
    nextStepDate: r.next_step_date,
    nextStepDoneOn: null,
  }));
};

/** The people's jobs (jobs_participant_idx). */
export const jobsOf = async (db: Executor, ids: readonly string[]): Promise<WorklistInput["jobs"]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: jobs.id,
      participantId: jobs.participantId,
      startDate: jobs.startDate,
      endDate: jobs.endDate,
      endRecordedOn: jobs.endRecordedOn,
      title: jobs.title,
      employerName: jobs.employerName,
    })
    .from(jobs)
    .where(sql`${jobs.participantId} = any(${uuidArray(ids)})`);
  return rows.map(({ employerName, title, ...j }) => ({ ...j, title: employerName ? `${title} (${employerName})` : title }));
};

/** The people's benefits plans up to today (benefit_plans_participant_idx): only dates and the job they were for. */
export const benefitsPlansOf = async (db: Executor, ids: readonly string[], today: string): Promise<WorklistInput["benefitsPlans"]> => {
  if (ids.length === 0) return [];
  return db
    .select({ participantId: benefitPlans.participantId, planDate: benefitPlans.planDate, jobId: benefitPlans.jobId })
    .from(benefitPlans)
    .where(and(sql`${benefitPlans.participantId} = any(${uuidArray(ids)})`, lte(benefitPlans.planDate, today)));
};

/** The program's snoozes still running after today (worklist_snoozes_program_until_idx). */
export const runningSnoozes = async (db: Executor, programId: string, today: string): Promise<WorklistInput["snoozes"]> => {
  const rows = await db
    .select({
      id: worklistSnoozes.id,
      rule: worklistSnoozes.rule,
      participantId: worklistSnoozes.participantId,
      employerId: worklistSnoozes.employerId,
      jobId: worklistSnoozes.jobId,
      until: worklistSnoozes.until,
      reason: worklistSnoozes.reason,
    })
    .from(worklistSnoozes)
    .where(and(eq(worklistSnoozes.programId, programId), gt(worklistSnoozes.until, today)));
  return rows.map((r) => ({ ...r, rule: r.rule as WorklistRule }));
};

/** This week's employer contacts of the program (employer_contacts_program_date_idx), with their author's name. */
export const employerContactsOfWeek = async (db: Executor, programId: string, weekStart: string, weekEnd: string, authorId?: string) =>
  db
    .select({ specialistId: employerContacts.authorId, name: users.name, date: employerContacts.date, faceToFace: employerContacts.faceToFace })
    .from(employerContacts)
    .leftJoin(users, eq(users.id, employerContacts.authorId))
    .where(
      and(
        eq(employerContacts.programId, programId),
        gte(employerContacts.date, weekStart),
        lte(employerContacts.date, weekEnd),
        authorId ? eq(employerContacts.authorId, authorId) : undefined,
      ),
    );

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

/** `db.execute` answers `{ rows }` on node-postgres and on PGlite. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
