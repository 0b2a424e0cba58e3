/** Months as the benefits API writes them (`YYYY-MM`), with plain arithmetic: no Date in the loops. */

const toIndex = (key: string): number => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const toKey = (index: number): string => {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
};

export const isMonthKey = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export const addMonths = (key: string, count: number): string => toKey(toIndex(key) + count);

/** `count` months from `first`, in order. */
export const monthRange = (first: string, count: number): string[] => Array.from({ length: count }, (_, i) => addMonths(first, i));

/** Every month from `first` to `last`, both included (empty when reversed). */
export const monthsBetween = (first: string, last: string): string[] => monthRange(first, Math.max(0, toIndex(last) - toIndex(first) + 1));

export const yearOfMonth = (key: string): number => Number(key.slice(0, 4));

/** This month in Paris (the day is what a counsellor sees on the wall calendar). */
export const currentMonth = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit" }).format(now).slice(0, 7);
