import type { CountFigure, MedianFigure, OutcomesFigures, RateFigure } from "./outcomes.contract";
import { type ActivePerson, type DayPeriod, firstJobSinceEntry, personFacts, withinDays } from "./outcome-index";
import { median, rate, sortedIds } from "./stats";

export const countOf = (kind: CountFigure["kind"], ids: Iterable<string>): CountFigure => {
  const sorted = sortedIds(ids);
  return { count: sorted.length, kind, ids: sorted };
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

type PeopleFigures = Pick<
  OutcomesFigures,
  "activeCaseload" | "competitiveEmploymentRate" | "ukEmploymentRate" | "supportedIntoWork" | "daysToFirstEmployerContact" | "daysToFirstJob"
>;

/**
 * The person-level figures (OUTCOMES.md, "People"): US rate (a competitive job overlapping the period), UK rate
 * (among people out of work at entry, a job started since entry), supported into work (the first job of 4+ hours
 * since entry starts in the period), days from entry to the first face-to-face employer contact and first job.
 */
export const peopleFigures = (active: readonly ActivePerson[], period: DayPeriod): PeopleFigures => {
  const working: string[] = [];
  const outOfWork: string[] = [];
  const intoWork: string[] = [];
  const supported: string[] = [];
  const toContact: { id: string; value: number }[] = [];
  const toJob: { id: string; value: number }[] = [];
  for (const p of active) {
    const facts = personFacts(p, period);
    if (facts.competitive) working.push(p.id);
    if (!facts.employedAtEntry) {
      outOfWork.push(p.id);
      if (facts.startedSinceEntry) intoWork.push(p.id);
    }
    if (facts.supportedIntoWork) supported.push(p.id);
    const firstContact = p.person.contactDays.find((d) => d >= p.entry) ?? null;
    if (withinDays(firstContact, period)) toContact.push({ id: p.id, value: firstContact! - p.entry });
    const firstJob = firstJobSinceEntry(p);
    if (firstJob && withinDays(firstJob.start, period)) toJob.push({ id: p.id, value: firstJob.start - p.entry });
  }
  const everyone = active.map((p) => p.id);
  return {
    activeCaseload: countOf("participant", everyone),
    competitiveEmploymentRate: rateOf("participant", working, everyone),
    ukEmploymentRate: rateOf("participant", intoWork, outOfWork),
    supportedIntoWork: countOf("participant", supported),
    daysToFirstEmployerContact: medianOf("participant", toContact),
    daysToFirstJob: medianOf("participant", toJob),
  };
};
