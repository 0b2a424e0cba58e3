import { type SQL, sql } from "drizzle-orm";
import { defaultWorklistSettings, type ParticipantStatus, type WorklistInput, type WorklistRule } from "@passerelle/domain";
import { buildOnce, type PreparedRead } from "../../platform/db";
import type { AuditRow } from "../../platform/journal";

/**
 * Every fact "my week" needs, in ONE statement: the worklist is the specialist's home page, read many times a
 * day, and measured at 10 connections (p99 < 100 ms, bench/). One round trip instead of ten saves a planning and a
 * round trip per question; the answer is one row of JSON arrays, which `JSON.parse` reads faster than rows. The
 * same statement inserts the read's audit row. On PostgreSQL it is a prepared statement run with its generic plan
 * (`readPrepared`, `genericPlan`): planned once per connection. Left to choose, PostgreSQL re-planned it at every
 * request (its custom plans priced lower: they see that the bench specialist has 20 people, not the average 120),
 * 1.5 ms of planning for a plan no better. So every part is written to have one good plan whatever the values:
 *
 * - the active people (the specialist's, or the program's for the team view);
 * - per person the latest contact with the person, in person, and in person or by video: three backward probes of
 *   contacts_participant_seen_idx that stop at the first match (was: every contact of the person, ~50 each);
 * - per person the latest face-to-face employer contact made for them: one probe of
 *   employer_contact_people_participant_idx (was: all of them, ~90 per person in job search);
 * - the jobs a job rule can look at (jobs_participant_idx): started since entry and running, or starting, within
 *   the support period; ended within the no-contact period; and the latest started since entry, which is all the
 *   first-employer-contact rule asks ("has a job started since entry"). Most of a person's jobs are older: reading
 *   them all was half the statement's JSON. Then each person's latest benefits plan date and the plans made for
 *   those jobs (benefit_plans_participant_idx; a plan's job is always one of its person's, save-benefits-plan.ts):
 *   what the benefits rule compares;
 * - the open employer next steps due within the horizon (and not past the listed days) that are still the head of
 *   their thread, employer x author: read from the author's (or program's) partial open-step index in a
 *   materialized CTE, the contact date and program checked after it (otherwise a generic plan ANDs the open steps
 *   with employer_contacts_author_date_idx, 7,000 entries for 70 steps); then employer_contacts_thread_idx for "no
 *   later contact" (two contacts on the same day: the later one logged wins; a contact without author forms the
 *   thread of "nobody");
 * - the program's running snoozes, and this week's employer contacts (employer_contacts_author_date_idx, or
 *   employer_contacts_program_date_idx for the team).
 */

export type FactsQuery = {
  programId: string;
  /** One specialist's people and threads; the whole program's when absent (team view). */
  specialistId?: string;
  today: string;
  weekStart: string;
  weekEnd: string;
  /**
   * The read's audit row, inserted by the same statement: an audited read in one round trip instead of two (the
   * row is written exactly when the facts are read, in the statement's own transaction).
   */
  audit: AuditRow;
};

export type ThreadHead = WorklistInput["employerContacts"][number] & { employerName: string };

export type WorklistFacts = {
  storedSettings: unknown;
  settingsVersion: number;
  people: (WorklistInput["participants"][number] & { name: string })[];
  contacts: WorklistInput["contacts"];
  employerContacts: WorklistInput["employerContacts"];
  threads: ThreadHead[];
  jobs: WorklistInput["jobs"];
  benefitsPlans: WorklistInput["benefitsPlans"];
  snoozes: WorklistInput["snoozes"];
  week: { specialistId: string | null; name: string | null; date: string; faceToFace: boolean }[];
};

/** Never an employer's id: the per-person employer facts are handed to the rules under it, forming no thread. */
const NO_EMPLOYER = "00000000-0000-0000-0000-000000000000";
const PARTICIPANT = ["participant"] as const;

