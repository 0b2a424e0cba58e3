import { sql } from "drizzle-orm";
import type { ActionItem, AgendaFacts, ParticipantStatus } from "@passerelle/domain";
import type { PreparedRead } from "../../platform/db";

/**
 * Every fact the weekly meeting's agenda needs, in ONE prepared statement (bench/: a program of 300 people with two
 * years of history, p99 < 150 ms on PostgreSQL). Contact logs are never loaded: per person, the latest contact
 * with the person and the latest face-to-face employer contact made for them are one backward index probe each
 * (contacts_participant_date_idx, employer_contact_people_participant_idx), stopping at the first row.
 *
 * - the program's active people with their specialist (participants_program_status_idx);
 * - the program's jobs (jobs_program_start_idx; those of closed people are dropped by the rules), and the
 *   specialists' names by primary key;
 * - pending referrals (referrals_program_status_idx) with their service's name;
 * - the flags raised by the meeting's date, open or resolved by this very meeting (meeting_flags_program_open_idx),
 *   so a held meeting's agenda stays what it was;
 * - the action items open on the meeting's date (action_items_program_open_idx);
 * - the previous held meeting's date (meetings_program_date_idx) and the program's worklist thresholds.
 */

type Row = {
  previous: string | null;
  settings: unknown;
  specialists: [string, string][];
  people: [string, string, string, string | null, string, string | null, string | null][];
  jobs: [string, string, string, string | null, string, string][];
  referrals: [string, string, string | null, string][];
  flags: [string, string, string, string][];
  items: [string, string, string | null, string | null, string | null, string | null, string, string | null, string | null, string | null, string | null, number][];
};

export type AgendaRead = AgendaFacts & { previousHeldDate: string | null; storedSettings: unknown };

export const readAgendaFacts = async (read: PreparedRead, q: { programId: string; meetingId: string; date: string }): Promise<AgendaRead> => {
  const [row] = await read<Row>("agenda-facts", sql`
    with people as materialized (
      select p.id, p.status, p.referral_date, p.specialist_id, p.first_name || ' ' || p.last_name as name
      from participants p
      where p.program_id = ${q.programId} and p.status <> 'closed'
    )
    select
      (select max(m.date)::text from meetings m where m.program_id = ${q.programId} and m.date < ${q.date}::date and m.status = 'held') as previous,
      (select s.settings from program_worklist_settings s where s.program_id = ${q.programId}) as settings,
      (select coalesce(json_agg(json_build_array(u.id, u.name)), '[]')
        from users u where u.id in (select p.specialist_id from people p)) as specialists,
      (select coalesce(json_agg(json_build_array(p.id, p.status, p.referral_date, p.specialist_id, p.name,
          (select c.date from contacts c
            where c.participant_id = p.id and c.date <= ${q.date}::date and 'participant' = any(c.with_whom)
            order by c.date desc limit 1),
          case when p.status in ('referred', 'engaged', 'job_search') then
            (select e.date from employer_contact_people e
              where e.participant_id = p.id and e.face_to_face and e.kind = 'for_participant' and e.date <= ${q.date}::date
              order by e.date desc limit 1)
          end)), '[]')
        from people p) as people,
      (select coalesce(json_agg(json_build_array(j.id, j.participant_id, j.start_date, j.end_date, j.title, j.employer_name)), '[]')
        from jobs j
        where j.program_id = ${q.programId} and j.start_date <= ${q.date}::date) as jobs,
      (select coalesce(json_agg(json_build_array(r.id, r.first_name || ' ' || r.last_name, s.name, r.referred_on)), '[]')
        from referrals r left join services s on s.id = r.service_id
        where r.program_id = ${q.programId} and r.status = 'pending' and r.referred_on <= ${q.date}::date) as referrals,
      (select coalesce(json_agg(json_build_array(f.id, f.participant_id, f.reason, f.flagged_on)), '[]')
        from meeting_flags f
        where f.program_id = ${q.programId} and f.flagged_on <= ${q.date}::date
          and (f.resolved_meeting_id is null or f.resolved_meeting_id = ${q.meetingId})) as flags,
      (select coalesce(json_agg(json_build_array(a.id, a.program_id, a.meeting_id, a.meeting_date, a.participant_id,
          (select x.first_name || ' ' || x.last_name from participants x where x.id = a.participant_id),
          a.description, a.owner_id, (select o.name from users o where o.id = a.owner_id), a.due_date, a.done_on, a.version)), '[]')
        from (
          select i.*, (select m.date from meetings m where m.id = i.meeting_id) as meeting_date
          from action_items i
          where i.program_id = ${q.programId} and (i.done_on is null or i.done_on >= ${q.date}::date)
        ) a
        where a.meeting_id is null or (a.meeting_id <> ${q.meetingId} and a.meeting_date < ${q.date}::date)) as items
  `);
  const specialists = new Map(row.specialists);
  return {
    previousHeldDate: row.previous,
    storedSettings: row.settings,
    people: row.people.map(([id, status, referralDate, specialistId, name, lastSeen, lastFaceToFaceEmployerContact]) => ({
      id,
      status: status as ParticipantStatus,
      referralDate,
      specialistId,
      name,
      specialistName: specialistId ? (specialists.get(specialistId) ?? null) : null,
      lastSeen,
      lastFaceToFaceEmployerContact,
    })),
    jobs: row.jobs.map(([id, participantId, startDate, endDate, title, employerName]) => ({
      id,
      participantId,
      startDate,
      endDate,
      title: employerName ? `${title} (${employerName})` : title,
    })),
    pendingReferrals: row.referrals.map(([id, name, serviceName, referredOn]) => ({ id, name, serviceName, referredOn })),
    flags: row.flags.map(([id, participantId, reason, flaggedOn]) => ({ id, participantId, reason, flaggedOn })),
    actionItems: row.items.map(
      ([id, programId, meetingId, meetingDate, participantId, participantName, description, ownerId, ownerName, dueDate, doneOn, version]): ActionItem => ({
        id,
        programId,
        meetingId,
        meetingDate,
        participantId,
        participantName,
        description,
        ownerId,
        ownerName,
        dueDate,
        doneOn,
        version,
      }),
    ),
  };
};
