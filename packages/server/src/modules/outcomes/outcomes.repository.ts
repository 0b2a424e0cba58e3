import { and, eq, inArray } from "drizzle-orm";
import {
  type CompetitiveOverride,
  type EmployerSetting,
  type JobContract,
  type OutcomeIndex,
  type OutcomePeopleIndex,
  type OutcomeEmployerContact,
  type OutcomeJob,
  type OutcomePerson,
  type OutcomeRecords,
  type OutcomeReferral,
  dateOfDay,
  competitiveVerdict,
  joinedOutcomeIndexBuilder,
  outcomeIndexBuilder,
  outcomePeopleIndex,
} from "@passerelle/domain";
import { memberships } from "../../db/schema/index";
import type { Executor, PreparedRead, SnapshotRead } from "../../platform/db";
import { hourlyMinimumWage } from "../jobs/job-rules";
import {
  type ContactsRow,
  type Day,
  type JobTerms,
  type OutcomeRows,
  type OutcomesScope,
  type PeopleRow,
  type PeopleRows,
  type ProgramNo,
  type VersionRow,
  outcomeContactsPart,
  outcomePeopleParts,
  outcomeReadOptions,
  peopleRowsOf,
  readOutcomeParts,
  versionsOf,
  versionsQuery,
} from "./outcome-statements";

export { type OutcomesScope, uuidArray } from "./outcome-statements";

type Range = { from: string; to: string };

/** A part's columns, an absent one (no rows) as an empty one. */
const columns = <T extends readonly (unknown[] | null)[]>(part: T): { [K in keyof T]: NonNullable<T[K]> } =>
  part.map((column) => column ?? []) as { [K in keyof T]: NonNullable<T[K]> };

/**
 * The people part in id order, as the jobs' person numbers (their rank by id) and the walk over person ids need:
 * the statement sends it so; were it ever not, it is sorted here, every column alike.
 */
const peopleInIdOrder = (part: PeopleRow["people"]) => {
  const [ids, programs] = columns(part);
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
  if (sorted) return { ids, programs };
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  return { ids: order.map((i) => ids[i]!), programs: order.map((i) => programs[i]!) };
};

type Terms = { contract: JobContract; setting: EmployerSetting | null; country: string; override: CompetitiveOverride | null };

/** A job's competitiveness terms (outcome-statements.ts `JobTerms`), each distinct text parsed once per report. */
const termsReader = () => {
  const parsed = new Map<JobTerms, Terms>();
  return (text: JobTerms): Terms => {
    let terms = parsed.get(text);
    if (terms === undefined) {
      const [contract, setting, country, verdict] = text.split(" ");
      // Only the team's verdict counts here (its reason is shown on the job's page, not in a figure).
      const override = verdict === "true" || verdict === "false" ? { competitive: verdict === "true", reason: "" } : null;
      terms = { contract: contract as JobContract, setting: (setting || null) as EmployerSetting | null, country: country!, override };
      parsed.set(text, terms);
    }
    return terms;
  };
};