type Row = {
  settings: unknown;
  settings_version: number | null;
  people: [string, string, string, string | null, string][];
  contacts: [string, string, string | null, string | null][];
  employer_facts: [string, string][];
  threads: [string, string, string | null, string, string, string, string][];
  jobs: [string, string, string, string | null, string | null, string, string][];
  plans: [string, string, string | null][];
  snoozes: [string, string, string | null, string | null, string | null, string, string][];
  week: [string | null, string | null, string, boolean][];
};

/** The statement's values, given at each read (`buildOnce`). */
type Value = "programId" | "specialistId" | "today" | "weekStart" | "weekEnd" | AuditValue;
type AuditValue = "auditId" | "auditAt" | "auditUserId" | "auditProgramId" | "auditParticipantId" | "auditAction" | "auditRecordType" | "auditRecordId" | "auditIp";
const v = (name: Value) => sql.placeholder(name);

/**
 * The statement for one specialist's caseload, or for the whole program (`team`). Its text is built once per shape
 * (`buildOnce`): drizzle building this 8,000-character text at every request, and looking up its prepared
 * statement's name by it, was about 4% of the route's server CPU (bench profile, 2026-11-30).
 */
const factsStatement = (team: boolean): SQL => {
  const bySpecialist = team ? sql`` : sql`and p.specialist_id = ${v("specialistId")}`;
  const threadOwner = team ? sql`c.program_id = ${v("programId")}` : sql`c.author_id = ${v("specialistId")}`;
  const weekOwner = team ? sql`w.program_id = ${v("programId")}` : sql`w.author_id = ${v("specialistId")}`;
  const later = (alias: string) =>
    sql.raw(`${alias}.date >= c.date and ${alias}.date <= `).append(sql`${v("today")}::date`).append(
      sql.raw(` and (${alias}.date > c.date or ${alias}.created_at > c.created_at or (${alias}.created_at = c.created_at and ${alias}.id > c.id))`),
    );
  // The windows of the job rules, never shorter than the defaults: stored settings the domain would refuse make it
  // use the defaults, so the jobs read are always a superset of those the rules look at.
  const window = (key: "jobStartSupportPeriodDays" | "noContactDays") =>
    sql`greatest(coalesce(((select settings from settings)->>${key})::int, ${defaultWorklistSettings[key]}), ${defaultWorklistSettings[key]})`;
  const supportDays = window("jobStartSupportPeriodDays");
  const noContactDays = window("noContactDays");
  // The jobs a job rule can look at, and the benefits plans made for them. One caseload (a few dozen people): probes
  // of jobs_participant_idx and benefit_plans_participant_idx per person and per job, as LATERAL subqueries that
  // cannot be pulled up (offset 0), so that the generic plan cannot turn them into joins: it did, by a hash join
  // over all 36,000 benefits plans, whenever ANALYZE's sample priced the probes a little higher (20-30 ms instead of
  // 3; bench/RESULTS.md, 2026-11-30 10:41). The whole program (team view, thousands of people): joins, which the
  // planner then reads as hash joins over one scan of each table, fewer pages than a probe per person.
  const recentJob = sql`(j.start_date >= p.referral_date and (j.end_date is null or j.end_date > ${v("today")}::date) and j.start_date >= ${v("today")}::date - ${supportDays})
    or (j.end_date <= ${v("today")}::date
      and greatest(j.end_date, case when j.end_recorded_on <= ${v("today")}::date then j.end_recorded_on end) >= ${v("today")}::date - ${noContactDays})`;
  const jobsOfPeople = team
    ? sql`join jobs j on j.participant_id = p.id and (${recentJob})`
    : sql`cross join lateral (select * from jobs j where j.participant_id = p.id and (${recentJob}) offset 0) j`;
  const planForJob = sql`b.participant_id = j.participant_id and b.job_id = j.id and b.plan_date <= ${v("today")}::date`;
  const plansOfJobs = team
    ? sql`join benefit_plans b on ${planForJob}`
    : sql`cross join lateral (select b.plan_date from benefit_plans b where ${planForJob} offset 0) b`;
  return sql`
    with audit as (
      insert into audit_log (id, at, user_id, program_id, participant_id, action, record_type, record_id, ip)
      values (${v("auditId")}::uuid, ${v("auditAt")}::timestamptz, ${v("auditUserId")}::uuid, ${v("auditProgramId")}::uuid,
        ${v("auditParticipantId")}::uuid, ${v("auditAction")}, ${v("auditRecordType")}, ${v("auditRecordId")}, ${v("auditIp")})
    ),
    people as materialized (
      select p.id, p.status, p.referral_date, p.specialist_id, p.first_name || ' ' || p.last_name as name
      from participants p
      where p.program_id = ${v("programId")} and p.status <> 'closed' ${bySpecialist}
    ),
    settings as (select s.settings, s.version from program_worklist_settings s where s.program_id = ${v("programId")}),
    recent_jobs as materialized (
      select j.id, j.participant_id, j.start_date, j.end_date, j.end_recorded_on, j.title, j.employer_name
      from people p ${jobsOfPeople}
      union
      select w.id, w.participant_id, w.start_date, w.end_date, w.end_recorded_on, w.title, w.employer_name
      from people p cross join lateral (select * from jobs w where w.participant_id = p.id and w.start_date >= p.referral_date and w.start_date <= ${v("today")}::date
        order by w.start_date desc limit 1) w
    ),
    open_steps as materialized (
      select c.id, c.program_id, c.employer_id, c.author_id, c.date, c.created_at, c.next_step, c.next_step_date
      from employer_contacts c
      where ${threadOwner} and c.next_step_done_on is null and c.next_step_date is not null
        and c.next_step_date <= ${v("today")}::date + coalesce(((select settings from settings)->>'horizonDays')::int, ${defaultWorklistSettings.horizonDays})
        and c.next_step_date >= ${v("today")}::date - coalesce(((select settings from settings)->>'employerNextStepListedDays')::int, ${defaultWorklistSettings.employerNextStepListedDays})
    )
    select
      (select settings from settings) as settings,
      (select version from settings) as settings_version,
      (select coalesce(json_agg(json_build_array(id, status, referral_date, specialist_id, name)), '[]') from people) as people,
      (select coalesce(json_agg(json_build_array(p.id, a.last, i.last, m.last)), '[]')
        from people p
        cross join lateral (select max(c.date) as last from contacts c
          where c.participant_id = p.id and c.date <= ${v("today")}::date and 'participant' = any(c.with_whom)) a
        cross join lateral (select max(c.date) as last from contacts c
          where c.participant_id = p.id and c.date <= ${v("today")}::date and 'participant' = any(c.with_whom) and c.mode = 'in_person') i
        cross join lateral (select max(c.date) as last from contacts c
          where c.participant_id = p.id and c.date <= ${v("today")}::date and 'participant' = any(c.with_whom) and c.mode in ('in_person', 'video')) m
        where a.last is not null) as contacts,
      (select coalesce(json_agg(json_build_array(p.id, e.last)), '[]')
        from people p
        cross join lateral (select max(e.date) as last from employer_contact_people e
          where e.participant_id = p.id and e.face_to_face and e.kind = 'for_participant' and e.date <= ${v("today")}::date) e
        where p.status in ('referred', 'engaged', 'job_search') and e.last is not null) as employer_facts,
      (select coalesce(json_agg(json_build_array(c.id, c.employer_id, c.author_id, c.date, c.next_step, c.next_step_date,
          (select e.name from employers e where e.id = c.employer_id))), '[]')
        from open_steps c
        where c.program_id = ${v("programId")} and c.date <= ${v("today")}::date
          and not exists (select 1 from employer_contacts l where l.employer_id = c.employer_id and l.author_id = c.author_id and ${later("l")})
          and (c.author_id is not null or not exists (
            select 1 from employer_contacts n where n.employer_id = c.employer_id and n.author_id is null and ${later("n")}))) as threads,
      (select coalesce(json_agg(json_build_array(j.id, j.participant_id, j.start_date, j.end_date, j.end_recorded_on, j.title, j.employer_name)), '[]')
        from recent_jobs j) as jobs,
      (select coalesce(json_agg(json_build_array(x.participant_id, x.plan_date, x.job_id)), '[]') from (
        select p.id as participant_id, b.plan_date, null::uuid as job_id
        from people p cross join lateral (select max(b.plan_date) as plan_date from benefit_plans b
          where b.participant_id = p.id and b.plan_date <= ${v("today")}::date) b
        where b.plan_date is not null
        union all
        select j.participant_id, b.plan_date, j.id as job_id
        from recent_jobs j ${plansOfJobs}) x) as plans,
      (select coalesce(json_agg(json_build_array(s.id, s.rule, s.participant_id, s.employer_id, s.job_id, s.until, s.reason)), '[]')
        from worklist_snoozes s where s.program_id = ${v("programId")} and s.until > ${v("today")}::date) as snoozes,
      (select coalesce(json_agg(json_build_array(w.author_id, u.name, w.date, w.face_to_face)), '[]')
        from employer_contacts w left join users u on u.id = w.author_id
        where ${weekOwner} and w.program_id = ${v("programId")} and w.date >= ${v("weekStart")}::date and w.date <= ${v("weekEnd")}::date) as week
  `;
};
const forSpecialist = buildOnce(factsStatement(false));
const forTeam = buildOnce(factsStatement(true));

