import type { OutcomeEpisode, OutcomeJob, OutcomePeriod, OutcomePerson, OutcomeRecords } from "./outcome-records";

/**
 * The records grouped by person once, so that the report and its 8 quarters are each one pass over the people
 * (50,000 people and 60,000 jobs for a whole network).
 */
export interface OutcomeIndex {
  records: OutcomeRecords;
  people: readonly OutcomePerson[];
  /** Every job of the people in scope, sorted by start then id. */
  jobs: readonly OutcomeJob[];
  episodesOf: Map<string, OutcomeEpisode[]>;
  jobsOf: Map<string, OutcomeJob[]>;
  /** Dates of the face-to-face employer contacts made for each person (any author), sorted. */
  faceToFaceContactDatesOf: Map<string, string[]>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const byStart = (a: OutcomeJob, b: OutcomeJob): number =>
  a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const indexRecords = (records: OutcomeRecords): OutcomeIndex => {
  const people = records.specialistId ? records.people.filter((p) => p.specialistId === records.specialistId) : records.people;
  const inScope = new Set(people.map((p) => p.id));
  const episodesOf = new Map<string, OutcomeEpisode[]>();
  for (const e of records.episodes) if (inScope.has(e.participantId)) push(episodesOf, e.participantId, e);
  const jobs = records.jobs.filter((j) => inScope.has(j.participantId)).sort(byStart);
  const jobsOf = new Map<string, OutcomeJob[]>();
  for (const j of jobs) push(jobsOf, j.participantId, j);
  const faceToFaceContactDatesOf = new Map<string, string[]>();
  for (const c of records.employerContacts) {
    if (!c.faceToFace) continue;
    for (const id of c.participantIds) if (inScope.has(id)) push(faceToFaceContactDatesOf, id, c.date);
  }
  for (const dates of faceToFaceContactDatesOf.values()) dates.sort();
  return { records, people, jobs, episodesOf, jobsOf, faceToFaceContactDatesOf };
};

export const within = (date: string | null, period: OutcomePeriod): date is string => date !== null && date >= period.from && date <= period.to;

export const overlaps = (start: string, end: string | null, period: OutcomePeriod): boolean => start <= period.to && (end === null || end >= period.from);

/** An active person: someone in scope with an episode overlapping the period; entry = their latest such episode's start. */
export interface ActivePerson {
  id: string;
  entry: string;
  jobs: readonly OutcomeJob[];
}

export const activePeople = (index: OutcomeIndex, period: OutcomePeriod): ActivePerson[] => {
  const active: ActivePerson[] = [];
  for (const person of index.people) {
    let latest: OutcomeEpisode | null = null;
    for (const e of index.episodesOf.get(person.id) ?? []) {
      if (!overlaps(e.openedOn, e.closedOn, period)) continue;
      if (!latest || e.openedOn > latest.openedOn || (e.openedOn === latest.openedOn && e.id > latest.id)) latest = e;
    }
    if (latest) active.push({ id: person.id, entry: latest.openedOn, jobs: index.jobsOf.get(person.id) ?? [] });
  }
  return active;
};

export const employedAtEntry = (person: ActivePerson): boolean =>
  person.jobs.some((j) => j.startDate < person.entry && (j.endDate === null || j.endDate >= person.entry));

/** The first job started on or after entry (jobs are sorted by start), optionally among those matching a rule. */
export const firstJobSinceEntry = (person: ActivePerson, accept: (job: OutcomeJob) => boolean = () => true): OutcomeJob | null =>
  person.jobs.find((j) => j.startDate >= person.entry && accept(j)) ?? null;

/** The IPS Grow threshold of a job start that counts as "supported into work". */
export const MIN_HOURS_SUPPORTED_INTO_WORK = 4;
export const hasCountedHours = (job: OutcomeJob): boolean => job.hoursPerWeek !== null && job.hoursPerWeek >= MIN_HOURS_SUPPORTED_INTO_WORK;
