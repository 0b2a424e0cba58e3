/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. The timing rules count whole days in the user's calendar
 * (Europe/Paris "today" is computed by the server's clock), so a day is carried as an integer (days since
 * 1970-01-01, UTC): comparisons and offsets are plain arithmetic and no time zone can shift a date.
 */

const MS_PER_DAY = 86_400_000;

export type DayNumber = number;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, as `Date.UTC` counts them (H. Hinnant's days_from_civil).
 * The worklist converts a few hundred dates per request: this arithmetic is cheaper than going through `Date`
 * (daysBetween 0.8 -> 0.13 µs, addDays 1.9 -> 0.3 µs), with the same results (calendar.test.ts compares both).
 */
const daysFromCivil = (year: number, month: number, day: number): DayNumber => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
};

/** The two-digit number at `i`, or -1 when either character is not a digit. */
const twoDigitsAt = (date: string, i: number): number => {
  const a = date.charCodeAt(i) - 48;
  const b = date.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/** `2026-03-01` -> day number. Inputs come through `isoDate` contracts; a malformed one is a programming error. */
export const dayNumber = (date: string): DayNumber => {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const century = twoDigitsAt(date, 0);
    const yy = twoDigitsAt(date, 2);
    const month = twoDigitsAt(date, 5);
    const day = twoDigitsAt(date, 8);
    // Years before 100 (Date.UTC reads them as 19xx) and months out of range keep Date's reading, below.
    if (century >= 1 && yy >= 0 && month >= 1 && month <= 12 && day >= 0) return daysFromCivil(century * 100 + yy, month, day);
  }
  const value = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  if (Number.isNaN(value) || date.length !== 10) throw new Error(`not a calendar date: ${date}`);
  return value / MS_PER_DAY;
};

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Day number -> `YYYY-MM-DD` (H. Hinnant's civil_from_days; `Date` for years outside 1000-9999). */
export const dateOfDay = (day: DayNumber): string => {
  if (Number.isInteger(day)) {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y >= 1000 && y <= 9999) return `${y}-${twoDigits(m)}-${twoDigits(d)}`;
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
};

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
