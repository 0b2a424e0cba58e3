/**
 * The hand-written SQL of the outcomes benchmark: every figure of `GET /api/outcomes` (outcomesFiguresSchema and the
 * 8 quarters' trends, ids included) for a set of programs, in ONE statement, following
 * packages/domain/src/outcomes/OUTCOMES.md rule by rule. It is the reference the API is compared with (issue 5: "no
 * more than 1.5x the fastest hand-written SQL for the same figures"), and a second implementation of the rules: the
 * benchmark checks that both give the same figures before timing them.
 *
 * Shape of the statement: the report period and the 8 quarters are rows of one `periods` set (i = 0 is the report,
 * 1..8 the quarters), so the active people of every period, their entry and their job facts are one pass over the
 * episodes and one hash join with the jobs. Competitiveness is derived in SQL as the domain's `isCompetitive` does
 * (override first; ESAT / entreprise adaptée by contract or registered employer; wage at least the SMIC of the start
 * month, compared in cents; no wage = unknown = not counted); the SMIC by month is a parameter read from the domain's
 * benefits parameters, as a reference table would be. Ids are aggregated in uuid order, which is their string order.
 */
import { closureReasons, jobEndReasons, quartersEndingWith, referralDeclineReasons, smicHourlyGross } from "@passerelle/domain";
import type pg from "pg";

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");
const reasonOrder = (values: readonly string[]) => `array[${list(values)}, 'unknown']`;
const knownOr = (column: string, values: readonly string[]) => `case when ${column} in (${list(values)}) then ${column} else 'unknown' end`;

