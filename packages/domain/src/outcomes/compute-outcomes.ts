import type { OutcomesFigures, QuarterTrend } from "./outcomes.contract";
import { type OutcomeIndex, activePeople, indexRecords } from "./outcome-index";
import type { OutcomePeriod, OutcomeRecords } from "./outcome-records";
import {
  competitiveEmploymentRate,
  daysToFirstEmployerContact,
  daysToFirstJob,
  peopleCount,
  supportedIntoWork,
  ukEmploymentRate,
} from "./people-figures";
import { employerContactFigures, episodeFigures, jobFigures, referralFigures } from "./record-figures";
import { trendsOf } from "./trends";

const figuresOf = (index: OutcomeIndex, period: OutcomePeriod): OutcomesFigures => {
  const active = activePeople(index, period);
  return {
    activeCaseload: peopleCount(active.map((p) => p.id)),
    competitiveEmploymentRate: competitiveEmploymentRate(active, period),
    ukEmploymentRate: ukEmploymentRate(active, period),
    supportedIntoWork: supportedIntoWork(active, period),
    daysToFirstEmployerContact: daysToFirstEmployerContact(active, index.faceToFaceContactDatesOf, period),
    daysToFirstJob: daysToFirstJob(active, period),
    ...jobFigures(index.jobs, period),
    ...referralFigures(index, period),
    ...episodeFigures(index, period),
    ...employerContactFigures(index, period),
  };
};

/** Every figure of OUTCOMES.md for the people and records in scope, over the period (both days included). */
export const computeOutcomes = (records: OutcomeRecords, period: OutcomePeriod): OutcomesFigures => figuresOf(indexRecords(records), period);

/** The figures of the period and the 8 quarters' trends, indexing the records once. */
export const computeOutcomesReport = (records: OutcomeRecords, period: OutcomePeriod): { figures: OutcomesFigures; trends: QuarterTrend[] } => {
  const index = indexRecords(records);
  return { figures: figuresOf(index, period), trends: trendsOf(index, period.to) };
};