/** What every decoding of the rows shares: dates and programs each one shared string, the minimum wages looked up once. */
const decoding = (scope: OutcomesScope) => {
  // The minimum wage depends on the country and the start month only: looked up once per country and start day
  // (a few thousand pairs for a network's 60,000 jobs), not per job, and without building a key string per job.
  const minimums = new Map<string, Map<Day, number | null>>();
  const minimumAt = (country: string, start: Day, startDate: string): number | null => {
    let ofCountry = minimums.get(country);
    if (!ofCountry) minimums.set(country, (ofCountry = new Map()));
    let minimum = ofCountry.get(start);
    if (minimum === undefined) ofCountry.set(start, (minimum = hourlyMinimumWage(country, startDate)));
    return minimum;
  };
  const dates = new Map<Day, string>();
  const dateOf = (day: Day): string => {
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = dateOfDay(day)));
    return date;
  };
  const dateOrNull = (day: Day | null): string | null => (day === null ? null : dateOf(day));
  const programOf = (no: ProgramNo): string => scope.programIds[no - 1]!;
  // The statement keeps only the asked specialist's people: each one's specialist is the scope's (none asked: not read).
  const peopleOf = (rows: PeopleRow): OutcomePerson[] => {
    const { ids, programs } = peopleInIdOrder(rows.people);
    return ids.map((id, i) => ({ id, programId: programOf(programs[i]!), specialistId: scope.specialistId }));
  };
  /** Each job as the rules read it, with its person's position; `participantId` is the person's own id string. */
  const eachJob = (rows: PeopleRow, people: readonly OutcomePerson[], visit: (job: OutcomeJob, person: number, start: Day, end: Day | null) => void): void => {
    const [ids, persons, starts, ends, hours, wages, termsColumn, endReasons] = columns(rows.jobs);
    const termsOf = termsReader();
    for (let i = 0; i < ids.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      const hourlyGrossWage = wages[i]!;
      const person = persons[i]! - 1;
      // Exactly as the jobs module derives it (job-rules.ts competitivenessOf): the minimum wage of the program's
      // country at the start, the registered employer's setting, the team's override winning. "Unknown" (no wage)
      // is null, which no figure counts as competitive.
      const startDate = dateOf(start);
      const terms = termsOf(termsColumn[i]!);
      const competitive = competitiveVerdict(
        { contract: terms.contract, hourlyGrossWage, competitiveOverride: terms.override },
        { hourlyMinimumWage: minimumAt(terms.country, start, startDate), employerSetting: terms.setting },
      );
      const job: OutcomeJob = {
        id: ids[i]!,
        participantId: people[person]!.id,
        startDate,
        endDate: dateOrNull(end),
        hoursPerWeek: hours[i]!,
        hourlyGrossWage,
        competitive,
        endReason: endReasons[i]!,
      };
      visit(job, person, start, end);
    }
  };
  /** The period's face-to-face employer contacts of the scope, each as the rules read it (with its day number). */
  const eachEmployerContact = (rows: ContactsRow, visit: (contact: OutcomeEmployerContact, day: Day) => void): void => {
    const [ids, programs, days, authors] = columns(rows.contacts);
    for (let i = 0; i < ids.length; i++) {
      const day = days[i]!;
      visit({ id: ids[i]!, programId: programOf(programs[i]!), date: dateOf(day), faceToFace: true, authorId: authors[i]!, participantIds: [] }, day);
    }
  };
  /** The period's referrals of the scope, each as the rules read it (with its day numbers). */
  const eachReferral = (rows: ContactsRow, visit: (referral: OutcomeReferral, referred: Day, decided: Day | null) => void): void => {
    for (const [id, programNo, specialistId, referredOn, decidedOn, status, declineReason] of rows.referrals ?? []) {
      visit({ id, programId: programOf(programNo), specialistId, referredOn: dateOf(referredOn), decidedOn: dateOrNull(decidedOn), status, declineReason }, referredOn, decidedOn);
    }
  };
  return { dateOf, dateOrNull, peopleOf, eachJob, eachEmployerContact, eachReferral };
};

