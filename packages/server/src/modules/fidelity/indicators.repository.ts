import { sql } from "drizzle-orm";
import type { CompetitiveOverride, EmployerSetting, FidelityEmployerContact, FidelityRecords, JobContract } from "@passerelle/domain";
import type { PreparedRead } from "../../platform/db";
import { competitivenessOf } from "../jobs/job-rules";

type Row = {
  program: boolean;
  thresholds: unknown;
  staff: [string, "specialist" | "team_lead", number][] | null;
  people: [string, string | null, string | null][] | null;
  episodes: [string, string, string, string | null, string | null][] | null;
  contacts: [string, string, string, number, string, string | null, string[], string, string | null, string | null][] | null;
  employer_contacts: [string, string, string, boolean, string, string | null, string[]][] | null;
  first_contacts: [string, string, string, string, string | null, string][] | null;
  jobs:
    | [string, string, string, string | null, number | null, string, CompetitiveOverride | null, string | null, string, string | null, string | null, string, boolean][]
    | null;
  plans: [string, string, string | null, string][] | null;
  support_plans: [string, string, string[] | null, string[] | null][] | null;
  profile_saves: [string, string][] | null;
  referrals: [string, string, string, string | null, string | null][] | null;
  meetings: [string, string, string[] | null, string[] | null][] | null;
  supervisions: [string, string, string, string | null][] | null;
};

/** How far before the period the rules look: outreach before a closure (60 days), a benefits plan before a start (<= 365). */
const LOOK_BACK_DAYS = 365;
/** A career profile saved up to 30 days after a job start or end of the period still counts for it (Sv3). */
const PROFILE_LOOK_AHEAD_DAYS = 30;

export type LoadedFidelityRecords = { programExists: boolean; storedThresholds: unknown; records: FidelityRecords };

/**
 * Every record the fidelity indicators of one program need for a period (INDICATORS.md), in ONE statement:
 * the team (specialists and team leads with their fte), the program's people and their episodes overlapping the
 * period, contacts logged from 60 days before it, employer contacts of the period and the face-to-face ones made
 * for the people since their earliest entry (Sv4's first contact), jobs held in the period with what decides
 * competitiveness, benefits plans, the latest support plan of those jobs, career profile saves, referrals,
 * meetings held and supervision sessions; and the program's stored threshold overrides. Rows travel as JSON arrays.
 */