export const readWorklistFacts = async (read: PreparedRead, q: FactsQuery): Promise<WorklistFacts> => {
  const a = q.audit;
  const statement = q.specialistId ? forSpecialist : forTeam;
  const [row] = await read<Row>(
    "worklist-facts",
    statement({
      programId: q.programId,
      specialistId: q.specialistId ?? null,
      today: q.today,
      weekStart: q.weekStart,
      weekEnd: q.weekEnd,
      auditId: a.id,
      auditAt: a.at.toISOString(),
      auditUserId: a.userId ?? null,
      auditProgramId: a.programId ?? null,
      auditParticipantId: a.participantId ?? null,
      auditAction: a.action,
      auditRecordType: a.recordType,
      auditRecordId: a.recordId ?? null,
      auditIp: a.ip ?? null,
    } satisfies Record<Value, unknown>),
    { genericPlan: true },
  );
  return {
    storedSettings: row.settings,
    settingsVersion: row.settings_version ?? 0,
    people: row.people.map(([id, status, referralDate, specialistId, name]) => ({ id, status: status as ParticipantStatus, referralDate, specialistId, name })),
    // Handed to the rules as at most three contacts per person that carry the same maxima.
    contacts: row.contacts.flatMap(([participantId, lastAny, lastInPerson, lastMeeting]) => [
      { participantId, date: lastAny, mode: "message" as const, withWhom: PARTICIPANT },
      ...(lastMeeting ? [{ participantId, date: lastMeeting, mode: "video" as const, withWhom: PARTICIPANT }] : []),
      ...(lastInPerson ? [{ participantId, date: lastInPerson, mode: "in_person" as const, withWhom: PARTICIPANT }] : []),
    ]),
    employerContacts: row.employer_facts.map(([participantId, date]) => ({
      employerId: NO_EMPLOYER,
      date,
      faceToFace: true,
      specialistId: null,
      kind: "for_participant" as const,
      participantIds: [participantId],
    })),
    threads: row.threads.map(([id, employerId, authorId, date, nextStep, nextStepDate, employerName]) => ({
      id,
      employerId,
      employerName,
      date,
      faceToFace: false,
      specialistId: authorId,
      kind: "generic" as const,
      participantIds: [],
      nextStep,
      nextStepDate,
      nextStepDoneOn: null,
    })),
    jobs: row.jobs.map(([id, participantId, startDate, endDate, endRecordedOn, title, employerName]) => ({
      id,
      participantId,
      startDate,
      endDate,
      endRecordedOn,
      title: employerName ? `${title} (${employerName})` : title,
    })),
    benefitsPlans: row.plans.map(([participantId, planDate, jobId]) => ({ participantId, planDate, jobId })),
    snoozes: row.snoozes.map(([id, rule, participantId, employerId, jobId, until, reason]) => ({ id, rule: rule as WorklistRule, participantId, employerId, jobId, until, reason })),
    week: row.week.map(([specialistId, name, date, faceToFace]) => ({ specialistId, name, date, faceToFace })),
  };
};