/** Every record the outcome rules need for a scope and a range, as plain records (the network view, the drill-down). */
export const readOutcomeRecords = async (read: SnapshotRead, scope: OutcomesScope, period: Range, range: Range = period): Promise<OutcomeRecords> => {
  const row = await readOutcomeParts(read, scope, period, range);
  const { dateOf, dateOrNull, peopleOf, eachJob, eachEmployerContact, eachReferral } = decoding(scope);
  const inScope = peopleOf(row);
  const [episodeIds, episodePeople, opened, closed, closureReasons] = columns(row.episodes);
  const jobs: OutcomeJob[] = [];
  eachJob(row, inScope, (job) => jobs.push(job));
  const employerContacts: OutcomeEmployerContact[] = [];
  eachEmployerContact(row, (contact) => employerContacts.push(contact));
  const referrals: OutcomeReferral[] = [];
  eachReferral(row, (referral) => referrals.push(referral));
  return {
    specialistId: scope.specialistId,
    people: inScope,
    episodes: episodeIds.map((id, i) => ({
      id,
      participantId: episodePeople[i]!,
      openedOn: dateOf(opened[i]!),
      closedOn: dateOrNull(closed[i]!),
      closureReason: closureReasons[i]!,
    })),
    jobs,
    employerContacts,
    contactsForPeople: (row.first_contacts ?? []).flatMap(([participantId, date]) => (date === null ? [] : [{ participantId, date: dateOf(date) }])),
    referrals,
    specialists: (row.specialists ?? []).map(([id, programId, name, fte]) => ({ id, programId, name, fte })),
  };
};

/**
 * The position of a person id among `ids` (sorted), for rows that come in their person's id order: each lookup
 * starts where the last one ended (a walk of both lists, no hashing of 36-character ids); a row out of that order
 * is found by a binary search, so any order gives the same answer. -1: not among them.
 */
const positionsIn = (ids: readonly string[]) => {
  let at = 0;
  return (id: string): number => {
    if (ids[at] === id) return at;
    const forward = ids[at] !== undefined && ids[at]! < id;
    // The next few people first (the next row's person usually follows closely), then a binary search.
    if (forward) for (let k = at + 1; k < at + 8 && k < ids.length && ids[k]! <= id; k++) if (ids[k] === id) return (at = k);
    let lo = forward ? at + 1 : 0;
    let hi = forward ? ids.length : at;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    if (ids[lo] !== id) return -1;
    return (at = lo);
  };
};

/**
 * The same records, indexed for the report as they are decoded (domain index-builder.ts): rows name their person
 * by position and their dates as day numbers, so a whole network's 100,000 rows become the index without a date
 * string parsed back nor an id looked up per row, and without the intermediate records.
 */
export const readOutcomeIndex = async (read: SnapshotRead, scope: OutcomesScope, period: Range, range: Range = period): Promise<OutcomeIndex> =>
  indexOfRows(scope, await readOutcomeParts(read, scope, period, range));

/** What a report reads (read-outcomes.ts), keeping each program's people between reports (ADR 0012). */
export type OutcomeReadPlan = {
  /** The people of the programs that kept theirs at the version the report read before. */
  keptPeople: ReadonlyMap<string, OutcomePeopleIndex>;
  /** The programs whose people to read (the others' are kept). */
  readPeople: readonly string[];
};

export type OutcomeRead = {
  /** The figures' index: the people of every program of the scope, kept or read, with what is read fresh. */
  index: OutcomeIndex;
  /** The people read, per program of `readPeople` (one without anyone: empty), to keep. */
  peopleRead: ReadonlyMap<string, OutcomePeopleIndex>;
  /** The data versions of the scope's programs, on the snapshot of the rows. */
  versions: Map<string, string>;
};

/**
 * On one snapshot: what every report reads fresh (the period's employer contacts, first contacts, referrals,
 * specialists), the data versions of the scope's programs, and the people of the programs in `plan.readPeople` who
 * matter to `range` (the report's period and its trends' 8 quarters), with their episodes and jobs. The figures'
 * index joins the kept and the read people (ADR 0012): people who matter to the range but not to the period are
 * counted in no figure of the period, as the figures' tests over the whole range show.
 */
