import type { FidelityIndicator } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import type { FidelityJob, FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { computed, evidence, overlaps, rate } from "./common";

/** The jobs held in the period: started on or before its end, not ended before its start. */
export const jobsHeld = (records: FidelityRecords, period: FidelityPeriod): FidelityJob[] => records.jobs.filter((j) => overlaps(j.startDate, j.endDate, period));

/** Distinct keys among the jobs that have one: share of jobs that are "different" (one job of a kind each). */
const diversity = (jobs: readonly FidelityJob[], key: (job: FidelityJob) => string | null) => {
  const known = jobs.filter((j) => key(j) !== null);
  const distinct = new Set(known.map((j) => key(j)!));
  return { known, distinct: distinct.size, unknown: jobs.filter((j) => key(j) === null) };
};

/** Sv8 diversity of job types: distinct occupation codes / jobs held with a code (jobs without one are left out). */
export const jobTypeDiversity = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const { known, distinct, unknown } = diversity(jobsHeld(records, period), (j) => j.occupationCode);
  return computed("Sv8", rate(distinct, known.length), thresholds.Sv8, "Sv8.distinct_occupations_share", [
    evidence("Sv8.jobs_with_occupation", known.length, "job", known.map((j) => j.id)),
    evidence("Sv8.distinct_occupations", distinct, null),
    evidence("Sv8.jobs_without_occupation", unknown.length, "job", unknown.map((j) => j.id)),
  ]);
};

/** Sv9 diversity of employers: distinct employers / jobs held with a known employer. */
export const employerDiversity = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const { known, distinct, unknown } = diversity(jobsHeld(records, period), (j) => j.employerKey);
  return computed("Sv9", rate(distinct, known.length), thresholds.Sv9, "Sv9.distinct_employers_share", [
    evidence("Sv9.jobs_with_employer", known.length, "job", known.map((j) => j.id)),
    evidence("Sv9.distinct_employers", distinct, null),
    evidence("Sv9.jobs_without_employer", unknown.length, "job", unknown.map((j) => j.id)),
  ]);
};

/** Sv10 competitive jobs: jobs held that are competitive / all jobs held ("unknown", no wage, does not count). */
export const competitiveJobs = (records: FidelityRecords, period: FidelityPeriod, thresholds: FidelityThresholds): FidelityIndicator => {
  const held = jobsHeld(records, period);
  const competitive = held.filter((j) => j.competitive === true);
  const not = held.filter((j) => j.competitive === false);
  const unknown = held.filter((j) => j.competitive === null);
  return computed("Sv10", rate(competitive.length, held.length), thresholds.Sv10, "Sv10.competitive_share", [
    evidence("Sv10.jobs_held", held.length, "job", held.map((j) => j.id)),
    evidence("Sv10.competitive", competitive.length, "job", competitive.map((j) => j.id)),
    evidence("Sv10.not_competitive", not.length, "job", not.map((j) => j.id)),
    evidence("Sv10.unknown", unknown.length, "job", unknown.map((j) => j.id)),
  ]);
};
