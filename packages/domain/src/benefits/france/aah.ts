import type { MonthIndex } from "../months";
import { parameterAt } from "../parameters";
import { ageAt, amountIn, type FranceSituation } from "./situation";

/**
 * AAH eligibility and amount for a month, as OpenFisca-France's `aah_eligible`, `aah_base` and `aah` for a
 * single person without children (CSS, art. L821-1 to L821-3, D821-1 to D821-9).
 */

export type AahEligibility = "eligible" | "rate_below_minimum" | "rsdae_missing" | "too_young" | "above_age_limit";

/**
 * At least 80 %, or at least 50 % with the RSDAE recognised by the CDAPH and under the legal retirement age;
 * and at least the minimum age (20; the 16-year case of a young person no longer giving right to family
 * allowances is not modelled).
 */
export const aahEligibility = (situation: FranceSituation, month: MonthIndex): AahEligibility => {
  const rate = situation.incapacityRate;
  const age = ageAt(situation.birth, month);
  const fullRate = rate >= parameterAt("aah_taux_incapacite_min", month);
  if (!fullRate) {
    if (rate < parameterAt("aah_taux_incapacite_min_rsdae", month)) return "rate_below_minimum";
    if (!situation.rsdae) return "rsdae_missing";
    if (age > parameterAt("aah_age_legal_retraite", month)) return "above_age_limit";
  }
  if (age < parameterAt("aah_age_minimal", month)) return "too_young";
  return "eligible";
};

/**
 * The amount from a monthly resource base: the AAH ceiling (for a single person, the AAH amount itself) minus the
 * base, capped at the AAH amount, and capped again so that AAH + the month's pension never exceed the AAH amount
 * (the AAH is subsidiary to invalidity and old-age pensions, CSS art. L821-1).
 *
 * OpenFisca also subtracts the month's retirement pension from the first amount although the pension is already in
 * the base; that double count is not reproduced (see README, known differences).
 */
export const aahFromBase = (base: number, month: MonthIndex, pensionOfMonth: number, eligible: boolean): number => {
  if (!eligible) return 0;
  const maximum = parameterAt("aah_montant", month);
  const ceiling = maximum;
  const differential = Math.min(maximum, Math.max(0, ceiling - base));
  return Math.min(differential, Math.max(0, maximum - pensionOfMonth));
};

export const aahPensionOfMonth = (situation: FranceSituation, month: MonthIndex): number => amountIn(situation.pension, month);
