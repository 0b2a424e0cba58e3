import { dayNumber } from "../../worklist/calendar";
import { sortedIds } from "../../outcomes/stats";
import type { FidelityIndicator, FidelityItemId, IndicatorEvidence } from "../indicator.contract";
import type { ItemThresholds } from "../indicator-thresholds";
import { scoreAgainst, thresholdParams } from "../indicator-thresholds";
import type { FidelityEpisode, FidelityPeriod } from "../fidelity-records";

export { rate, sortedIds } from "../../outcomes/stats";
export { overlaps, within } from "../../outcomes/outcome-index";

/** Days in the period, both ends included, and the same in weeks (a quarter of 91 days is 13 weeks). */
export const daysIn = (period: FidelityPeriod): number => dayNumber(period.to) - dayNumber(period.from) + 1;
export const weeksIn = (period: FidelityPeriod): number => daysIn(period) / 7;

/** The phases of a contact that are employment services (coordination and peer support are not a specialist's job steps). */
export const employmentPhases: readonly string[] = ["engagement", "career_profile", "job_search", "job_development", "follow_along", "benefits"];

export const evidence = (code: string, value: number | null, kind: IndicatorEvidence["kind"], ids: Iterable<string> = [], specialistId?: string): IndicatorEvidence => ({
  code,
  value,
  kind,
  ids: sortedIds(ids),
  ...(specialistId ? { specialistId } : {}),
});

/** A computed item: the value scored against its thresholds (no score when there is no value). */
export const computed = (itemId: FidelityItemId, value: number | null, thresholds: ItemThresholds, ruleCode: string, evidenceLines: IndicatorEvidence[]): FidelityIndicator => {
  const scored = value === null ? null : scoreAgainst(value, thresholds);
  return {
    itemId,
    computability: "computed",
    value,
    unit: thresholds.unit,
    suggestedScore: scored?.score ?? null,
    rule: { code: ruleCode, params: thresholdParams(thresholds) },
    usesUnconfirmedThreshold: scored?.usesUnconfirmed ?? false,
    evidence: evidenceLines,
  };
};

/** A partly computable item: evidence for the reviewers, a value when the records give one, never a score. */
export const partial = (
  itemId: FidelityItemId,
  value: number | null,
  unit: FidelityIndicator["unit"],
  ruleCode: string,
  params: Record<string, number | string>,
  evidenceLines: IndicatorEvidence[],
): FidelityIndicator => ({
  itemId,
  computability: "partial",
  value,
  unit,
  suggestedScore: null,
  rule: { code: ruleCode, params },
  usesUnconfirmedThreshold: false,
  evidence: evidenceLines,
});

/** Open at the end of the period: opened on or before `to`, not closed by then (a closure recorded on `to` ends it). */
export const openAtEnd = (episode: FidelityEpisode, period: FidelityPeriod): boolean =>
  episode.openedOn <= period.to && (episode.closedOn === null || episode.closedOn > period.to);

/** The people with an episode open at the end of the period (the caseload the team carries on that day). */
export const activeAtEnd = (episodes: readonly FidelityEpisode[], period: FidelityPeriod): Set<string> => {
  const ids = new Set<string>();
  for (const e of episodes) if (openAtEnd(e, period)) ids.add(e.participantId);
  return ids;
};

/** Blocks of 7 days counted from `from` (the last may be shorter), and how many hold at least one of the dates. */
export const weekBlocksIn = (period: FidelityPeriod): number => Math.ceil(daysIn(period) / 7);
export const weeksWith = (dates: readonly string[], period: FidelityPeriod): number => {
  const start = dayNumber(period.from);
  const weeks = new Set<number>();
  for (const d of dates) if (d >= period.from && d <= period.to) weeks.add(Math.floor((dayNumber(d) - start) / 7));
  return weeks.size;
};

export const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};
