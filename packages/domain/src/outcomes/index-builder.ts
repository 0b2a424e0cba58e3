import { dayNumber } from "../worklist/calendar";
import type { IndexedJob, IndexedPerson, OutcomeIndex } from "./outcome-index";
import type { OutcomeEmployerContact, OutcomeJob, OutcomePerson, OutcomeRecords, OutcomeReferral, OutcomeSpecialist } from "./outcome-records";
import { addCalendarMonths } from "./quarters";

/**
 * The one place where records become the report's index (outcome-index.ts): grouped by person, dates as day
 * numbers, each job's 90th day and 6th month computed once. Rows name their person by POSITION in the people given
 * to the builder, so a loader that numbers its rows (the server's outcomes read: 30,000 people, 40,000 jobs,
 * 30,000 episodes for a whole network) feeds it without a lookup by id per row nor a date string to parse back;
 * `indexRecords` feeds it plain records (ids and `YYYY-MM-DD` dates) through one map of positions.
 */
export interface OutcomeIndexBuilder {
  /** The person at `person` (position in the people given; out of scope: ignored) had this time on the caseload. */
  episode(person: number, id: string, opened: number, closed: number | null, closureReason: string | null): void;
  /** A job of the person at `person`, starting on day `start` (its `startDate`), ending on day `end` or running. */
  job(person: number, job: OutcomeJob, start: number, end: number | null): void;
  /** A face-to-face employer contact made for the person at `person`, on day `day` (any author). */
  contactDay(person: number, day: number): void;
  /** An employer contact of the scope (counted when face to face, and by the asked specialist when one is). */
  employerContact(contact: OutcomeEmployerContact, day: number): void;
  referral(referral: OutcomeReferral, referred: number, decided: number | null): void;
  build(specialists: readonly OutcomeSpecialist[]): OutcomeIndex;
}

/** Rows in id order (a loader usually sends them so: then nothing is sorted). */
const inIdOrder = <T>(rows: T[], idOf: (row: T) => string): T[] => {
  for (let i = 1; i < rows.length; i++) {
    if (idOf(rows[i - 1]!) > idOf(rows[i]!)) return rows.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  }
  return rows;
};

const byStart = (a: IndexedJob, b: IndexedJob): number => a.start - b.start || (a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0);

/**
 * The 6th month of a start day, computed once per distinct start day (a few thousand for 60,000 jobs) and shared by
 * every builder: the server builds one per program (ADR 0012), 120 for a network, each of which would compute it
 * again. A pure function of the day; a few years of days at most.
 */
const month6Of = new Map<number, number>();
const MONTH6_KEPT = 20_000;

/** Dates repeat a lot (a few thousand distinct days for 100,000 rows): each is parsed once per report. */
const dayParser = () => {
  const days = new Map<string, number>();
  return (date: string): number => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayNumber(date)));
    return day;
  };
};

/**
 * A builder for the people in scope: `people` as the loader numbers them; when a specialist is asked for, only
 * the people currently assigned to them are kept (rows of the others are ignored).
 */
export const outcomeIndexBuilder = (specialistId: string | null, people: readonly OutcomePerson[]): OutcomeIndexBuilder => {
  const slots: (IndexedPerson | undefined)[] = people.map((p) =>
    specialistId && p.specialistId !== specialistId ? undefined : { id: p.id, programId: p.programId, episodes: [], jobs: [], contactDays: [] },
  );
  return builderOver(specialistId, slots, [], false);
};

/**
 * What a report adds to people already indexed (`joinedOutcomeIndexBuilder`): the rows read fresh for every report.
 * No episode nor job: those of the joined people are shared with the parts they came from, and never changed.
 */
export type OutcomeIndexCompleter = Pick<OutcomeIndexBuilder, "contactDay" | "employerContact" | "referral" | "build">;

/**
 * The people of an index with their episodes and jobs, without what a report adds (contact days, employer contacts,
 * referrals): what the server keeps per program between reports (ADR 0012), made by `outcomePeopleIndex`. Each
 * person's and job's id has its order key, so that joining a network's 120 programs' people in id order compares
 * numbers: comparing 70,000 ids as strings, seven times each, cost a whole-network report ~100 ms.
 */
