import franceData from "./data/france-parameters.json";
import { firstDayOf, monthIndex, monthKey, type MonthIndex } from "./months";

/**
 * Dated parameters of the French rules (SMIC, AAH, prime d'activité...), read from `data/france-parameters.json`.
 * The rule code asks "what value was in force on the first day of this month" and never holds an amount itself:
 * a new year's revalorisation is a new line in the data file.
 */

export type DatedValue = { from: string; value: number | null };

export type ParameterSeries = {
  label: string;
  unit: string;
  /** `openfisca-france` when copied from the upstream extract, `passerelle` when added here (and documented). */
  origin: string;
  upstreamPath?: string;
  sources: string[];
  /** A short legal citation for messages, where the rule is quoted to the user. */
  citation?: string;
  note?: string;
  values: DatedValue[];
};

type FranceData = typeof franceData;
export type FranceParameterName = keyof FranceData["parameters"];

const parameters = franceData.parameters as Record<FranceParameterName, ParameterSeries>;

export const franceParameterNames = Object.keys(parameters) as FranceParameterName[];

export const franceParametersProvenance = franceData.provenance;

export const franceParameter = (name: FranceParameterName): ParameterSeries => parameters[name];

/**
 * Index of the entry in force on a given day, or -1 before the first one. Series are short (a few dozen entries
 * at most) and sorted, so a backwards scan is faster than anything clever.
 */
const entryIndexAt = (values: DatedValue[], day: string): number => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i].from <= day) return i;
  return -1;
};

/**
 * Month-indexed cache: a simulation reads the same few parameters for the same few months many times, and the
 * data never changes while the process runs.
 */
const cache = new Map<FranceParameterName, Map<MonthIndex, number | null>>();

const lookup = (name: FranceParameterName, month: MonthIndex): number | null | undefined => {
  let byMonth = cache.get(name);
  if (!byMonth) {
    byMonth = new Map();
    cache.set(name, byMonth);
  }
  if (byMonth.has(month)) return byMonth.get(month);
  const values = parameters[name].values;
  const i = entryIndexAt(values, firstDayOf(month));
  const value = i < 0 ? undefined : values[i].value;
  if (value !== undefined) byMonth.set(month, value);
  return value;
};

/** The value in force on the first day of the month. Throws before the first dated value: the rules must not guess. */
export const parameterAt = (name: FranceParameterName, month: MonthIndex): number => {
  const value = lookup(name, month);
  if (value === undefined || value === null) throw new Error(`parameter ${name} has no value in ${monthKey(month)}`);
  return value;
};

/** Like `parameterAt`, but `null` where the parameter had no value yet (or a value explicitly null upstream). */
export const parameterAtOrNull = (name: FranceParameterName, month: MonthIndex): number | null => lookup(name, month) ?? null;

/** The value in force, or the first dated value for a month before it (used where a rule says so, and says why). */
export const parameterAtOrFirst = (name: FranceParameterName, month: MonthIndex): number => {
  const value = lookup(name, month);
  if (value !== undefined && value !== null) return value;
  const first = parameters[name].values.find((v) => v.value !== null);
  if (!first || first.value === null) throw new Error(`parameter ${name} has no value`);
  return first.value;
};

/** First month with a value for this parameter. */
export const parameterStartMonth = (name: FranceParameterName): MonthIndex => {
  const first = parameters[name].values.find((v) => v.value !== null);
  if (!first) throw new Error(`parameter ${name} has no value`);
  return monthIndex(first.from.slice(0, 7));
};

/** True when the value in force changed on the first day of this month (a revalorisation, a new SMIC...). */
export const parameterChangedIn = (name: FranceParameterName, month: MonthIndex): boolean => {
  const before = lookup(name, month - 1);
  const now = lookup(name, month);
  return before !== undefined && now !== undefined && before !== now;
};

/** The last month in which any parameter received a new dated value: up to there the data are known, not projected. */
export const lastDatedMonth: string = monthKey(
  Math.max(...franceParameterNames.map((name) => Math.max(...parameters[name].values.map((v) => monthIndex(v.from.slice(0, 7)))))),
);

export type BenefitsCoverage = {
  /** First month a simulation may start (the prime d'activité starts in 2016-01). */
  firstMonth: string;
  /** Last month with a dated value in the data. */
  lastDatedMonth: string;
  /** Last month a simulation may reach: later months reuse the last known values, and the answer says so. */
  lastMonth: string;
  /** Longest simulation, in months. */
  maxRangeMonths: number;
};

export const franceCoverage: BenefitsCoverage = {
  firstMonth: franceData.coverage.firstMonth,
  lastDatedMonth,
  lastMonth: monthKey(monthIndex(lastDatedMonth) + franceData.coverage.projectionMonths),
  maxRangeMonths: franceData.coverage.maxRangeMonths,
};