/** $1 programs, $2 from, $3 to, $4-$6 the periods (i, from, to), $7 the first year of the SMIC table, $8 the SMIC of every month from January of that year (euros). */
export const OUTCOMES_SQL = `
with
periods (i, pfrom, pto) as (select * from unnest($4::int[], $5::date[], $6::date[])),
-- The SMIC by month number (year * 12 + month - 1), from the array of every month since January of year $7.
smic (month_no, amount) as (select $7::int * 12 + (n - 1)::int, amount from unnest($8::numeric[]) with ordinality as m (amount, n)),
people as (select id from participants where program_id = any($1::uuid[])),
ep as (
  select e.id, e.participant_id, e.opened_on, e.closed_on, e.closure_reason
  from caseload_episodes e join people p on p.id = e.participant_id
),
-- Active people of each period and their entry: the start of the latest episode overlapping the period (only the
-- episodes overlapping the whole range are joined with the periods).
act as (
  select pr.i, pr.pfrom, pr.pto, ep.participant_id as id, max(ep.opened_on) as entry
  from periods pr
  join ep on ep.opened_on <= pr.pto and (ep.closed_on is null or ep.closed_on >= pr.pfrom)
  where ep.opened_on <= (select max(pto) from periods) and (ep.closed_on is null or ep.closed_on >= (select min(pfrom) from periods))
  group by pr.i, pr.pfrom, pr.pto, ep.participant_id
),
j as (
  select jb.id, jb.participant_id, jb.start_date, jb.end_date, jb.end_reason,
    jb.hours_per_week::numeric::float8 as hours, jb.hourly_gross_wage::numeric::float8 as wage,
    case
      when jb.competitive_override is not null then (jb.competitive_override ->> 'competitive')::boolean
      when jb.contract in ('esat', 'entreprise_adaptee') or em.setting in ('esat', 'entreprise_adaptee') then false
      when jb.hourly_gross_wage is null or s.amount is null then false
      else round(jb.hourly_gross_wage::numeric * 100) >= round(s.amount * 100)
    end as competitive
  from jobs jb
  join people p on p.id = jb.participant_id
  join programs pg on pg.id = jb.program_id
  left join employers em on em.id = jb.employer_id
  left join smic s on pg.country = 'FR' and s.month_no = extract(year from jb.start_date)::int * 12 + extract(month from jb.start_date)::int - 1
),
-- Per person and period: the job facts the people rules need.
pa as (
  select a.i, a.id, a.entry, a.pfrom, a.pto,
    coalesce(bool_or(j.competitive and j.start_date <= a.pto and (j.end_date is null or j.end_date >= a.pfrom)), false) as competitive,
    coalesce(bool_or(j.start_date < a.entry and (j.end_date is null or j.end_date >= a.entry)), false) as at_entry,
    coalesce(bool_or(j.start_date >= a.entry and j.start_date <= a.pto), false) as started,
    min(j.start_date) filter (where j.start_date >= a.entry and j.hours >= 4) as first_counted,
    min(j.start_date) filter (where j.start_date >= a.entry) as first_job
  from act a left join j on j.participant_id = a.id
  group by a.i, a.id, a.entry, a.pfrom, a.pto
),
report as (select * from pa where i = 0),
first_contact as (
  select r.id, min(c.date) - r.entry as days
  from report r join employer_contact_people c on c.participant_id = r.id and c.face_to_face and c.date >= r.entry and c.program_id = any($1::uuid[])
  group by r.id, r.entry
  having min(c.date) between $2::date and $3::date
),
ended as (select id, start_date, end_date, ${knownOr("end_reason", jobEndReasons)} as reason from j where end_date between $2::date and $3::date),
cur as (select id, hours, wage from j where start_date <= $3::date and (end_date is null or end_date >= $2::date)),
due90 as (select id, end_date is null or end_date >= start_date + 90 as kept from j where start_date + 90 between $2::date and $3::date),
due6 as (
  select id, end_date is null or end_date >= (start_date + interval '6 months')::date as kept
  from j where (start_date + interval '6 months')::date between $2::date and $3::date
),
ref as (select * from referrals where program_id = any($1::uuid[])),
declined as (select id, ${knownOr("decline_reason", referralDeclineReasons)} as reason from ref where decided_on between $2::date and $3::date and status = 'declined'),
closed as (
  select distinct on (participant_id) participant_id as id, ${knownOr("closure_reason", closureReasons)} as reason
  from ep where closed_on between $2::date and $3::date
  order by participant_id, closed_on desc
),
ec as (select id, author_id from employer_contacts where program_id = any($1::uuid[]) and face_to_face and date between $2::date and $3::date),
spec as (
  select u.id, u.name, sum(m.fte::numeric)::float8 as fte
  from memberships m join users u on u.id = m.user_id
  where m.program_id = any($1::uuid[]) and m.role = 'specialist'
  group by u.id, u.name
),
weeks as (select (($3::date - $2::date) + 1) / 7.0 as n)
select json_build_object(
  'activeCaseload', (select json_build_object('count', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]')) from report),
  'competitiveEmploymentRate', (
    select json_build_object('rate', case when count(*) = 0 then null else (count(*) filter (where competitive))::float8 / count(*) end,
      'numerator', count(*) filter (where competitive), 'denominator', count(*), 'kind', 'participant',
      'numeratorIds', coalesce(json_agg(id order by id) filter (where competitive), '[]'), 'denominatorIds', coalesce(json_agg(id order by id), '[]'))
    from report),
  'ukEmploymentRate', (
    select json_build_object('rate', case when count(*) = 0 then null else (count(*) filter (where started))::float8 / count(*) end,
      'numerator', count(*) filter (where started), 'denominator', count(*), 'kind', 'participant',
      'numeratorIds', coalesce(json_agg(id order by id) filter (where started), '[]'), 'denominatorIds', coalesce(json_agg(id order by id), '[]'))
    from report where not at_entry),
  'supportedIntoWork', (
    select json_build_object('count', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]'))
    from report where first_counted between $2::date and $3::date),
  'jobStarts', (
    select json_build_object('count', count(*), 'kind', 'job', 'ids', coalesce(json_agg(id order by id), '[]'))
    from j where start_date between $2::date and $3::date),
  'daysToFirstEmployerContact', (
    select json_build_object('median', percentile_cont(0.5) within group (order by days), 'n', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]'))
    from first_contact),
  'daysToFirstJob', (
    select json_build_object('median', percentile_cont(0.5) within group (order by first_job - entry), 'n', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]'))
    from report where first_job between $2::date and $3::date),
  'jobTenureDays', (
    select json_build_object('median', percentile_cont(0.5) within group (order by end_date - start_date), 'n', count(*), 'kind', 'job', 'ids', coalesce(json_agg(id order by id), '[]'))
    from ended),
  'retained90Days', (
    select json_build_object('rate', case when count(*) = 0 then null else (count(*) filter (where kept))::float8 / count(*) end,
      'numerator', count(*) filter (where kept), 'denominator', count(*), 'kind', 'job',
      'numeratorIds', coalesce(json_agg(id order by id) filter (where kept), '[]'), 'denominatorIds', coalesce(json_agg(id order by id), '[]'))
    from due90),
  'retained6Months', (
    select json_build_object('rate', case when count(*) = 0 then null else (count(*) filter (where kept))::float8 / count(*) end,
      'numerator', count(*) filter (where kept), 'denominator', count(*), 'kind', 'job',
      'numeratorIds', coalesce(json_agg(id order by id) filter (where kept), '[]'), 'denominatorIds', coalesce(json_agg(id order by id), '[]'))
    from due6),
  'hoursPerWeek', (
    select json_build_object('median', percentile_cont(0.5) within group (order by hours), 'n', count(*), 'kind', 'job', 'ids', coalesce(json_agg(id order by id), '[]'))
    from cur where hours is not null),
  'hourlyWage', (
    select json_build_object('median', percentile_cont(0.5) within group (order by wage), 'n', count(*), 'kind', 'job', 'ids', coalesce(json_agg(id order by id), '[]'))
    from cur where wage is not null),
  'jobEndings', (select json_build_object('count', count(*), 'kind', 'job', 'ids', coalesce(json_agg(id order by id), '[]')) from ended),
  'jobEndingsByReason', (
    select coalesce(json_agg(json_build_object('reason', reason, 'count', n, 'ids', ids) order by array_position(${reasonOrder(jobEndReasons)}, reason)), '[]')
    from (select reason, count(*) as n, json_agg(id order by id) as ids from ended group by reason) x),
  'referralsReceived', (
    select json_build_object('count', count(*), 'kind', 'referral', 'ids', coalesce(json_agg(id order by id), '[]'))
    from ref where referred_on between $2::date and $3::date),
  'referralsAccepted', (
    select json_build_object('count', count(*), 'kind', 'referral', 'ids', coalesce(json_agg(id order by id), '[]'))
    from ref where decided_on between $2::date and $3::date and status = 'accepted'),
  'referralsDeclined', (select json_build_object('count', count(*), 'kind', 'referral', 'ids', coalesce(json_agg(id order by id), '[]')) from declined),
  'referralsDeclinedByReason', (
    select coalesce(json_agg(json_build_object('reason', reason, 'count', n, 'ids', ids) order by array_position(${reasonOrder(referralDeclineReasons)}, reason)), '[]')
    from (select reason, count(*) as n, json_agg(id order by id) as ids from declined group by reason) x),
  'entries', (
    select json_build_object('count', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]'))
    from (select distinct participant_id as id from ep where opened_on between $2::date and $3::date) x),
  'closures', (select json_build_object('count', count(*), 'kind', 'participant', 'ids', coalesce(json_agg(id order by id), '[]')) from closed),
  'closuresByReason', (
    select coalesce(json_agg(json_build_object('reason', reason, 'count', n, 'ids', ids) order by array_position(${reasonOrder(closureReasons)}, reason)), '[]')
    from (select reason, count(*) as n, json_agg(id order by id) as ids from closed group by reason) x),
  'employerContactsFaceToFace', (select json_build_object('count', count(*), 'kind', 'employer_contact', 'ids', coalesce(json_agg(id order by id), '[]')) from ec),
  'employerContactsPerSpecialistPerWeek', (
    select case when sum(fte) > 0 then (select count(*) from ec) / (select n from weeks) / sum(fte) end from spec),
  'employerContactsBySpecialist', (
    select coalesce(json_agg(json_build_object('specialistId', s.id, 'name', s.name, 'faceToFace', coalesce(c.n, 0),
      'perWeek', case when s.fte > 0 then coalesce(c.n, 0) / (select n from weeks) / s.fte else 0 end) order by s.name collate "fr-x-icu", s.id), '[]')
    from spec s left join (select author_id, count(*) as n from ec group by author_id) c on c.author_id = s.id),
  'trends', (
    select json_agg(json_build_object('from', t.pfrom, 'to', t.pto, 'activeCaseload', t.active,
      'competitiveEmploymentRate', case when t.active = 0 then null else t.competitive::float8 / t.active end,
      'ukEmploymentRate', case when t.out_of_work = 0 then null else t.started::float8 / t.out_of_work end,
      'supportedIntoWork', t.supported, 'jobStarts', (select count(*) from j where j.start_date between t.pfrom and t.pto)) order by t.i)
    from (
      select pr.i, pr.pfrom, pr.pto, count(pa.id) as active, count(*) filter (where pa.competitive) as competitive,
        count(*) filter (where not pa.at_entry) as out_of_work, count(*) filter (where not pa.at_entry and pa.started) as started,
        count(*) filter (where pa.first_counted between pr.pfrom and pr.pto) as supported
      from periods pr left join pa on pa.i = pr.i
      where pr.i > 0
      group by pr.i, pr.pfrom, pr.pto
    ) t)
) as report`;