export interface OutcomePeopleIndex {
  people: readonly IndexedPerson[];
  jobs: readonly IndexedJob[];
  /** The `orderKey` of each person's id, then of each job's id, in their lists' order; null: an id is not a lowercase uuid. */
  keys: { people: Float64Array; jobs: Float64Array } | null;
}

/**
 * A uuid's first 48 bits (its first 12 lowercase hex digits) as a number: of two ids, the one with the smaller key
 * comes first in text order (equal keys: the text decides). -1: the id does not start so. Read from the character
 * codes: a regular expression and two parseInt per id cost a network's 70,000 rows ~30 ms.
 */
const orderKey = (id: string): number => {
  if (id.charCodeAt(8) !== 0x2d) return -1;
  let key = 0;
  for (let i = 0; i < 13; i++) {
    if (i === 8) continue;
    const c = id.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    key = key * 16 + digit;
  }
  return key;
};

/** The people part of an index (each person's jobs sorted, as `build` leaves them), with its order keys. */
export const outcomePeopleIndex = (index: Pick<OutcomeIndex, "people" | "jobs">): OutcomePeopleIndex => {
  const people = Float64Array.from(index.people, (p) => orderKey(p.id));
  const jobs = Float64Array.from(index.jobs, (j) => orderKey(j.job.id));
  const uuids = !people.includes(-1) && !jobs.includes(-1);
  return { people: index.people, jobs: index.jobs, keys: uuids ? { people, jobs } : null };
};

/**
 * People parts (each program's, kept between reports: ADR 0012) as one builder: people and jobs merged in id order,
 * each person a new one sharing its part's episodes and jobs, with contact days of its own. `ids` are the people's
 * ids in that order: the positions the completer's rows name. The index it builds is the one a single builder fed
 * every row would build.
 */
export const joinedOutcomeIndexBuilder = (
  specialistId: string | null,
  parts: readonly OutcomePeopleIndex[],
): { ids: string[]; completer: OutcomeIndexCompleter } => {
  const keyed = parts.every((part) => part.keys !== null);
  const people = mergedInIdOrder(
    parts.map((part) => ({ rows: part.people, keys: keyed ? part.keys!.people : null })),
    (p) => p.id,
  ).map((p): IndexedPerson => ({ id: p.id, programId: p.programId, episodes: p.episodes, jobs: p.jobs, contactDays: [] }));
  const jobs = mergedInIdOrder(
    parts.map((part) => ({ rows: part.jobs, keys: keyed ? part.keys!.jobs : null })),
    (j) => j.job.id,
  );
  return { ids: people.map((p) => p.id), completer: builderOver(specialistId, people, jobs, true) };
};

/**
 * Lists each in id order, merged into one in id order by a heap of the lists' heads: by their order keys when
 * every list has them (the ids' text only between equal keys), else by the ids' text.
 */
export const mergedInIdOrder = <T>(lists: readonly { rows: readonly T[]; keys: Float64Array | null }[], idOf: (row: T) => string): T[] => {
  const from = lists.filter((list) => list.rows.length > 0);
  const merged: T[] = [];
  const at = new Int32Array(from.length);
  const headKey = new Float64Array(from.length);
  for (let i = 0; i < from.length; i++) headKey[i] = from[i]!.keys?.[0] ?? 0;
  const before = (a: number, b: number): boolean =>
    headKey[a]! < headKey[b]! || (headKey[a] === headKey[b] && idOf(from[a]!.rows[at[a]!]!) < idOf(from[b]!.rows[at[b]!]!));
  const heap = from.map((_, i) => i);
  const siftDown = (start: number): void => {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const least = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[least]!, heap[i]!)) return;
      const swapped = heap[i]!;
      heap[i] = heap[least]!;
      heap[least] = swapped;
      i = least;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  while (heap.length > 0) {
    const list = heap[0]!;
    const { rows, keys } = from[list]!;
    const next = at[list]! + 1;
    merged.push(rows[next - 1]!);
    at[list] = next;
    if (next < rows.length) {
      headKey[list] = keys?.[next] ?? 0;
    } else {
      // This list is done: the heap's last takes its place.
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length > 0) siftDown(0);
  }
  return merged;
};

