import { dayNumber } from "../worklist/calendar";
import type { SstPoint } from "./sst-phases";
import type { SstReadiness } from "./sst-plan.contract";

/** Step 3b: data collected on three distinct occasions before the intervention. */
export const sstBaselineOccasions = 3;
/** Step 5a: the training's effect measured over at least two weeks. */
export const sstProgressDays = 14;
/** Step 5b: others who work or live with the person observe too: at least two observers. */
export const sstProgressObservers = 2;

/**
 * Guidance, not a lock: whether the series is ready to be read as the manual asks. The baseline counts distinct days
 * before the intervention (three measures on one day are one occasion); progress counts the days from the
 * intervention's start to the latest measure since, and the distinct observers of those measures. Before the
 * intervention starts, every measure is baseline and progress is empty.
 */
export const sstReadiness = (points: readonly SstPoint[], interventionStartedOn: string | null): SstReadiness[] => {
  const baseline = points.filter((p) => interventionStartedOn === null || p.measuredOn < interventionStartedOn);
  const progress = interventionStartedOn === null ? [] : points.filter((p) => p.measuredOn >= interventionStartedOn);
  const occasions = new Set(baseline.map((p) => p.measuredOn)).size;
  const lastProgress = progress.reduce<string | null>((last, p) => (last === null || p.measuredOn > last ? p.measuredOn : last), null);
  const span = interventionStartedOn !== null && lastProgress !== null ? dayNumber(lastProgress) - dayNumber(interventionStartedOn) : 0;
  const observers = new Set(progress.map((p) => p.observer)).size;
  return [
    { check: "baseline_occasions", met: occasions >= sstBaselineOccasions, value: occasions, required: sstBaselineOccasions },
    { check: "progress_span", met: span >= sstProgressDays, value: span, required: sstProgressDays },
    { check: "observers", met: observers >= sstProgressObservers, value: observers, required: sstProgressObservers },
  ];
};