const monthKeys = (from: string, to: string): string[] => {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};

/** The statement's parameters: programs, period, the 8 quarters, the SMIC of every month from 1990 to a year ahead. */
export const outcomesSqlParams = (programIds: readonly string[], from: string, to: string): unknown[] => {
  const quarters = quartersEndingWith(to, 8);
  const months = monthKeys("1990-01", `${Number(to.slice(0, 4)) + 1}-12`);
  const smic = months.map((m) => {
    try {
      return smicHourlyGross(m);
    } catch {
      return null;
    }
  });
  return [
    programIds,
    from,
    to,
    [0, ...quarters.map((_, i) => i + 1)],
    [from, ...quarters.map((q) => q.from)],
    [to, ...quarters.map((q) => q.to)],
    Number(months[0].slice(0, 4)),
    smic,
  ];
};

export type SqlReport = Record<string, unknown> & { trends: { from: string; to: string; activeCaseload: number; competitiveEmploymentRate: number | null; ukEmploymentRate: number | null; supportedIntoWork: number; jobStarts: number }[] };

/** Run the statement (named: prepared once per connection, as the server's statements are). */
export const runOutcomesSql = async (client: pg.ClientBase, params: unknown[]): Promise<SqlReport> => {
  const result = await client.query<{ report: SqlReport }>({ name: "bench-outcomes", text: OUTCOMES_SQL, values: params });
  return result.rows[0].report;
};
