import type { QuarterTrend } from "./outcomes.contract";
import { type DayPeriod, type OutcomeIndex, dayPeriod, entryIn, indexRecords, personFacts } from "./outcome-index";
import type { OutcomeRecords } from "./outcome-records";
import { quartersEndingWith } from "./quarters";
import { rate } from "./stats";

type Counts = { active: number; working: number; outOfWork: number; intoWork: number; supported: number; jobStarts: number };

/**
 * The 8 calendar quarters ending with the one holding `to`, oldest first, each with the report's rules (counts
 * only: the trends carry no ids, so nothing is listed nor sorted). One pass over the people for the 8 quarters
 * (a whole network: 30,000 people), counting as it goes, and one over the jobs for their starts.
 */
export const trendsOf = (index: OutcomeIndex, to: string): QuarterTrend[] => {
  const quarters = quartersEndingWith(to, 8);
  const periods: DayPeriod[] = quarters.map(dayPeriod);
  const counts: Counts[] = quarters.map(() => ({ active: 0, working: 0, outOfWork: 0, intoWork: 0, supported: 0, jobStarts: 0 }));
  for (const person of index.people) {
    for (let q = 0; q < periods.length; q++) {
      const period = periods[q]!;
      const entry = entryIn(person, period);
      if (entry === null) continue;
      const c = counts[q]!;
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
  for (const j of index.jobs) {
    for (let q = 0; q < periods.length; q++) {
      if (j.start >= periods[q]!.from && j.start <= periods[q]!.to) counts[q]!.jobStarts += 1;
    }
  }
  return quarters.map((q, i) => {
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
};

export const computeTrends = (records: OutcomeRecords, to: string): QuarterTrend[] => trendsOf(indexRecords(records), to);
