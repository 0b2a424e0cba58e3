import { sql } from "drizzle-orm";
import { defaultWorklistSettings, type ParticipantStatus, type WorklistInput, type WorklistRule } from "@passerelle/domain";
import type { PreparedRead } from "../../platform/db";

/**
 * Every fact "my week" needs, in ONE statement: the worklist is the specialist's home page, read many times a
 * day, and measured at 10 connections (p99 < 100 ms, bench/). One round trip instead of ten saves a planning and a
 * round trip per question; the answer is one row of JSON arrays, which `JSON.parse` reads faster than rows. On
 * PostgreSQL it is a prepared statement (`readPrepared`): planned once per connection, not at every request.
 *
 * What it reads, each through an index (migrations 0004 and 0006):
 * - the active people (the specialist's, or the program's for the team view);
 * - per person the latest contact with the person, in person, and in person or by video (contacts_participant_date_idx);
 * - per person the latest face-to-face employer contact made for them (employer_contact_people_participant_idx);
 * - the people's jobs and benefits plan dates (jobs_participant_idx, benefit_plans_participant_idx);
 * - the open employer next steps due within the horizon (and not past the listed days) that are still the head of their thread, employer x author
 *   (the partial open-step indexes, then employer_contacts_thread_idx for "no later contact"; two contacts on the
 *   same day: the later one logged wins; a contact without author forms the thread of "nobody");
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

export const readWorklistFacts = async (read: PreparedRead, q: FactsQuery): Promise<WorklistFacts> => {
  const bySpecialist = q.specialistId ? sql`and p.specialist_id = ${q.specialistId}` : sql``;
  const threadOwner = q.specialistId ? sql`c.author_id = ${q.specialistId}` : sql`c.program_id = ${q.programId}`;
  const weekOwner = q.specialistId ? sql`w.author_id = ${q.specialistId}` : sql`w.program_id = ${q.programId}`;
  const later = (alias: string) =>
    sql.raw(`${alias}.date >= c.date and ${alias}.date <= `).append(sql`${q.today}::date`).append(
      sql.raw(` and (${alias}.date > c.date or ${alias}.created_at > c.created_at or (${alias}.created_at = c.created_at and ${alias}.id > c.id))`),
    );
  const [row] = await read<Row>("worklist-facts", sql`
    with people as materialized (
      select p.id, p.status, p.referral_date, p.specialist_id, p.first_name || ' ' || p.last_name as name
      from participants p
      where p.program_id = ${q.programId} and p.status <> 'closed' ${bySpecialist}
    ),
    settings as (select s.settings, s.version from program_worklist_settings s where s.program_id = ${q.programId})
    select
      (select settings from settings) as settings,
      (select version from settings) as settings_version,
      (select coalesce(json_agg(json_build_array(id, status, referral_date, specialist_id, name)), '[]') from people) as people,
      (select coalesce(json_agg(json_build_array(x.participant_id, x.last_any, x.last_in_person, x.last_meeting)), '[]') from (
        select c.participant_id, max(c.date) as last_any,
          max(c.date) filter (where c.mode = 'in_person') as last_in_person,
          max(c.date) filter (where c.mode in ('in_person', 'video')) as last_meeting
        from people p join contacts c on c.participant_id = p.id
        where c.date <= ${q.today}::date and 'participant' = any(c.with_whom)
        group by c.participant_id) x) as contacts,
      (select coalesce(json_agg(json_build_array(x.participant_id, x.last)), '[]') from (
        select e.participant_id, max(e.date) as last
        from people p join employer_contact_people e on e.participant_id = p.id and e.face_to_face and e.kind = 'for_participant'
        where p.status in ('referred', 'engaged', 'job_search') and e.date <= ${q.today}::date
        group by e.participant_id) x) as employer_facts,
      (select coalesce(json_agg(json_build_array(c.id, c.employer_id, c.author_id, c.date, c.next_step, c.next_step_date,
          (select e.name from employers e where e.id = c.employer_id))), '[]')
        from employer_contacts c
        where ${threadOwner} and c.program_id = ${q.programId}
          and c.next_step_done_on is null and c.next_step_date is not null and c.date <= ${q.today}::date
          and c.next_step_date <= ${q.today}::date + coalesce(((select settings from settings)->>'horizonDays')::int, ${defaultWorklistSettings.horizonDays})
          and c.next_step_date >= ${q.today}::date - coalesce(((select settings from settings)->>'employerNextStepListedDays')::int, ${defaultWorklistSettings.employerNextStepListedDays})
          and not exists (select 1 from employer_contacts l where l.employer_id = c.employer_id and l.author_id = c.author_id and ${later("l")})
          and (c.author_id is not null or not exists (
            select 1 from employer_contacts n where n.employer_id = c.employer_id and n.author_id is null and ${later("n")}))) as threads,
      (select coalesce(json_agg(json_build_array(j.id, j.participant_id, j.start_date, j.end_date, j.end_recorded_on, j.title, j.employer_name)), '[]')
        from people p join jobs j on j.participant_id = p.id) as jobs,
      (select coalesce(json_agg(json_build_array(b.participant_id, b.plan_date, b.job_id)), '[]')
        from people p join benefit_plans b on b.participant_id = p.id where b.plan_date <= ${q.today}::date) as plans,
      (select coalesce(json_agg(json_build_array(s.id, s.rule, s.participant_id, s.employer_id, s.job_id, s.until, s.reason)), '[]')
        from worklist_snoozes s where s.program_id = ${q.programId} and s.until > ${q.today}::date) as snoozes,
      (select coalesce(json_agg(json_build_array(w.author_id, u.name, w.date, w.face_to_face)), '[]')
        from employer_contacts w left join users u on u.id = w.author_id
        where ${weekOwner} and w.program_id = ${q.programId} and w.date >= ${q.weekStart}::date and w.date <= ${q.weekEnd}::date) as week
  `);
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
