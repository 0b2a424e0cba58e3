import type { OutcomesFigures, QuarterTrend } from "./outcomes.contract";
import { type OutcomeIndex, activePeople, dayPeriod, indexRecords } from "./outcome-index";
import type { OutcomePeriod, OutcomeRecords } from "./outcome-records";
import { peopleFigures } from "./people-figures";
import { employerContactFigures, episodeFigures, jobFigures, referralFigures } from "./record-figures";
import { trendsOf } from "./trends";

const figuresOf = (index: OutcomeIndex, period: OutcomePeriod): OutcomesFigures => {
  const days = dayPeriod(period);
  return {
    ...peopleFigures(activePeople(index, days), days),
    ...jobFigures(index.jobs, days),
    ...referralFigures(index, days),
    ...episodeFigures(index, days),
    ...employerContactFigures(index, days),
  };
};

/** Every figure of OUTCOMES.md for the people and records in scope, over the period (both days included). */
export const computeOutcomes = (records: OutcomeRecords, period: OutcomePeriod): OutcomesFigures => figuresOf(indexRecords(records), period);

/** The same from records indexed as they were decoded (index-builder.ts). */
export const computeOutcomesOfIndex = (index: OutcomeIndex, period: OutcomePeriod): OutcomesFigures => figuresOf(index, period);

/** The figures of the period and the 8 quarters' trends, from records indexed once (index-builder.ts). */
export const computeOutcomesReportOfIndex = (index: OutcomeIndex, period: OutcomePeriod): { figures: OutcomesFigures; trends: QuarterTrend[] } => ({
  figures: figuresOf(index, period),
  trends: trendsOf(index, period.to),
});

/** The figures of the period and the 8 quarters' trends, indexing the records once. */
export const computeOutcomesReport = (records: OutcomeRecords, period: OutcomePeriod): { figures: OutcomesFigures; trends: QuarterTrend[] } =>
  computeOutcomesReportOfIndex(indexRecords(records), period);
