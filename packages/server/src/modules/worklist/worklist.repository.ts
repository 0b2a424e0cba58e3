import { type SQL, and, asc, desc, eq, gt, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { ParticipantStatus, WorklistInput, WorklistRule, WorklistSnooze } from "@passerelle/domain";
import {
  benefitPlans,
  contacts,
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
 * date, or the employer (see the report in docs/architecture.md for the two the log would still like).
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
 * Per person, the latest face-to-face employer contact made for them since `from` (the earliest entry among the
 * people still looking), handed to the rules as contacts of no employer and no author so that they form no
 * thread. `participant_ids && array` is the form a GIN index on participant_ids would serve.
 */
export const employerContactFactsFor = async (
  db: Executor,
  programId: string,
  ids: readonly string[],
  from: string,
  today: string,
): Promise<WorklistInput["employerContacts"]> => {
  if (ids.length === 0) return [];
  const people = uuidArray(ids);
  const result = await db.execute(sql`
    select p.pid, max(c.date)::text as last
    from ${employerContacts} c cross join lateral unnest(c.participant_ids) as p(pid)
    where c.program_id = ${programId} and c.kind = 'for_participant' and c.face_to_face
      and c.date >= ${from} and c.date <= ${today}
      and c.participant_ids && ${people} and p.pid = any(${people})
    group by p.pid`);
  return rowsOf<{ pid: string; last: string }>(result).map((r) => ({
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
 * The head (latest contact) of each employer thread (employer x author) whose next step is still open, among the
 * employers whose earliest open next step (employers.next_step_date, kept by the contact use cases) falls within
 * the horizon: an employer with none cannot have an item. DISTINCT ON reads each employer's contacts through
 * employer_contacts_employer_date_idx; two contacts on the same day: the later one logged wins.
 */
export const openThreadHeads = async (
  db: Executor,
  programId: string,
  authorId: string | undefined,
  today: string,
  horizon: string,
): Promise<ThreadHead[]> => {
  const byAuthor = authorId ? sql`and c.author_id = ${authorId}` : sql``;
  const result = await db.execute(sql`
    select h.id, h.employer_id, h.author_id, h.date::text as date, h.next_step, h.next_step_date::text as next_step_date, e.name
    from (
      select distinct on (c.employer_id, c.author_id) c.id, c.employer_id, c.author_id, c.date, c.next_step, c.next_step_date, c.next_step_done_on
      from ${employerContacts} c
      where c.program_id = ${programId} and c.date <= ${today} ${byAuthor}
        and c.employer_id in (select id from ${employers} where program_id = ${programId} and next_step_date <= ${horizon})
      order by c.employer_id, c.author_id, c.date desc, c.created_at desc, c.id desc
    ) h
    join ${employers} e on e.id = h.employer_id
    where h.next_step_date is not null and h.next_step_done_on is null`);
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
