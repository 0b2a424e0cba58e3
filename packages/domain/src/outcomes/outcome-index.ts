import { dayNumber } from "../worklist/calendar";
import type { OutcomeEmployerContact, OutcomeJob, OutcomePeriod, OutcomeRecords, OutcomeReferral } from "./outcome-records";

/**
 * The records prepared once for the report and its 8 quarters: grouped by person, every date turned into a day
 * number (integer comparisons instead of string ones), each job's 90th day and 6th month computed once. A whole
 * network (50,000 people, 60,000 jobs) is then a few passes over arrays per period.
 */
export interface IndexedJob {
  job: OutcomeJob;
  start: number;
  /** Infinity while the job runs. */
  end: number;
  day90: number;
  month6: number;
}

export interface IndexedEpisode {
  id: string;
  opened: number;
  /** Infinity while the episode is open. */
  closed: number;
  closureReason: string | null;
}

export interface IndexedPerson {
  id: string;
  /** The program the person belongs to now (their trends are counted there). */
  programId: string;
  episodes: IndexedEpisode[];
  /** Sorted by start, then id. */
  jobs: IndexedJob[];
  /** Days of the face-to-face employer contacts made for the person (any author), sorted. */
  contactDays: number[];
}

export interface DayPeriod {
  from: number;
  to: number;
}

export interface OutcomeIndex {
  specialistId: string | null;
  people: IndexedPerson[];
  /** Every job of the people in scope, in id order. */
  jobs: IndexedJob[];
  /** The contacts counted in the employer-contact figures (the specialist's own when one is asked for). */
  employerContacts: { contact: OutcomeEmployerContact; day: number }[];
  referrals: { referral: OutcomeReferral; referred: number; decided: number | null }[];
  specialists: OutcomeRecords["specialists"];
}

export const dayPeriod = (period: OutcomePeriod): DayPeriod => ({ from: dayNumber(period.from), to: dayNumber(period.to) });

// Built by index-builder.ts (the one place where rows become the index), from plain records or from positions.
export { indexRecords } from "./index-builder";

export const withinDays = (day: number | null, period: DayPeriod): boolean => day !== null && day >= period.from && day <= period.to;

export const overlapsDays = (start: number, end: number, period: DayPeriod): boolean => start <= period.to && end >= period.from;

/** The same on `YYYY-MM-DD` strings (the fidelity indicators use these). */
export const within = (date: string | null, period: OutcomePeriod): date is string => date !== null && date >= period.from && date <= period.to;
export const overlaps = (start: string, end: string | null, period: OutcomePeriod): boolean => start <= period.to && (end === null || end >= period.from);

/** An active person: someone in scope with an episode overlapping the period; entry = their latest such episode's start. */
export interface ActivePerson {
  id: string;
  entry: number;
  person: IndexedPerson;
}

/** The person's entry in the period (the start of their latest episode overlapping it), null when not active. */
export const entryIn = (person: IndexedPerson, period: DayPeriod): number | null => {
  let latest: IndexedEpisode | null = null;
  for (const e of person.episodes) {
    if (e.opened > period.to || e.closed < period.from) continue;
    if (!latest || e.opened > latest.opened || (e.opened === latest.opened && e.id > latest.id)) latest = e;
  }
  return latest ? latest.opened : null;
};

export const activePeople = (index: OutcomeIndex, period: DayPeriod): ActivePerson[] => {
  const active: ActivePerson[] = [];
  for (const person of index.people) {
    const entry = entryIn(person, period);
    if (entry !== null) active.push({ id: person.id, entry, person });
  }
  return active;
};

export const employedAtEntry = (p: ActivePerson): boolean => p.person.jobs.some((j) => j.start < p.entry && j.end >= p.entry);

/** The IPS Grow threshold of a job start that counts as "supported into work". */
export const MIN_HOURS_SUPPORTED_INTO_WORK = 4;
const hasCountedHours = (j: IndexedJob): boolean => j.job.hoursPerWeek !== null && j.job.hoursPerWeek >= MIN_HOURS_SUPPORTED_INTO_WORK;

/** The first job started on or after entry (jobs are sorted by start), of any hours or of 4 hours or more. */
export const firstJobSinceEntry = (p: ActivePerson, countedHoursOnly = false): IndexedJob | null => {
  for (const j of p.person.jobs) if (j.start >= p.entry && (!countedHoursOnly || hasCountedHours(j))) return j;
  return null;
};

/** The per-person facts of the rates, computed in one pass (the trends need only these). */
export const personFacts = (p: ActivePerson, period: DayPeriod) => {
  let competitive = false;
  let employed = false;
  let startedSinceEntry = false;
  for (const j of p.person.jobs) {
    if (j.job.competitive === true && overlapsDays(j.start, j.end, period)) competitive = true;
    if (j.start < p.entry && j.end >= p.entry) employed = true;
    if (j.start >= p.entry && j.start <= period.to) startedSinceEntry = true;
  }
  return { competitive, employedAtEntry: employed, startedSinceEntry, supportedIntoWork: withinDays(firstJobSinceEntry(p, true)?.start ?? null, period) };
};