export const readOutcomeIndexKeeping = async (read: SnapshotRead, scope: OutcomesScope, period: Range, range: Range, plan: OutcomeReadPlan): Promise<OutcomeRead> => {
  const versions = { name: "outcome-versions", query: versionsQuery(scope.programIds) };
  const readScope = { programIds: plan.readPeople, specialistId: scope.specialistId };
  const peopleParts = plan.readPeople.length > 0 ? outcomePeopleParts(readScope, range) : [];
  const [contacts, versionRows, people, episodes] = await read<[ContactsRow, VersionRow, ...object[]]>(
    [outcomeContactsPart(scope, period), versions, ...peopleParts],
    outcomeReadOptions,
  );
  const peopleRead = people && episodes ? peopleIndexesByProgram(readScope, peopleRowsOf(people, episodes)) : new Map<string, OutcomePeopleIndex>();
  const index = joinedIndex(scope, (programId) => plan.keptPeople.get(programId) ?? peopleRead.get(programId)!, contacts[0] as ContactsRow);
  return { index, peopleRead, versions: versionsOf(versionRows) };
};

/** The data versions of programs, alone (before a read on one snapshot, to know which programs' counts to read again). */
export const readOutcomeVersions = async (read: PreparedRead, programIds: readonly string[]): Promise<Map<string, string>> =>
  versionsOf(await read<VersionRow>("outcome-versions", versionsQuery(programIds)));

/**
 * The people, their episodes and jobs of each program of `scope` (in its order: a program without any is empty),
 * indexed apart from one read of them all: what is kept per program (ADR 0012).
 */
const peopleIndexesByProgram = (scope: OutcomesScope, rows: PeopleRows): Map<string, OutcomePeopleIndex> => {
  const { peopleOf, eachJob } = decoding(scope);
  const inScope = peopleOf(rows);
  // Each person's program's builder, and their position in it.
  const ofProgram = new Map<string, OutcomePerson[]>(scope.programIds.map((programId) => [programId, []]));
  const local = inScope.map((person) => {
    const people = ofProgram.get(person.programId)!;
    people.push(person);
    return people.length - 1;
  });
  const builders = new Map([...ofProgram].map(([programId, people]) => [programId, outcomeIndexBuilder(scope.specialistId, people)]));
  const builderOf = inScope.map((person) => builders.get(person.programId)!);
  const episodePosition = positionsIn(inScope.map((p) => p.id));
  const [episodeIds, episodePeople, opened, closed, closureReasons] = columns(rows.episodes);
  for (let i = 0; i < episodeIds.length; i++) {
    const person = episodePosition(episodePeople[i]!);
    if (person >= 0) builderOf[person]!.episode(local[person]!, episodeIds[i]!, opened[i]!, closed[i]!, closureReasons[i]!);
  }
  eachJob(rows, inScope, (job, person, start, end) => builderOf[person]!.job(local[person]!, job, start, end));
  return new Map(
    [...builders].map(([programId, builder]) => [programId, outcomePeopleIndex(builder.build([]))]),
  );
};

/**
 * The index of the scope: its programs' people joined in id order (`peopleOf` each program's), with the rows every
 * report reads fresh (first contacts, employer contacts, referrals, specialists).
 */
const joinedIndex = (scope: OutcomesScope, peopleOf: (programId: string) => OutcomePeopleIndex, row: ContactsRow): OutcomeIndex => {
  const { ids, completer } = joinedOutcomeIndexBuilder(scope.specialistId, scope.programIds.map(peopleOf));
  const { eachEmployerContact, eachReferral } = decoding(scope);
  const contactPosition = positionsIn(ids);
  for (const [participantId, date] of row.first_contacts ?? []) if (date !== null) completer.contactDay(contactPosition(participantId), date);
  eachEmployerContact(row, (contact, day) => completer.employerContact(contact, day));
  eachReferral(row, (referral, referred, decided) => completer.referral(referral, referred, decided));
  return completer.build((row.specialists ?? []).map(([id, programId, name, fte]) => ({ id, programId, name, fte })));
};

/** The index of every row of a scope read at once (the lists behind a figure), joined from its programs' as a report's is. */
const indexOfRows = (scope: OutcomesScope, rows: OutcomeRows): OutcomeIndex => {
  const parts = peopleIndexesByProgram(scope, rows);
  return joinedIndex(scope, (programId) => parts.get(programId)!, rows);
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