/**
 * The builder over its people's slots (undefined: a person out of scope, whose rows are ignored) and the jobs
 * already given; `joined`: the slots' episodes and jobs are shared with kept parts, already sorted, left alone.
 */
const builderOver = (specialistId: string | null, slots: readonly (IndexedPerson | undefined)[], jobs: IndexedJob[], joined: boolean): OutcomeIndexBuilder => {
  const day = dayParser();
  const employerContacts: OutcomeIndex["employerContacts"] = [];
  const referrals: OutcomeIndex["referrals"] = [];
  return {
    episode(person, id, opened, closed, closureReason) {
      slots[person]?.episodes.push({ id, opened, closed: closed === null ? Infinity : closed, closureReason });
    },
    job(person, job, start, end) {
      const owner = slots[person];
      if (!owner) return;
      let month6 = month6Of.get(start);
      if (month6 === undefined) {
        if (month6Of.size >= MONTH6_KEPT) month6Of.clear();
        month6Of.set(start, (month6 = day(addCalendarMonths(job.startDate, 6))));
      }
      const indexed: IndexedJob = { job, start, end: end === null ? Infinity : end, day90: start + 90, month6 };
      jobs.push(indexed);
      owner.jobs.push(indexed);
    },
    contactDay(person, contactDay) {
      slots[person]?.contactDays.push(contactDay);
    },
    employerContact(contact, contactDay) {
      if (contact.faceToFace && (!specialistId || contact.authorId === specialistId)) employerContacts.push({ contact, day: contactDay });
    },
    referral(referral, referred, decided) {
      if (!specialistId || referral.specialistId === specialistId) referrals.push({ referral, referred, decided });
    },
    build(specialists) {
      // People, jobs, contacts and referrals in id order: every list of ids the figures build is then already sorted
      // (stats.sortedIds checks and skips the sort), instead of sorting tens of thousands of ids once per figure.
      const inScope = inIdOrder(
        slots.filter((p): p is IndexedPerson => p !== undefined),
        (p) => p.id,
      );
      for (const person of inScope) {
        if (!joined && person.jobs.length > 1) person.jobs.sort(byStart);
        if (person.contactDays.length > 1) person.contactDays.sort((a, b) => a - b);
      }
      return {
        specialistId,
        people: inScope,
        jobs: inIdOrder(jobs, (j) => j.job.id),
        employerContacts: inIdOrder(employerContacts, (c) => c.contact.id),
        referrals: inIdOrder(referrals, (r) => r.referral.id),
        specialists: specialistId ? specialists.filter((s) => s.id === specialistId) : specialists,
      };
    },
  };
};

/** The index of plain records (ids and `YYYY-MM-DD` dates): each row's person found by id, each date parsed once. */
export const indexRecords = (records: OutcomeRecords): OutcomeIndex => {
  const builder = outcomeIndexBuilder(records.specialistId, records.people);
  const positions = new Map<string, number>();
  records.people.forEach((p, i) => positions.set(p.id, i));
  const at = (id: string): number => positions.get(id) ?? -1;
  const day = dayParser();
  for (const e of records.episodes) builder.episode(at(e.participantId), e.id, day(e.openedOn), e.closedOn === null ? null : day(e.closedOn), e.closureReason);
  for (const job of records.jobs) builder.job(at(job.participantId), job, day(job.startDate), job.endDate === null ? null : day(job.endDate));
  for (const contact of records.employerContacts) {
    if (!contact.faceToFace) continue;
    const contactDay = day(contact.date);
    for (const id of contact.participantIds) builder.contactDay(at(id), contactDay);
    builder.employerContact(contact, contactDay);
  }
  for (const c of records.contactsForPeople ?? []) builder.contactDay(at(c.participantId), day(c.date));
  for (const r of records.referrals) builder.referral(r, day(r.referredOn), r.decidedOn === null ? null : day(r.decidedOn));
  return builder.build(records.specialists);
};
