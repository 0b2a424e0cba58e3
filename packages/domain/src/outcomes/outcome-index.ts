import { dayNumber } from "../worklist/calendar";
import type { OutcomeEmployerContact, OutcomeJob, OutcomePeriod, OutcomeRecords, OutcomeReferral } from "./outcome-records";
import { addCalendarMonths } from "./quarters";

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

/** Dates repeat a lot (a few thousand distinct days for 100,000 rows): each is parsed once per report. */
const dayParser = () => {
  const days = new Map<string, number>();
  return (date: string): number => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dayNumber(date)));
    return day;
  };
};

const byStart = (a: IndexedJob, b: IndexedJob): number => a.start - b.start || (a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0);

export const dayPeriod = (period: OutcomePeriod): DayPeriod => ({ from: dayNumber(period.from), to: dayNumber(period.to) });

/** Rows in id order (a loader usually sends them so: then nothing is sorted). */
const inIdOrder = <T>(rows: T[], idOf: (row: T) => string): T[] => {
  for (let i = 1; i < rows.length; i++) {
    if (idOf(rows[i - 1]!) > idOf(rows[i]!)) return rows.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  }
  return rows;
};

export const indexRecords = (records: OutcomeRecords): OutcomeIndex => {
  const { specialistId } = records;
  const day = dayParser();
  // People, jobs, contacts and referrals in id order: every list of ids the figures build is then already sorted
  // (stats.sortedIds checks and skips the sort), instead of sorting tens of thousands of ids once per figure.
  const scoped = inIdOrder(specialistId ? records.people.filter((p) => p.specialistId === specialistId) : [...records.people], (p) => p.id);
  const byId = new Map<string, IndexedPerson>();
  const people = scoped.map((p) => {
    const person: IndexedPerson = { id: p.id, episodes: [], jobs: [], contactDays: [] };
    byId.set(p.id, person);
    return person;
  });
  for (const e of records.episodes) {
    byId.get(e.participantId)?.episodes.push({
      id: e.id,
      opened: day(e.openedOn),
      closed: e.closedOn === null ? Infinity : day(e.closedOn),
      closureReason: e.closureReason,
    });
  }
  // The 6th month of a start day, computed once per distinct start day (a few thousand for 60,000 jobs).
  const month6Of = new Map<number, number>();
  const jobs: IndexedJob[] = [];
  for (const job of records.jobs) {
    const person = byId.get(job.participantId);
    if (!person) continue;
    const start = day(job.startDate);
    let month6 = month6Of.get(start);
    if (month6 === undefined) month6Of.set(start, (month6 = day(addCalendarMonths(job.startDate, 6))));
    const indexed = { job, start, end: job.endDate === null ? Infinity : day(job.endDate), day90: start + 90, month6 };
    jobs.push(indexed);
    person.jobs.push(indexed);
  }
  inIdOrder(jobs, (j) => j.job.id);
  for (const person of people) if (person.jobs.length > 1) person.jobs.sort(byStart);

  const employerContacts: OutcomeIndex["employerContacts"] = [];
  for (const contact of records.employerContacts) {
    if (!contact.faceToFace) continue;
    const contactDay = day(contact.date);
    for (const id of contact.participantIds) byId.get(id)?.contactDays.push(contactDay);
    if (!specialistId || contact.authorId === specialistId) employerContacts.push({ contact, day: contactDay });
  }
  inIdOrder(employerContacts, (c) => c.contact.id);
  for (const c of records.contactsForPeople ?? []) byId.get(c.participantId)?.contactDays.push(day(c.date));
  for (const person of people) if (person.contactDays.length > 1) person.contactDays.sort((a, b) => a - b);

  const referrals = inIdOrder(
    (specialistId ? records.referrals.filter((r) => r.specialistId === specialistId) : records.referrals).map((referral) => ({
      referral,
      referred: day(referral.referredOn),
      decided: referral.decidedOn === null ? null : day(referral.decidedOn),
    })),
    (r) => r.referral.id,
  );
  const specialists = specialistId ? records.specialists.filter((s) => s.id === specialistId) : records.specialists;
  return { specialistId, people, jobs, employerContacts, referrals, specialists };
};

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
