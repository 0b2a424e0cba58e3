import { dayNumber } from "../worklist/calendar";

export interface Quarter {
  /** `2026-Q1`. */
  quarter: string;
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const quarterAt = (year: number, index: number): Quarter => {
  const firstMonth = index * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    quarter: `${year}-Q${index + 1}`,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
};

/** The calendar quarter a date falls in. */
export const quarterOf = (date: string): Quarter => {
  dayNumber(date); // a malformed date is a programming error
  return quarterAt(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3));
};

/** The `count` calendar quarters ending with the one holding `to`, oldest first (whole quarters, never cut at `to`). */
export const quartersEndingWith = (to: string, count = 8): Quarter[] => {
  const last = quarterOf(to);
  const year = Number(last.from.slice(0, 4));
  const index = Math.floor((Number(last.from.slice(5, 7)) - 1) / 3);
  const absolute = year * 4 + index;
  return Array.from({ length: count }, (_, i) => {
    const q = absolute - (count - 1) + i;
    return quarterAt(Math.floor(q / 4), q % 4);
  });
};

/** `date` plus some calendar months, clamped to the month's last day (31 August + 6 months = 28/29 February). */
export const addCalendarMonths = (date: string, months: number): string => {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), lastDayOfMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
};
