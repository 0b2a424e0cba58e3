import type { CountFigure, MedianFigure, RateFigure } from "./outcomes.contract";

/**
 * The network view shows aggregates only, and hides any cell counting fewer than 5 people, so that nobody can be
 * recognised in a small program (a single person's job, a pair's median). A masked cell has no value at all.
 */
export const NETWORK_MASK_THRESHOLD = 5;

export interface NetworkCell {
  value: number | null;
  masked: boolean;
}

const masked: NetworkCell = { value: null, masked: true };
const shown = (value: number | null): NetworkCell => ({ value, masked: false });
const small = (n: number): boolean => n < NETWORK_MASK_THRESHOLD;

/** A count of people (or of jobs, each a person's): masked under 5, zero included. */
export const countCell = (figure: Pick<CountFigure, "count">): NetworkCell => (small(figure.count) ? masked : shown(figure.count));

/** A rate: masked when its numerator or its denominator is under 5 (a rate of 0 out of 3 people tells about 3 people). */
export const rateCell = (figure: Pick<RateFigure, "rate" | "numerator" | "denominator">): NetworkCell =>
  small(figure.numerator) || small(figure.denominator) ? masked : shown(figure.rate);

/** A median: masked when fewer than 5 people (or jobs) gave values. */
export const medianCell = (figure: Pick<MedianFigure, "median" | "n">): NetworkCell => (small(figure.n) ? masked : shown(figure.median));

/**
 * A rate per specialist per week counts contacts with employers, not people; it is still masked when fewer than 5
 * contacts gave it, so that a small team's cell never reads as one person's activity.
 */
export const perWeekCell = (value: number | null, contacts: number): NetworkCell => (small(contacts) ? masked : shown(value));
