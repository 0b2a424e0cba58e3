import type { QuarterTrend } from "./outcomes.contract";
import { type DayPeriod, type IndexedPerson, type OutcomeIndex, dayPeriod, entryIn, indexRecords, personFacts } from "./outcome-index";
import type { OutcomeRecords } from "./outcome-records";
import { type Quarter, quartersEndingWith } from "./quarters";
import { rate } from "./stats";

/**
 * What a quarter's trend is computed from. Counts add up across programs (a person belongs to one program at a
 * time, and their jobs with them), so a scope's trend is its programs' counts summed, its rates computed from the
 * sums: the server keeps each program's counts (ADR 0011) and adds them.
 */
export type QuarterCounts = { active: number; working: number; outOfWork: number; intoWork: number; supported: number; jobStarts: number };

export const noQuarterCounts = (): QuarterCounts => ({ active: 0, working: 0, outOfWork: 0, intoWork: 0, supported: 0, jobStarts: 0 });

/** The trends' quarters: the 8 calendar quarters ending with the one holding `to`, oldest first. */
export const trendQuarters = (to: string): Quarter[] => quartersEndingWith(to, 8);

/**
 * Each program's counts of the trends' quarters (`trendQuarters(to)`), with the report's rules; a program without
 * anyone in the index is absent. One pass over the people for the 8 quarters (a whole network: 30,000 people),
 * counting as it goes, and over each person's jobs for their starts.
 */
export const trendCountsByProgram = (index: { people: readonly IndexedPerson[] }, to: string): Map<string, QuarterCounts[]> => {
  const periods: DayPeriod[] = trendQuarters(to).map(dayPeriod);
  const byProgram = new Map<string, QuarterCounts[]>();
  for (const person of index.people) {
    let counts = byProgram.get(person.programId);
    if (!counts) byProgram.set(person.programId, (counts = periods.map(noQuarterCounts)));
    for (let q = 0; q < periods.length; q++) {
      const period = periods[q]!;
      const c = counts[q]!;
      for (const j of person.jobs) if (j.start >= period.from && j.start <= period.to) c.jobStarts += 1;
      const entry = entryIn(person, period);
      if (entry === null) continue;
      const facts = personFacts({ id: person.id, entry, person }, period);
      c.active += 1;
      if (facts.competitive) c.working += 1;
      if (!facts.employedAtEntry) {
        c.outOfWork += 1;
        if (facts.startedSinceEntry) c.intoWork += 1;
      }
      if (facts.supportedIntoWork) c.supported += 1;
    }
  }
  return byProgram;
};

/** `into` plus `counts`, quarter by quarter (both of the same quarters). */
export const addQuarterCounts = (into: QuarterCounts[], counts: readonly QuarterCounts[]): QuarterCounts[] => {
  counts.forEach((c, q) => {
    const sum = into[q]!;
    sum.active += c.active;
    sum.working += c.working;
    sum.outOfWork += c.outOfWork;
    sum.intoWork += c.intoWork;
    sum.supported += c.supported;
    sum.jobStarts += c.jobStarts;
  });
  return into;
};

/** The trends of `trendQuarters(to)` from their counts (summed over the scope's programs). */
export const trendsOfCounts = (to: string, counts: readonly QuarterCounts[]): QuarterTrend[] =>
  trendQuarters(to).map((q, i) => {
    const c = counts[i]!;
    return {
      ...q,
      activeCaseload: c.active,
      competitiveEmploymentRate: rate(c.working, c.active),
      ukEmploymentRate: rate(c.intoWork, c.outOfWork),
      supportedIntoWork: c.supported,
      jobStarts: c.jobStarts,
    };
  });

/** The 8 quarters' trends of everyone in the index (trends carry no ids, so nothing is listed nor sorted). */
export const trendsOf = (index: OutcomeIndex, to: string): QuarterTrend[] => {
  const sum = trendQuarters(to).map(noQuarterCounts);
  for (const counts of trendCountsByProgram(index, to).values()) addQuarterCounts(sum, counts);
  return trendsOfCounts(to, sum);
};

export const computeTrends = (records: OutcomeRecords, to: string): QuarterTrend[] => trendsOf(indexRecords(records), to);
