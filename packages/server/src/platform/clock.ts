/** Time is injected so that rules, alerts and reports can be tested at any date. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock & { set: (iso: string) => void } => {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next) => (current = new Date(next)) };
};

/** The calendar date in Europe/Paris, where the teams work, as YYYY-MM-DD. */
// One formatter for the process: building an Intl.DateTimeFormat costs far more than formatting with it.
const parisDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

export const parisDate = (at: Date): string => parisDay.format(at);

export const addDays = (isoDay: string, days: number): string => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
