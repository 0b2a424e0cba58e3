import type { SstAdjustment, SstObserver, SstPhase, SstPhaseKind, SstStats } from "./sst-plan.contract";
import { sstObservers } from "./sst-plan.contract";
import { dayNumber } from "../worklist/calendar";

/** What the phase rules read of a measure. */
export type SstPoint = { measuredOn: string; value: number; observer: SstObserver };

/** Two decimals: the figures are read by people, and tests compare them exactly. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Least-squares slope of value over days, times 7 (per week); null when all points fall on one day. */
const weeklySlope = (points: readonly SstPoint[]): number | null => {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.measuredOn));
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    sxx += (xs[i] - meanX) ** 2;
    sxy += (xs[i] - meanX) * (p.value - meanY);
  });
  return sxx === 0 ? null : round2((sxy / sxx) * 7);
};

/** Count, mean, median and weekly trend of some measures. */
export const sstStats = (points: readonly SstPoint[]): SstStats => {
  if (points.length === 0) return { count: 0, mean: null, median: null, trendPerWeek: null };
  const values = points.map((p) => p.value);
  return {
    count: points.length,
    mean: round2(values.reduce((s, v) => s + v, 0) / values.length),
    median: round2(median(values)),
    trendPerWeek: weeklySlope(points),
  };
};

/** The adjustments in date order (they are numbered in that order: "Ajustement 1" is the earliest). */
export const sortedAdjustments = (adjustments: readonly SstAdjustment[]): SstAdjustment[] => [...adjustments].sort((a, b) => a.on.localeCompare(b.on));

type PhaseFrame = { kind: SstPhaseKind; number: number; startsOn: string | null; adjustment: SstAdjustment | null };

/**
 * Cuts a series of measures into phases, as a single-case design (A-B-B'-B''...) is read: the baseline (A) is every
 * measure before the intervention's start; the intervention (B) runs from its start day; each dated adjustment opens a
 * new phase (B', B''...) from its day on. Without a start date, everything is baseline. Each phase gives its figures
 * overall and per observer (in the observers' list order), so a rise seen by the employer and not by the person shows.
 */
export const sstPhases = (points: readonly SstPoint[], interventionStartedOn: string | null, adjustments: readonly SstAdjustment[]): SstPhase[] => {
  const frames: PhaseFrame[] = [{ kind: "baseline", number: 0, startsOn: null, adjustment: null }];
  if (interventionStartedOn) {
    frames.push({ kind: "intervention", number: 0, startsOn: interventionStartedOn, adjustment: null });
    sortedAdjustments(adjustments).forEach((adjustment, i) => frames.push({ kind: "adjustment", number: i + 1, startsOn: adjustment.on, adjustment }));
  }
  return frames.map((frame, i) => {
    const endsBefore = frames[i + 1]?.startsOn ?? null;
    const inPhase = points
      .filter((p) => (frame.startsOn === null || p.measuredOn >= frame.startsOn) && (endsBefore === null || p.measuredOn < endsBefore))
      .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
    return {
      kind: frame.kind,
      number: frame.number,
      letter: frame.kind === "baseline" ? "A" : `B${"'".repeat(frame.number)}`,
      startsOn: frame.startsOn,
      endsBefore,
      adjustmentId: frame.adjustment?.id ?? null,
      variable: frame.adjustment?.variable ?? null,
      overall: sstStats(inPhase),
      byObserver: sstObservers
        .map((observer) => ({ observer, ...sstStats(inPhase.filter((p) => p.observer === observer)) }))
        .filter((s) => s.count > 0),
    };
  });
};

/** The phase a measure of that day falls in (the last phase starting on or before it; the baseline otherwise). */
export const sstPhaseOf = <P extends Pick<SstPhase, "startsOn">>(phases: readonly P[], measuredOn: string): P | undefined =>
  phases.reduce<P | undefined>((found, phase) => (phase.startsOn === null || phase.startsOn <= measuredOn ? phase : found), undefined);
