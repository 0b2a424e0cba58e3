import { sql } from "drizzle-orm";
import type { SnapshotPart, SnapshotRead } from "../../platform/db";

/** A uuid[] parameter as one text value: the same statement text for any number of programs (one prepared plan). */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(",")}}`;

export type OutcomesScope = { programIds: readonly string[]; specialistId: string | null };

/** A date as its day number (days since 1970-01-01): 5 bytes of JSON instead of 12, no string per row. */
export type Day = number;
/** A program as its position (from 1) in the scope's `programIds`: no 36-character id per row. */
export type ProgramNo = number;
/** A person as their position (from 1) in the people part (id order): no 36-character id per job. */
export type PersonNo = number;

/** A column of a part, in the part's row order (null: no rows). */
type Column<T> = T[] | null;

/**
 * What a job's competitiveness depends on besides its wage, as one text: contract, registered employer's setting,
 * program's country, the team's verdict ("true", "false" or empty: no override), separated by spaces (none of
 * these values has one), an absent value empty; parsed by outcomes.repository.ts `termsReader`. A whole network
 * has a few dozen distinct ones, each parsed once: one column instead of four, where each column of 40,000 jobs
 * costs PostgreSQL ~15 ms to aggregate.
 */
export type JobTerms = string;

/**
 * People and jobs travel as columns (one JSON array per column, rows at the same position), not as one array
 * per row: 70,000 fewer arrays for PostgreSQL to build and for the server to parse and keep while it decodes
 * (the server's garbage collection was a third of its work on a whole network).
 *
 * People without their specialist: the statement keeps only the asked specialist's people (their id is the scope's).
 */
export type PeopleRow = {
  people: [ids: Column<string>, programs: Column<ProgramNo>];
  jobs: [
    ids: Column<string>,
    people: Column<PersonNo>,
    starts: Column<Day>,
    ends: Column<Day | null>,
    hours: Column<number | null>,
    wages: Column<number | null>,
    terms: Column<JobTerms>,
    endReasons: Column<string | null>,
  ];
};
export type EpisodesRow = {
  episodes: [ids: Column<string>, people: Column<string>, opened: Column<Day>, closed: Column<Day | null>, closureReasons: Column<string | null>];
};
export type ContactsRow = {
  contacts: [ids: Column<string>, programs: Column<ProgramNo>, days: Column<Day>, authors: Column<string | null>];
  /**
   * A person's first face-to-face employer contact since entry, only when it falls in the period (the only ones
   * a figure counts: OUTCOMES.md, "days to first employer contact"); a null date is not sent, but read as none.
   */
  first_contacts: [string, Day | null][] | null;
  referrals: [string, ProgramNo, string | null, Day, Day | null, string, string | null][] | null;
  specialists: [string, string, string, number][] | null;
};

/** The rows of people, their jobs and episodes: what a program's data version covers (ADR 0011, migration 0013). */
export type PeopleRows = PeopleRow & EpisodesRow;
/** Every part's rows, as PostgreSQL wrote them. */
export type OutcomeRows = PeopleRows & ContactsRow;

/**
 * Every record the outcome rules need for a scope and a date range (the report's period and its 8 quarters), in
 * THREE statements sent at once on their own connections but on ONE snapshot (platform/db.ts `readSnapshot`), so a
 * whole network (120 programs, 50,000 people, 60,000 jobs) is read by two cores and each part is decoded while the
 * others run, whatever the number of people. The first two read only what a program's data version covers (ADR
 * 0011), so a report can read them for the programs whose version moved only; the third is read fresh every time:
 *
 * - people and jobs: the people in scope (program, and current specialist when asked) who matter to the range (an
 *   episode overlapping it, or a job that can count in it: running in it, or started up to 7 months before it, the
 *   6-month retention day), and all the jobs of those people started by the range's end (a job before entry tells
 *   who was employed at entry). "Who matters" is one semi-join, computed once (it was computed by two statements).
 *   A job names its person by position in the people part: no 36-character id per job, and the rules' lookups by
 *   id read the person's own string;
 * - episodes: the episodes of people in scope overlapping the range (their people are exactly those "who matter" by
 *   an episode, so the semi-join is not needed);
 * - contacts, of the period only (the trends do not use them): the face-to-face employer contacts of the period in
 *   scope (the specialist's own when asked), and for each person on the caseload in the period, the first
 *   face-to-face employer contact made for them (any author) since their entry (the latest episode overlapping the
 *   period), only when it falls in the period (the only first contacts a figure counts; the others would be sent to
 *   be dropped: 13,000 rows for a whole network instead of 2,500): the period's contacts joined by hash (or probed,
 *   for one program), each checked by one index probe for an earlier one since entry; the referrals received or
 *   decided in the period, the specialists' memberships with their fte.
 *
 * The scope's programs are a join (hashed once), not `program_id = any(...)` (each row compared with up to 120 ids).
 *
 * "Who matters" unions its two lists without removing duplicates (the semi-join does: a hash less to build).

 *
 * Episodes and first contacts come in their person's id order, as the people do: the index is built by walking
 * both lists together (outcomes.repository.ts), without a lookup by id per row.
 *
 * The columns of a part are aggregated in one pass over its rows sorted in a subquery (PostgreSQL before 16 sorts
 * once per aggregate that has its own ORDER BY): they are aligned whatever happens, and their order, which the
 * aggregates keep in practice, is checked by the decoder (and restored if it ever were not).
 *
 * Rows travel as JSON arrays in id order: one round trip per part, no per-row object mapping in the driver, and the
 * figures' id lists come out sorted without sorting them (outcome-index.ts). Dates travel as day numbers and programs
 * as their position in the scope: a whole network's rows are ~20% fewer bytes to write, read and parse, and each
 * distinct date or program is one shared string here instead of one string per row.
 */
export const outcomeParts = (
  scope: OutcomesScope,
  period: { from: string; to: string },
  range: { from: string; to: string } = period,
): [people: SnapshotPart, episodes: SnapshotPart, contacts: SnapshotPart] => [...outcomePeopleParts(scope, range), outcomeContactsPart(scope, period)];

/** The scope's SQL pieces the statements share. */
const statementPieces = (scope: OutcomesScope) => {
  const programs = uuidArray(scope.programIds);
  const specialist = scope.specialistId;
  const bySpecialist = (column: ReturnType<typeof sql.raw>) => (specialist ? sql`and ${column} = ${specialist}::uuid` : sql``);
  const named = (name: string) => (specialist ? `${name}-specialist` : name);
  const day = (column: string) => sql.raw(`(${column} - date '1970-01-01')`);
  // The programs numbered from 1 in the scope's order, joined by hash (array_position would scan the 120 ids per row).
  const numbered = sql`unnest(${programs}::uuid[]) with ordinality as n (program_id, no)`;
  // The scope's programs as a join, which PostgreSQL hashes once, where `program_id = any(...)` compares each row with
  // up to 120 ids in turn (measured: 10 ms instead of 18 for one program's contacts, the same for the network).
  const inScope = sql`unnest(${programs}::uuid[]) as n (program_id)`;
  const people = (range: { from: string; to: string }) => sql`people as materialized (
      select p.id, n.no as program_no, row_number() over (order by p.id) as person_no
      from participants p join ${numbered} on n.program_id = p.program_id
      where p.id in (
          select e.participant_id from caseload_episodes e
          where e.opened_on <= ${range.to}::date and (e.closed_on is null or e.closed_on >= ${range.from}::date)
          union all
          select j.participant_id from jobs j
          where j.start_date <= ${range.to}::date
            and (j.end_date is null or j.end_date >= ${range.from}::date or j.start_date >= ${range.from}::date - interval '7 months'))
        ${bySpecialist(sql.raw("p.specialist_id"))}
    )`;
  return { programs, bySpecialist, named, day, numbered, inScope, people };
};

/**
 * People with their jobs, and their episodes, over `range`: the rows a program's data version covers (ADR 0011),
 * kept per program between reports (outcomes-kept.ts).
 */
export const outcomePeopleParts = (scope: OutcomesScope, range: { from: string; to: string }): [people: SnapshotPart, episodes: SnapshotPart] => {
  const { bySpecialist, named, day, inScope, people } = statementPieces(scope);
  return [
    {
      name: named("outcome-people-jobs"),
      query: sql`with ${people(range)}
        select
          (select json_build_array(json_agg(p.id), json_agg(p.program_no))
            from (select * from people order by id) p) as people,
          (select json_build_array(json_agg(j.id), json_agg(j.person_no), json_agg(j.starts), json_agg(j.ends), json_agg(j.hours_per_week),
              json_agg(j.hourly_gross_wage), json_agg(j.terms), json_agg(j.end_reason))
            from (select j.id, p.person_no, ${day("j.start_date")} as starts, ${day("j.end_date")} as ends, j.hours_per_week, j.hourly_gross_wage,
                concat(j.contract, ' ', emp.setting, ' ', pr.country, ' ', j.competitive_override ->> 'competitive') as terms, j.end_reason
              from people p join jobs j on j.participant_id = p.id join programs pr on pr.id = j.program_id
              left join employers emp on emp.id = j.employer_id
              where j.start_date <= ${range.to}::date
              order by j.id) j) as jobs`,
    },
    {
      name: named("outcome-episodes"),
      query: sql`select
        (select json_build_array(json_agg(e.id), json_agg(e.participant_id), json_agg(e.opened), json_agg(e.closed), json_agg(e.closure_reason))
          from (select e.id, e.participant_id, ${day("e.opened_on")} as opened, ${day("e.closed_on")} as closed, e.closure_reason
            from caseload_episodes e join participants p on p.id = e.participant_id join ${inScope} on n.program_id = p.program_id
            where e.opened_on <= ${range.to}::date and (e.closed_on is null or e.closed_on >= ${range.from}::date) ${bySpecialist(sql.raw("p.specialist_id"))}
            order by e.participant_id, e.id) e) as episodes`,
    },
  ];
};

/**
 * What every report reads fresh for the period (no data version covers it): the face-to-face employer contacts, each
 * person's first one when it falls in the period, the referrals, the specialists.
 */
export const outcomeContactsPart = (scope: OutcomesScope, period: { from: string; to: string }): SnapshotPart => {
  const { programs, bySpecialist, named, day, numbered, inScope } = statementPieces(scope);
  return {
    name: named("outcome-contacts"),
    query: sql`select
        (select json_build_array(json_agg(c.id), json_agg(c.no), json_agg(c.day), json_agg(c.author_id))
          from (select c.id, n.no, ${day("c.date")} as day, c.author_id
            from employer_contacts c join ${numbered} on n.program_id = c.program_id
            where c.face_to_face
              and c.date between ${period.from}::date and ${period.to}::date ${bySpecialist(sql.raw("c.author_id"))}
            order by c.id) c) as contacts,
        (select json_agg(json_build_array(f.participant_id, f.first) order by f.participant_id)
          from (select a.participant_id, min(cp.date) - date '1970-01-01' as first
            from (select e.participant_id, max(e.opened_on) as entry
              from caseload_episodes e join participants p on p.id = e.participant_id join ${inScope} on n.program_id = p.program_id
              where e.opened_on <= ${period.to}::date and (e.closed_on is null or e.closed_on >= ${period.from}::date) ${bySpecialist(sql.raw("p.specialist_id"))}
              group by e.participant_id) a
            join employer_contact_people cp on cp.participant_id = a.participant_id and cp.face_to_face and cp.date >= a.entry
              and cp.date between ${period.from}::date and ${period.to}::date
            where not exists (select from employer_contact_people b where b.participant_id = a.participant_id and b.face_to_face
              and b.date >= a.entry and b.date < ${period.from}::date)
            group by a.participant_id) f) as first_contacts,
        (select json_agg(json_build_array(r.id, n.no, r.specialist_id, ${day("r.referred_on")}, ${day("r.decided_on")}, r.status, r.decline_reason) order by r.id)
          from referrals r join ${numbered} on n.program_id = r.program_id
          where (r.referred_on between ${period.from}::date and ${period.to}::date
              or r.decided_on between ${period.from}::date and ${period.to}::date) ${bySpecialist(sql.raw("r.specialist_id"))}) as referrals,
        (select json_agg(json_build_array(u.id, m.program_id, u.name, m.fte)) from memberships m join users u on u.id = m.user_id
          where m.program_id = any(${programs}::uuid[]) and m.role = 'specialist' ${bySpecialist(sql.raw("m.user_id"))}) as specialists`,
  };
};

/** A network's quarter groups tens of thousands of episodes and jobs: 64 MB keeps its hashes out of temp files. */
export const outcomeReadOptions = { workMemMb: 64 };

/** The rows of `outcomePeopleParts`, as one. */
export const peopleRowsOf = (people: readonly object[], episodes: readonly object[]): PeopleRows => ({
  ...(people[0] as PeopleRow),
  ...(episodes[0] as EpisodesRow),
});

/** Every part's rows of `outcomeParts`, as one. */
export const outcomeRowsOf = (people: readonly object[], episodes: readonly object[], contacts: readonly object[]): OutcomeRows => ({
  ...peopleRowsOf(people, episodes),
  ...(contacts[0] as ContactsRow),
});

/** `outcomeParts` read on one snapshot. */
export const readOutcomeParts = async (
  read: SnapshotRead,
  scope: OutcomesScope,
  period: { from: string; to: string },
  range: { from: string; to: string } = period,
): Promise<OutcomeRows> => {
  const [people, episodes, contacts] = await read<[PeopleRow, EpisodesRow, ContactsRow]>(outcomeParts(scope, period, range), outcomeReadOptions);
  return outcomeRowsOf(people, episodes, contacts);
};

/** A program's outcome data version (ADR 0011, migration 0013) as text (a bigint); a program without one is absent. */
export type VersionRow = { program_id: string; version: string };

/** The data versions of the scope's programs (read with the rows, on their snapshot, or alone before them). */
export const versionsQuery = (programIds: readonly string[]) =>
  sql`select program_id, version::text as version from outcome_data_versions where program_id = any(${uuidArray(programIds)}::uuid[])`;

export const versionsOf = (rows: readonly VersionRow[]): Map<string, string> => new Map(rows.map((r) => [r.program_id, r.version]));
