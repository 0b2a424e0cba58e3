/**
 * Reporting periods: calendar quarters (what programs and funders report on) or any date range. Dates are
 * calendar dates (YYYY-MM-DD) and the quarter of "today" is the one in Paris (`todayIso`).
 */
export type Period = { from: string; to: string };
export type Quarter = Period & { key: string; year: number; q: number; complete: boolean };

const pad = (n: number): string => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const quarterOf = (year: number, q: number, today: string): Quarter => {
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const from = `${year}-${pad(firstMonth)}-01`;
  const to = `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`;
  return { key: `${year}-Q${q}`, year, q, from, to, complete: to < today };
};

/** The quarter holding `today` and the `count - 1` before it, newest first. */
export const recentQuarters = (today: string, count = 9): Quarter[] => {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    quarters.push(quarterOf(year, q, today));
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return quarters;
};

/**
 * The default period: the last complete quarter. A quarter still running gives rates that move every day and
 * cannot be compared with the benchmarks (which are quarterly), so the report opens on a finished one.
 */
export const lastCompleteQuarter = (today: string): Quarter => {
  const [current, previous] = recentQuarters(today, 2);
  return current.complete ? current : previous;
};

/** The quarter a period is exactly, if it is one. */
export const quarterMatching = (period: Period, today: string): Quarter | undefined =>
  recentQuarters(today, 40).find((q) => q.from === period.from && q.to === period.to);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDay = (value: string | null | undefined): value is string =>
  typeof value === "string" && isoDay.test(value) && !Number.isNaN(new Date(`${value}T12:00:00Z`).getTime());

/** "2026-Q3" as people say it: "T3 2026" in French, "Q3 2026" in English. */
export const quarterLabel = (quarter: string, language: string): string => {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  return language.startsWith("en") ? `Q${match[2]} ${match[1]}` : `T${match[2]} ${match[1]}`;
};
