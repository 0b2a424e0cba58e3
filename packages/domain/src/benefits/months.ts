/**
 * Calendar months as the benefit rules see them. Every rule works on whole months (benefits are monthly, the
 * reference periods are "the three months before" or "the calendar year N-2"), so a month is carried as one
 * integer (year * 12 + month - 1): comparisons and offsets are plain arithmetic, and a simulation never builds
 * Date objects in its loops.
 */

/** A month key: `YYYY-MM`, month 01-12. Years are bounded so that a typo cannot ask for the year 20260. */
export const monthKeyPattern = /^(19\d{2}|2[01]\d{2})-(0[1-9]|1[0-2])$/;

export type MonthIndex = number;

export const isMonthKey = (value: string): boolean => monthKeyPattern.test(value);

const digit = (key: string, at: number): number => {
  const d = key.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};

/**
 * `2026-07` -> index. The caller has validated the key (contract schemas do); a bad key is a programming error.
 * The same check as `monthKeyPattern`, by character codes: the rules call this thousands of times per answer.
 */
export const monthIndex = (key: string): MonthIndex => {
  const year = digit(key, 0) * 1000 + digit(key, 1) * 100 + digit(key, 2) * 10 + digit(key, 3);
  const month = digit(key, 5) * 10 + digit(key, 6);
  if (key.length !== 7 || key.charCodeAt(4) !== 45 || !(year >= 1900 && year <= 2199) || !(month >= 1 && month <= 12)) {
    throw new Error(`not a month: ${key}`);
  }
  return year * 12 + month - 1;
};

export const monthKey = (index: MonthIndex): string => {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
};

export const yearOf = (index: MonthIndex): number => Math.floor(index / 12);

/** 1 for January ... 12 for December. */
export const monthOfYear = (index: MonthIndex): number => index - yearOf(index) * 12 + 1;

export const addMonths = (key: string, count: number): string => monthKey(monthIndex(key) + count);

/** Number of months from `from` to `to`, both included (`2026-01`..`2026-12` is 12). */
export const monthSpan = (from: string, to: string): number => monthIndex(to) - monthIndex(from) + 1;

/** The month in which a `YYYY-MM-DD` date falls. */
export const monthOfDate = (isoDate: string): MonthIndex => monthIndex(isoDate.slice(0, 7));

/** The `YYYY-MM-DD` of the first day of a month: parameters are read "in force on the first day of the month". */
export const firstDayOf = (index: MonthIndex): string => `${monthKey(index)}-01`;
