import type { QuarterTrend } from "./outcomes.contract";
import { type OutcomeIndex, activePeople, dayPeriod, indexRecords, personFacts, withinDays } from "./outcome-index";
import type { OutcomeRecords } from "./outcome-records";
import { quartersEndingWith } from "./quarters";
import { rate } from "./stats";

/**
 * The 8 calendar quarters ending with the one holding `to`, oldest first, each with the report's rules (counts
 * only: the trends carry no ids, so nothing is sorted).
 */
export const trendsOf = (index: OutcomeIndex, to: string): QuarterTrend[] =>
  quartersEndingWith(to, 8).map((q) => {
    const period = dayPeriod(q);
    const active = activePeople(index, period);
    let working = 0;
    let outOfWork = 0;
    let intoWork = 0;
    let supported = 0;
    for (const p of active) {
      const facts = personFacts(p, period);
      if (facts.competitive) working += 1;
      if (!facts.employedAtEntry) {
        outOfWork += 1;
        if (facts.startedSinceEntry) intoWork += 1;
      }
      if (facts.supportedIntoWork) supported += 1;
    }
    let jobStarts = 0;
    for (const j of index.jobs) if (withinDays(j.start, period)) jobStarts += 1;
    return {
      ...q,
      activeCaseload: active.length,
      competitiveEmploymentRate: rate(working, active.length),
      ukEmploymentRate: rate(intoWork, outOfWork),
      supportedIntoWork: supported,
      jobStarts,
    };
  });

export const computeTrends = (records: OutcomeRecords, to: string): QuarterTrend[] => trendsOf(indexRecords(records), to);
