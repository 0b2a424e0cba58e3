import type { QuarterTrend } from "./outcomes.contract";
import { type OutcomeIndex, activePeople, indexRecords, within } from "./outcome-index";
import type { OutcomeRecords } from "./outcome-records";
import { competitiveEmploymentRate, supportedIntoWork, ukEmploymentRate } from "./people-figures";
import { quartersEndingWith } from "./quarters";

/** The 8 calendar quarters ending with the one holding `to`, oldest first, each with the report's rules. */
export const trendsOf = (index: OutcomeIndex, to: string): QuarterTrend[] =>
  quartersEndingWith(to, 8).map((q) => {
    const active = activePeople(index, q);
    return {
      ...q,
      activeCaseload: active.length,
      competitiveEmploymentRate: competitiveEmploymentRate(active, q).rate,
      ukEmploymentRate: ukEmploymentRate(active, q).rate,
      supportedIntoWork: supportedIntoWork(active, q).count,
      jobStarts: index.jobs.filter((j) => within(j.startDate, q)).length,
    };
  });

export const computeTrends = (records: OutcomeRecords, to: string): QuarterTrend[] => trendsOf(indexRecords(records), to);
