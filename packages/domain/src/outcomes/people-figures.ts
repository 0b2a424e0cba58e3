import { daysBetween } from "../worklist/calendar";
import type { CountFigure, MedianFigure, RateFigure } from "./outcomes.contract";
import { type ActivePerson, employedAtEntry, firstJobSinceEntry, hasCountedHours, overlaps, within } from "./outcome-index";
import type { OutcomePeriod } from "./outcome-records";
import { median, rate, sortedIds } from "./stats";

export const peopleCount = (ids: Iterable<string>): CountFigure => {
  const sorted = sortedIds(ids);
  return { count: sorted.length, kind: "participant", ids: sorted };
};

export const rateOf = (kind: RateFigure["kind"], numeratorIds: Iterable<string>, denominatorIds: Iterable<string>): RateFigure => {
  const numerator = sortedIds(numeratorIds);
  const denominator = sortedIds(denominatorIds);
  return { rate: rate(numerator.length, denominator.length), numerator: numerator.length, denominator: denominator.length, kind, numeratorIds: numerator, denominatorIds: denominator };
};

export const medianOf = (kind: MedianFigure["kind"], values: readonly { id: string; value: number }[]): MedianFigure => ({
  median: median(values.map((v) => v.value)),
  n: values.length,
  kind,
  ids: sortedIds(values.map((v) => v.id)),
});

/** US definition: active people who worked in a competitive job at any time in the period. */
export const competitiveEmploymentRate = (active: readonly ActivePerson[], period: OutcomePeriod): RateFigure =>
  rateOf(
    "participant",
    active.filter((p) => p.jobs.some((j) => j.competitive === true && overlaps(j.startDate, j.endDate, period))).map((p) => p.id),
    active.map((p) => p.id),
  );

/** UK (IPS Grow 2024): among people out of work at entry, those who started a job since entry. */
export const ukEmploymentRate = (active: readonly ActivePerson[], period: OutcomePeriod): RateFigure => {
  const outOfWork = active.filter((p) => !employedAtEntry(p));
  return rateOf(
    "participant",
    outOfWork.filter((p) => p.jobs.some((j) => j.startDate >= p.entry && j.startDate <= period.to)).map((p) => p.id),
    outOfWork.map((p) => p.id),
  );
};

/** Unique people whose first job of 4+ hours since entry started in the period. */
export const supportedIntoWork = (active: readonly ActivePerson[], period: OutcomePeriod): CountFigure =>
  peopleCount(active.filter((p) => within(firstJobSinceEntry(p, hasCountedHours)?.startDate ?? null, period)).map((p) => p.id));

export const daysToFirstJob = (active: readonly ActivePerson[], period: OutcomePeriod): MedianFigure => {
  const values: { id: string; value: number }[] = [];
  for (const p of active) {
    const first = firstJobSinceEntry(p);
    if (first && within(first.startDate, period)) values.push({ id: p.id, value: daysBetween(p.entry, first.startDate) });
  }
  return medianOf("participant", values);
};

export const daysToFirstEmployerContact = (
  active: readonly ActivePerson[],
  contactDatesOf: ReadonlyMap<string, readonly string[]>,
  period: OutcomePeriod,
): MedianFigure => {
  const values: { id: string; value: number }[] = [];
  for (const p of active) {
    const first = contactDatesOf.get(p.id)?.find((d) => d >= p.entry) ?? null;
    if (within(first, period)) values.push({ id: p.id, value: daysBetween(p.entry, first) });
  }
  return medianOf("participant", values);
};
