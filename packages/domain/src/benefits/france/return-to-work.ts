import type { MonthIndex } from "../months";
import { parameterAt } from "../parameters";
import { amountIn, type FranceSituation } from "./situation";

/**
 * Full cumulation of AAH with a new salary on return to work (CSS, art. D821-9, 1°, as worded by décret
 * n° 2010-1403; the legal basis in force is to be confirmed, see the parameter's sources): when a person entitled
 * to AAH had no earned income in the previous calendar month and starts or resumes work, the earnings of up to six
 * months from the month of the start are not counted for AAH, for at most six months in any twelve consecutive
 * months. OpenFisca-France does not model it.
 *
 * A start is read from the salary series: a month with a salary after a month without. Each start opens a period of
 * six calendar months from that month (a pause ends the current one; the next start opens another), and a month is
 * neutralised only while fewer than six months were neutralised in the twelve months before it.
 */

export type CumulationWindow = {
  /** Month the work starts. */
  start: MonthIndex;
  /** Months whose salary is not counted (within the six-month window and the twelve-month cap). */
  months: MonthIndex[];
};

export type Cumulation = {
  neutralised: ReadonlySet<MonthIndex>;
  windows: CumulationWindow[];
};

export const noCumulation: Cumulation = { neutralised: new Set(), windows: [] };

/**
 * @param qualifies whether the person is entitled to AAH in the month work starts (the rule does not apply to work
 * begun before the AAH entitlement opened).
 * @param until last month to consider.
 */
export const returnToWorkCumulation = (situation: FranceSituation, until: MonthIndex, qualifies: (month: MonthIndex) => boolean): Cumulation => {
  if (situation.salaryNet.size === 0) return noCumulation;
  const first = Math.min(...situation.salaryNet.keys());
  const neutralised = new Set<MonthIndex>();
  const windows: CumulationWindow[] = [];
  let current: CumulationWindow | null = null;
  for (let m = first; m <= until; m++) {
    const salary = amountIn(situation.salaryNet, m);
    if (salary <= 0) continue;
    const length = parameterAt("aah_cumul_integral_reprise_activite_mois", m);
    const span = parameterAt("aah_cumul_integral_fenetre_mois", m);
    // Every resumption after a month without earnings opens a new period; the twelve-month cap below keeps the
    // total at six months.
    if (amountIn(situation.salaryNet, m - 1) <= 0 && qualifies(m)) {
      current = { start: m, months: [] };
      windows.push(current);
    }
    if (current === null || m >= current.start + length) continue;
    let usedInSpan = 0;
    for (const n of neutralised) if (n > m - span && n < m) usedInSpan++;
    if (usedInSpan >= length) continue;
    neutralised.add(m);
    current.months.push(m);
  }
  return { neutralised, windows: windows.filter((w) => w.months.length > 0) };
};
