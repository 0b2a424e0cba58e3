/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. The timing rules count whole days in the user's calendar
 * (Europe/Paris "today" is computed by the server's clock), so a day is carried as an integer (days since
 * 1970-01-01, UTC): comparisons and offsets are plain arithmetic and no time zone can shift a date.
 */

const MS_PER_DAY = 86_400_000;

export type DayNumber = number;

/** `2026-03-01` -> day number. Inputs come through `isoDate` contracts; a malformed one is a programming error. */
export const dayNumber = (date: string): DayNumber => {
  const value = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  if (Number.isNaN(value) || date.length !== 10) throw new Error(`not a calendar date: ${date}`);
  return value / MS_PER_DAY;
};

export const dateOfDay = (day: DayNumber): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** Days from `from` to `to` (positive when `to` is later): `daysBetween("2026-03-01", "2026-03-08")` is 7. */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The Monday of the week a date falls in (weeks run Monday to Sunday, as in France and ISO 8601). */
export const mondayOf = (date: string): string => {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const offset = (((day + 3) % 7) + 7) % 7;
  return dateOfDay(day - offset);
};

/** The later of two optional dates (ISO dates compare as strings). */
export const laterDate = (a: string | null | undefined, b: string | null | undefined): string | null => {
  if (!a) return b ?? null;
  if (!b) return a;
  return a >= b ? a : b;
};
