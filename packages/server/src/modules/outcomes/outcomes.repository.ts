import { and, eq, inArray, sql } from "drizzle-orm";
import type { CompetitiveOverride, EmployerSetting, JobContract, OutcomeEmployerContact, OutcomeRecords } from "@passerelle/domain";
import { memberships } from "../../db/schema/index";
import type { Executor, PreparedRead } from "../../platform/db";
import { competitivenessOf } from "../jobs/job-rules";

/** A uuid[] parameter as one text value: the same statement text for any number of programs (one prepared plan). */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(",")}}`;

export type OutcomesScope = { programIds: readonly string[]; specialistId: string | null };

type Row = {
  people: [string, string, string | null][] | null;
  episodes: [string, string, string, string | null, string | null][] | null;
  jobs: [string, string, string, string | null, number | null, number | null, string, CompetitiveOverride | null, string | null, string, string | null][] | null;
  contacts: [string, string, string, string | null][] | null;
  contact_people: [string, string, string, string | null, string][] | null;
  referrals: [string, string, string | null, string, string | null, string, string | null][] | null;
  specialists: [string, string, string, number][] | null;
};

/**
 * Every record the outcome rules need for a scope and a date range (the report's period and its 8 quarters), in
 * ONE statement, whatever the number of people (a whole network: 120 programs, 50,000 people, 60,000 jobs):
 *
 * - the people in scope (program, and current specialist when asked) who matter to the range: an episode
 *   overlapping it, or a job that can count in it (running in it, or started up to 7 months before it: the 6-month
 *   retention day), with their episodes overlapping the range and all their jobs started by its end (a job before
 *   entry tells who was employed at entry);
 * - the face-to-face employer contacts of the range in scope (the specialist's own when asked), and those made for
 *   the people since their earliest entry (the first contact since entry, any author);
 * - the referrals received or decided in the range, the specialists' memberships with their fte.
 *
 * Rows travel as JSON arrays: one round trip, no per-row object mapping in the driver.
 */
export const readOutcomeRecords = async (
  read: PreparedRead,
  scope: OutcomesScope,
  range: { from: string; to: string },
): Promise<OutcomeRecords> => {
  const programs = uuidArray(scope.programIds);
  const specialist = scope.specialistId;
  const bySpecialist = (column: ReturnType<typeof sql.raw>) => (specialist ? sql`and ${column} = ${specialist}::uuid` : sql``);
  const [row] = await read<Row>(
    specialist ? "outcome-records-specialist" : "outcome-records",
    sql`
    with scope as materialized (
      select p.id, p.program_id, p.specialist_id from participants p
      where p.program_id = any(${programs}::uuid[]) ${bySpecialist(sql.raw("p.specialist_id"))}
    ),
    episodes as materialized (
      select e.id, e.participant_id, e.opened_on, e.closed_on, e.closure_reason
      from caseload_episodes e join scope s on s.id = e.participant_id
      where e.opened_on <= ${range.to}::date and (e.closed_on is null or e.closed_on >= ${range.from}::date)
    ),
    people as materialized (
      select s.* from scope s
      where exists (select 1 from episodes e where e.participant_id = s.id)
        or exists (select 1 from jobs j where j.participant_id = s.id and j.start_date <= ${range.to}::date
          and (j.end_date is null or j.end_date >= ${range.from}::date or j.start_date >= ${range.from}::date - interval '7 months'))
    )
    select
      (select json_agg(json_build_array(p.id, p.program_id, p.specialist_id)) from people p) as people,
      (select json_agg(json_build_array(e.id, e.participant_id, e.opened_on, e.closed_on, e.closure_reason)) from episodes e) as episodes,
      (select json_agg(json_build_array(j.id, j.participant_id, j.start_date, j.end_date, j.hours_per_week, j.hourly_gross_wage,
          j.contract, j.competitive_override, emp.setting, pr.country, j.end_reason))
        from people p join jobs j on j.participant_id = p.id join programs pr on pr.id = j.program_id
        left join employers emp on emp.id = j.employer_id
        where j.start_date <= ${range.to}::date) as jobs,
      (select json_agg(json_build_array(c.id, c.program_id, c.date, c.author_id)) from employer_contacts c
        where c.program_id = any(${programs}::uuid[]) and c.face_to_face
          and c.date between ${range.from}::date and ${range.to}::date ${bySpecialist(sql.raw("c.author_id"))}) as contacts,
      (select json_agg(json_build_array(cp.employer_contact_id, cp.participant_id, cp.date, c.author_id, c.program_id))
        from people p join employer_contact_people cp on cp.participant_id = p.id
        join employer_contacts c on c.id = cp.employer_contact_id
        where cp.face_to_face and cp.program_id = any(${programs}::uuid[]) and cp.date <= ${range.to}::date
          and cp.date >= (select min(e.opened_on) from episodes e)) as contact_people,
      (select json_agg(json_build_array(r.id, r.program_id, r.specialist_id, r.referred_on, r.decided_on, r.status, r.decline_reason))
        from referrals r where r.program_id = any(${programs}::uuid[]) ${bySpecialist(sql.raw("r.specialist_id"))}
          and (r.referred_on between ${range.from}::date and ${range.to}::date
            or r.decided_on between ${range.from}::date and ${range.to}::date)) as referrals,
      (select json_agg(json_build_array(u.id, m.program_id, u.name, m.fte)) from memberships m join users u on u.id = m.user_id
        where m.program_id = any(${programs}::uuid[]) and m.role = 'specialist' ${bySpecialist(sql.raw("m.user_id"))}) as specialists
  `,
  );

  // A contact read twice (in scope, and made for a person) is one record with the people it was for.
  const contacts = new Map<string, OutcomeEmployerContact & { participantIds: string[] }>();
  for (const [id, programId, date, authorId] of row?.contacts ?? []) contacts.set(id, { id, programId, date, faceToFace: true, authorId, participantIds: [] });
  for (const [id, participantId, date, authorId, programId] of row?.contact_people ?? []) {
    const known = contacts.get(id);
    if (known) known.participantIds.push(participantId);
    else contacts.set(id, { id, programId, date, faceToFace: true, authorId, participantIds: [participantId] });
  }

  return {
    specialistId: specialist,
    people: (row?.people ?? []).map(([id, programId, specialistId]) => ({ id, programId, specialistId })),
    episodes: (row?.episodes ?? []).map(([id, participantId, openedOn, closedOn, closureReason]) => ({ id, participantId, openedOn, closedOn, closureReason })),
    jobs: (row?.jobs ?? []).map(([id, participantId, startDate, endDate, hoursPerWeek, hourlyGrossWage, contract, competitiveOverride, setting, country, endReason]) => {
      // Exactly as the jobs module derives it: the minimum wage of the program's country at the start, the
      // registered employer's setting, the team's override winning. "Unknown" (no wage) is not competitive.
      const c = competitivenessOf({ contract: contract as JobContract, hourlyGrossWage, competitiveOverride, startDate }, country, setting as EmployerSetting | null);
      return {
        id,
        participantId,
        startDate,
        endDate,
        hoursPerWeek,
        hourlyGrossWage,
        competitive: c.overridden || c.derived !== "unknown" ? c.competitive : null,
        endReason,
      };
    }),
    employerContacts: [...contacts.values()],
    referrals: (row?.referrals ?? []).map(([id, programId, specialistId, referredOn, decidedOn, status, declineReason]) => ({
      id,
      programId,
      specialistId,
      referredOn,
      decidedOn,
      status,
      declineReason,
    })),
    specialists: (row?.specialists ?? []).map(([id, programId, name, fte]) => ({ id, programId, name, fte })),
  };
};

/** Whether a user is a member of at least one of the programs (a caseload asked for by a team lead). */
export const isMemberOfAny = async (db: Executor, userId: string, programIds: readonly string[]): Promise<boolean> => {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.programId, [...programIds])))
    .limit(1);
  return row !== undefined;
};
