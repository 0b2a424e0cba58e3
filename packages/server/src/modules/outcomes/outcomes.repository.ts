import { and, eq, inArray, sql } from "drizzle-orm";
import { type CompetitiveOverride, type EmployerSetting, type JobContract, type OutcomeRecords, isCompetitive } from "@passerelle/domain";
import { memberships } from "../../db/schema/index";
import type { Executor, PreparedRead } from "../../platform/db";
import { hourlyMinimumWage } from "../jobs/job-rules";

/** A uuid[] parameter as one text value: the same statement text for any number of programs (one prepared plan). */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(",")}}`;

export type OutcomesScope = { programIds: readonly string[]; specialistId: string | null };

type Row = {
  people: [string, string, string | null][] | null;
  episodes: [string, string, string, string | null, string | null][] | null;
  jobs: [string, string, string, string | null, number | null, number | null, string, CompetitiveOverride | null, string | null, string, string | null][] | null;
  contacts: [string, string, string, string | null][] | null;
  first_contacts: [string, string | null][] | null;
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
 * - the face-to-face employer contacts of the period in scope (the specialist's own when asked), and for each person
 *   on the caseload in the period, the first face-to-face employer contact made for them (any author) since their
 *   entry (the latest episode overlapping the period): one index probe per person, not their contact history;
 * - the referrals received or decided in the period, the specialists' memberships with their fte.
 *
 * Employer contacts and referrals are read for the period only: the trends do not use them.
 *
 * Rows travel as JSON arrays: one round trip, no per-row object mapping in the driver.
 */
export const readOutcomeRecords = async (
  read: PreparedRead,
  scope: OutcomesScope,
  period: { from: string; to: string },
  range: { from: string; to: string } = period,
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
          and c.date between ${period.from}::date and ${period.to}::date ${bySpecialist(sql.raw("c.author_id"))}) as contacts,
      (select json_agg(json_build_array(a.participant_id, (select min(cp.date) from employer_contact_people cp
          where cp.participant_id = a.participant_id and cp.face_to_face and cp.date >= a.entry and cp.date <= ${period.to}::date)))
        from (select e.participant_id, max(e.opened_on) as entry from episodes e
          where e.opened_on <= ${period.to}::date and (e.closed_on is null or e.closed_on >= ${period.from}::date)
          group by e.participant_id) a) as first_contacts,
      (select json_agg(json_build_array(r.id, r.program_id, r.specialist_id, r.referred_on, r.decided_on, r.status, r.decline_reason))
        from referrals r where r.program_id = any(${programs}::uuid[]) ${bySpecialist(sql.raw("r.specialist_id"))}
          and (r.referred_on between ${period.from}::date and ${period.to}::date
            or r.decided_on between ${period.from}::date and ${period.to}::date)) as referrals,
      (select json_agg(json_build_array(u.id, m.program_id, u.name, m.fte)) from memberships m join users u on u.id = m.user_id
        where m.program_id = any(${programs}::uuid[]) and m.role = 'specialist' ${bySpecialist(sql.raw("m.user_id"))}) as specialists
  `,
    // A network's quarter groups tens of thousands of episodes and jobs: 64 MB keeps its hashes out of temp files.
    { workMemMb: 64 },
  );

  // The minimum wage depends on the country and the start month only: looked up once per pair, not per job.
  const minimums = new Map<string, number | null>();
  const minimumAt = (country: string, startDate: string): number | null => {
    const key = `${country}${startDate.slice(0, 7)}`;
    if (!minimums.has(key)) minimums.set(key, hourlyMinimumWage(country, startDate));
    return minimums.get(key) ?? null;
  };

  return {
    specialistId: specialist,
    people: (row?.people ?? []).map(([id, programId, specialistId]) => ({ id, programId, specialistId })),
    episodes: (row?.episodes ?? []).map(([id, participantId, openedOn, closedOn, closureReason]) => ({ id, participantId, openedOn, closedOn, closureReason })),
    jobs: (row?.jobs ?? []).map(([id, participantId, startDate, endDate, hoursPerWeek, hourlyGrossWage, contract, competitiveOverride, setting, country, endReason]) => {
      // Exactly as the jobs module derives it (job-rules.ts competitivenessOf): the minimum wage of the program's
      // country at the start, the registered employer's setting, the team's override winning. "Unknown" (no wage)
      // is not competitive.
      const c = isCompetitive(
        { contract: contract as JobContract, hourlyGrossWage, competitiveOverride },
        { hourlyMinimumWage: minimumAt(country, startDate), employerSetting: setting as EmployerSetting | null },
      );
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
    employerContacts: (row?.contacts ?? []).map(([id, programId, date, authorId]) => ({ id, programId, date, faceToFace: true, authorId, participantIds: [] })),
    contactsForPeople: (row?.first_contacts ?? []).flatMap(([participantId, date]) => (date ? [{ participantId, date }] : [])),
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
