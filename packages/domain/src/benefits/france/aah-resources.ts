import { type MonthIndex, yearOf } from "../months";
import { parameterAt } from "../parameters";
import { amountIn, type FranceSituation } from "./situation";

/**
 * The AAH resource base ("base ressources"), monthly, as OpenFisca-France computes `aah_base_ressources` for a
 * single person since October 2023 (and for the person's own income before):
 *
 * - in a month with a salary, the quarterly evaluation: income of the three previous months x 4 (CSS, art.
 *   R821-4-1, déclaration trimestrielle), earned income after the allowances of CSS art. D821-9 (80 % up to 30 % of
 *   the annual gross SMIC, 40 % above), other income (pensions) in full;
 * - in a month without salary, the annual evaluation on calendar year N-2: salaries after the same allowances,
 *   then cut by the "cessation d'activité" allowance (30 %), plus pensions.
 *
 * Unemployment benefit is counted with earned income in the quarterly evaluation and not at all in the annual one,
 * as upstream does. The result is divided by 12, so it compares with the monthly AAH amount.
 */

export type AahEvaluation = "quarterly" | "annual";

export type AahResources = {
  evaluation: AahEvaluation;
  /** Monthly base after allowances: what is deducted from the AAH ceiling. */
  base: number;
  /** Annualised earned income before allowances (salaries, and unemployment benefit in the quarterly case). */
  earnedIncome: number;
  /** Annualised other income (pensions). */
  otherIncome: number;
};

/**
 * The D821-9 allowances on a year of earned income: 80 % off the part up to 30 % of the annual gross SMIC
 * (151.67 h x 12) in force in the month considered, 40 % off the rest.
 */
export const abatedEarnedIncome = (annualEarnedIncome: number, month: MonthIndex): number => {
  const annualSmic = 12 * parameterAt("smic_b_horaire", month) * parameterAt("smic_nb_heures_mensuel", month);
  const bracket = Math.min(parameterAt("aah_tranche_smic", month) * annualSmic, annualEarnedIncome);
  const above = annualEarnedIncome - bracket;
  return (1 - parameterAt("aah_abattement_30", month)) * bracket + (1 - parameterAt("aah_abattement_sup", month)) * above;
};

/** OpenFisca's switch: a month with a salary is evaluated on the quarter, any other month on year N-2. */
export const isInWork = (situation: FranceSituation, month: MonthIndex): boolean => amountIn(situation.salaryNet, month) > 0;

/**
 * @param neutralised months whose salary is not counted (return-to-work cumulation); empty when not applied.
 */
export const aahResources = (situation: FranceSituation, month: MonthIndex, neutralised: ReadonlySet<MonthIndex>): AahResources => {
  if (isInWork(situation, month)) {
    let earned = 0;
    let other = 0;
    for (let m = month - 3; m < month; m++) {
      if (!neutralised.has(m)) earned += amountIn(situation.salaryNet, m);
      earned += amountIn(situation.unemployment, m);
      other += amountIn(situation.pension, m);
    }
    earned *= 4;
    other *= 4;
    return { evaluation: "quarterly", base: (abatedEarnedIncome(earned, month) + other) / 12, earnedIncome: earned, otherIncome: other };
  }
  const firstOfN2 = (yearOf(month) - 2) * 12;
  let salaries = 0;
  let pensions = 0;
  for (let m = firstOfN2; m < firstOfN2 + 12; m++) {
    salaries += amountIn(situation.salaryNet, m);
    pensions += amountIn(situation.pension, m);
  }
  // Not working this month: the person has stopped work since N-2, hence the cessation allowance (applied after
  // the D821-9 allowances, as the reference cases show).
  const cessation = salaries > 0 ? 1 - parameterAt("aah_abattement_cessation_activite", month) : 1;
  const base = (abatedEarnedIncome(salaries, month) * cessation + pensions) / 12;
  return { evaluation: "annual", base, earnedIncome: salaries, otherIncome: pensions };
};