export const readFidelityRecords = async (read: PreparedRead, programId: string, period: { from: string; to: string }): Promise<LoadedFidelityRecords> => {
  const { from, to } = period;
  const [row] = await read<Row>(
    "fidelity-indicator-records",
    sql`
    with people as materialized (
      select p.id, p.specialist_id, coalesce(p.referring_service_id::text, nullif(lower(trim(p.referring_service)), '')) as service
      from participants p where p.program_id = ${programId}::uuid
    ),
    episodes as materialized (
      select e.id, e.participant_id, e.opened_on, e.closed_on, e.closure_reason
      from caseload_episodes e join people p on p.id = e.participant_id
      where e.opened_on <= ${to}::date and (e.closed_on is null or e.closed_on >= ${from}::date)
    ),
    held_jobs as materialized (
      select j.* from jobs j join people p on p.id = j.participant_id
      where j.start_date <= ${to}::date and (j.end_date is null or j.end_date >= ${from}::date)
    )
    select
      exists (select 1 from programs where id = ${programId}::uuid) as program,
      (select s.thresholds from program_fidelity_settings s where s.program_id = ${programId}::uuid) as thresholds,
      (select json_agg(json_build_array(m.user_id, m.role, m.fte)) from memberships m
        where m.program_id = ${programId}::uuid and m.role in ('specialist', 'team_lead')) as staff,
      (select json_agg(json_build_array(p.id, p.specialist_id, p.service)) from people p) as people,
      (select json_agg(json_build_array(e.id, e.participant_id, e.opened_on, e.closed_on, e.closure_reason)) from episodes e) as episodes,
      (select json_agg(json_build_array(c.id, c.participant_id, c.date, c.duration_minutes, c.mode, c.place, c.with_whom, c.phase, c.author_id, m.role))
        from contacts c left join memberships m on m.user_id = c.author_id and m.program_id = c.program_id
        where c.program_id = ${programId}::uuid and c.date between ${from}::date - 60 and ${to}::date) as contacts,
      (select json_agg(json_build_array(c.id, c.employer_id, c.date, c.face_to_face, c.kind, c.author_id, c.participant_ids)) from employer_contacts c
        where c.program_id = ${programId}::uuid and c.date between ${from}::date and ${to}::date) as employer_contacts,
      (select json_agg(json_build_array(cp.employer_contact_id, cp.participant_id, cp.date, c.employer_id, c.author_id, c.kind))
        from people p join employer_contact_people cp on cp.participant_id = p.id
        join employer_contacts c on c.id = cp.employer_contact_id
        -- Reached through each person (the per-person index), not by scanning the program's whole history.
        where cp.program_id = ${programId}::uuid and cp.face_to_face and cp.date < ${from}::date
          and cp.date >= (select min(e.opened_on) from episodes e)) as first_contacts,
      (select json_agg(json_build_array(j.id, j.participant_id, j.start_date, j.end_date, j.hourly_gross_wage, j.contract, j.competitive_override,
          emp.setting, pr.country, j.occupation_code, coalesce(j.employer_id::text, nullif(lower(trim(j.employer_name)), '')),
          coalesce(j.disclosure->>'level', 'none'),
          coalesce(nullif(trim(j.disclosure->>'details'), ''), j.disclosure->>'disclosedOn') is not null))
        from held_jobs j join programs pr on pr.id = j.program_id left join employers emp on emp.id = j.employer_id) as jobs,
      (select json_agg(json_build_array(b.id, b.participant_id, b.job_id, b.plan_date)) from benefit_plans b join people p on p.id = b.participant_id
        where b.plan_date <= ${to}::date and (b.plan_date >= ${from}::date - ${LOOK_BACK_DAYS}::int or b.job_id in (select id from held_jobs))) as plans,
      (select json_agg(json_build_array(s.job_id, s.participant_id, jsonb_path_query_array(s.data, '$.supports[*].kind'),
          jsonb_path_query_array(s.data, '$.supports[*].provider')))
        from (select distinct on (sp.job_id) sp.* from support_plans sp where sp.job_id in (select id from held_jobs) order by sp.job_id, sp.version desc) s) as support_plans,
      (select json_agg(json_build_array(cp.participant_id, (cp.saved_at at time zone 'Europe/Paris')::date)) from career_profiles cp join people p on p.id = cp.participant_id
        where cp.saved_at >= ${from}::date - 1 and cp.saved_at < ${to}::date + ${PROFILE_LOOK_AHEAD_DAYS + 2}::int) as profile_saves,
      (select json_agg(json_build_array(r.id, r.referred_on, r.status, r.decline_reason, r.decided_on)) from referrals r
        where r.program_id = ${programId}::uuid
          and (r.referred_on between ${from}::date and ${to}::date or r.decided_on between ${from}::date and ${to}::date)) as referrals,
      (select json_agg(json_build_array(m.id, m.date,
          (select array_agg(d.participant_id) from meeting_discussions d where d.meeting_id = m.id),
          (select array_agg(d.participant_id) from meeting_discussions d where d.meeting_id = m.id and trim(d.decisions) <> '')))
        from meetings m where m.program_id = ${programId}::uuid and m.status = 'held' and m.date between ${from}::date and ${to}::date) as meetings,
      (select json_agg(json_build_array(s.id, s.kind, s.date, s.leader_id)) from supervision_sessions s
        where s.program_id = ${programId}::uuid and s.date between ${from}::date and ${to}::date) as supervisions
  `,
  );

  // Employer contacts of the period carry their people; older face-to-face ones only matter as a person's first.
  const employerContacts = new Map<string, FidelityEmployerContact & { participantIds: string[] }>();
  for (const [id, employerId, date, faceToFace, kind, authorId, participantIds] of row?.employer_contacts ?? []) {
    employerContacts.set(id, { id, employerId, date, faceToFace, kind, authorId, participantIds: [...participantIds] });
  }
  for (const [id, participantId, date, employerId, authorId, kind] of row?.first_contacts ?? []) {
    const known = employerContacts.get(id);
    if (known) known.participantIds.push(participantId);
    else employerContacts.set(id, { id, employerId, date, faceToFace: true, kind, authorId, participantIds: [participantId] });
  }

  const records: FidelityRecords = {
    staff: (row?.staff ?? []).map(([id, role, fte]) => ({ id, role, fte })),
    people: (row?.people ?? []).map(([id, specialistId, referringServiceKey]) => ({ id, specialistId, referringServiceKey })),
    episodes: (row?.episodes ?? []).map(([id, participantId, openedOn, closedOn, closureReason]) => ({ id, participantId, openedOn, closedOn, closureReason })),
    contacts: (row?.contacts ?? []).map(([id, participantId, date, durationMinutes, mode, place, withWhom, phase, authorId, authorRole]) => ({
      id,
      participantId,
      date,
      durationMinutes,
      mode,
      place,
      withWhom,
      phase,
      authorId,
      authorRole,
    })),
    employerContacts: [...employerContacts.values()],
    jobs: (row?.jobs ?? []).map(
      ([id, participantId, startDate, endDate, hourlyGrossWage, contract, competitiveOverride, setting, country, occupationCode, employerKey, disclosureLevel, disclosureDocumented]) => {
        // As the jobs module and the outcomes derive it; "unknown" (no wage) stays null and does not count.
        const c = competitivenessOf({ contract: contract as JobContract, hourlyGrossWage, competitiveOverride, startDate }, country, setting as EmployerSetting | null);
        return {
          id,
          participantId,
          startDate,
          endDate,
          competitive: c.overridden || c.derived !== "unknown" ? c.competitive : null,
          occupationCode,
          employerKey,
          disclosureLevel,
          disclosureDocumented,
        };
      },
    ),
    benefitsPlans: (row?.plans ?? []).map(([id, participantId, jobId, date]) => ({ id, participantId, jobId, date })),
    supportPlans: (row?.support_plans ?? []).map(([jobId, participantId, kinds, providers]) => ({ jobId, participantId, kinds: kinds ?? [], providers: providers ?? [] })),
    profileSaves: (row?.profile_saves ?? []).map(([participantId, date]) => ({ participantId, date })),
    referrals: (row?.referrals ?? []).map(([id, referredOn, status, declineReason, decidedOn]) => ({ id, referredOn, status, declineReason, decidedOn })),
    meetings: (row?.meetings ?? []).map(([id, date, discussed, decided]) => ({ id, date, peopleDiscussed: discussed ?? [], peopleWithDecision: decided ?? [] })),
    supervisions: (row?.supervisions ?? []).map(([id, kind, date, leaderId]) => ({ id, kind, date, leaderId })),
  };
  return { programExists: row?.program ?? false, storedThresholds: row?.thresholds ?? {}, records };
};
