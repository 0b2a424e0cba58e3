import type { MonthIndex } from "../months";
import { parameterAt, parameterAtOrFirst, parameterStartMonth } from "../parameters";
import type { BenefitsHousingStatus } from "../simulate.contract";

/**
 * Prime d'activité for a single person without children, as OpenFisca-France computes `ppa` (CSS, art. L841-1 and
 * following, D843-1): each month of the reference quarter gives a "fictive" prime from that month's own income and
 * parameters; the prime due for month M is the average of the fictive primes of M-3, M-2 and M-1, not paid under
 * the minimum amount (15 EUR).
 *
 * Fictive prime of a month = montant forfaitaire + bonification + pente x earned income - resources - forfait
 * logement - max(0, montant forfaitaire - resources - forfait logement), never negative; 0 under 18.
 */

export type PpaMonthInput = {
  age: number;
  salaryNet: number;
  /** AAH of the month: other income, or earned income above 29 x SMIC horaire (see `aahCountsAsEarnedIncome`). */
  aah: number;
  pension: number;
  unemployment: number;
  housing: BenefitsHousingStatus;
  housingBenefit: number;
};

export type PpaFictive = {
  eligible: boolean;
  /** Earned income counted (salary, plus AAH when it counts as earned income). */
  earnedIncome: number;
  /** Other income counted (pension, unemployment benefit, AAH below the threshold). */
  otherIncome: number;
  /** earnedIncome + otherIncome (OpenFisca `ppa_base_ressources`). */
  resources: number;
  bonification: number;
  forfaitLogement: number;
  aahCountsAsEarnedIncome: boolean;
  /** Salary threshold (29 x SMIC horaire brut) above which AAH counts as earned income. */
  aahThreshold: number;
  fictive: number;
};

/** The prime d'activité exists from January 2016. */
export const ppaStartMonth = (): MonthIndex => parameterStartMonth("ppa_en_vigueur");

/**
 * Month whose prime d'activité parameters apply. The first primes (January to March 2016) average fictive primes of
 * October to December 2015, before the amounts existed: those months are computed with the first amounts, as
 * OpenFisca does for its reference cases. The SMIC is always the month's own.
 */
const ppaParameterMonth = (month: MonthIndex): MonthIndex => Math.max(month, ppaStartMonth());

export const montantForfaitaire = (month: MonthIndex): number => parameterAtOrFirst("ppa_montant_de_base", ppaParameterMonth(month));

/**
 * Forfait logement (CASF art. R262-9 applied to the prime d'activité): a tenant's housing benefit counts as
 * resources up to 12 % of the montant forfaitaire; an owner without loan or a person housed free has the full 12 %
 * counted. OpenFisca takes the larger of the two.
 */
export const forfaitLogement = (housing: BenefitsHousingStatus, housingBenefit: number, month: MonthIndex): number => {
  const forfait = montantForfaitaire(month) * parameterAtOrFirst("ppa_fl_taux_1_personne", ppaParameterMonth(month));
  const fromBenefit = housingBenefit > 0 ? Math.min(housingBenefit, forfait) : 0;
  const inKind = housing === "owner" || housing === "free" ? forfait : 0;
  return Math.max(fromBenefit, inKind);
};

/**
 * Individual bonification: 0 up to 59 x SMIC horaire of earned income, rising linearly to its maximum (a share of
 * the montant forfaitaire, rounded to the cent as upstream) at 120 x SMIC horaire (95 before October 2018).
 */
export const bonification = (earnedIncome: number, month: MonthIndex): number => {
  const smic = parameterAt("smic_b_horaire", month);
  const pm = ppaParameterMonth(month);
  const low = parameterAtOrFirst("ppa_bonif_seuil_smic_h", pm) * smic;
  const high = parameterAtOrFirst("ppa_bonif_seuil_max_smic_h", pm) * smic;
  const maximum = Math.round(parameterAtOrFirst("ppa_bonif_taux_max", pm) * montantForfaitaire(month) * 100) / 100;
  const linear = (maximum * (earnedIncome - low)) / (high - low);
  return Math.min(maximum, Math.max(0, linear));
};

/** 29 x SMIC horaire brut: the salary from which AAH counts as earned income (the cliff). */
export const aahEarnedIncomeThreshold = (month: MonthIndex): number =>
  parameterAtOrFirst("ppa_seuil_aah_activite_smic_h", ppaParameterMonth(month)) * parameterAt("smic_b_horaire", month);

/**
 * @param aahAsEarned forces the AAH treatment, to measure the cliff ("what if the salary were just above it").
 */
export const ppaFictive = (input: PpaMonthInput, month: MonthIndex, aahAsEarned?: boolean): PpaFictive => {
  const pm = ppaParameterMonth(month);
  const threshold = aahEarnedIncomeThreshold(month);
  const aahCountsAsEarnedIncome = aahAsEarned ?? input.salaryNet >= threshold;
  const earnedIncome = input.salaryNet + (aahCountsAsEarnedIncome ? input.aah : 0);
  const otherIncome = input.pension + input.unemployment + (aahCountsAsEarnedIncome ? 0 : input.aah);
  const resources = earnedIncome + otherIncome;
  const eligible = input.age >= parameterAtOrFirst("ppa_age_min", pm);
  const mff = montantForfaitaire(month);
  const bonus = bonification(earnedIncome, month);
  const fl = forfaitLogement(input.housing, input.housingBenefit, month);
  const slope = parameterAtOrFirst("ppa_pente_revenus_activite", pm) * earnedIncome;
  const amount = mff + bonus + slope - resources - fl - Math.max(mff - resources - fl, 0);
  return {
    eligible,
    earnedIncome,
    otherIncome,
    resources,
    bonification: bonus,
    forfaitLogement: fl,
    aahCountsAsEarnedIncome,
    aahThreshold: threshold,
    fictive: eligible ? Math.max(amount, 0) : 0,
  };
};

export type PpaOfMonth = {
  /** Prime d'activité due for the month, before CRDS. */
  amount: number;
  /** Average of the quarter before the minimum payment rule. */
  average: number;
  /** Positive average below the minimum amount paid: nothing paid. */
  belowMinimum: boolean;
};

/**
 * @param quarter the fictive primes of M-3, M-2 and M-1.
 * Someone with no earned income in any month of the quarter gets nothing (OpenFisca `ppa_eligibilite_etudiants`
 * for a non-student).
 */
export const ppaOfMonth = (quarter: readonly PpaFictive[], month: MonthIndex): PpaOfMonth => {
  if (month < ppaStartMonth()) return { amount: 0, average: 0, belowMinimum: false };
  const worked = quarter.some((f) => f.earnedIncome > 0);
  const average = quarter.reduce((sum, f) => sum + f.fictive, 0) / 3;
  if (!worked) return { amount: 0, average: 0, belowMinimum: false };
  const minimum = parameterAt("ppa_montant_minimum_verse", month);
  return average >= minimum ? { amount: average, average, belowMinimum: false } : { amount: 0, average, belowMinimum: average > 0 };
};

/** CRDS deducted from the prime d'activité paid. */
export const ppaAfterCrds = (ppa: number, month: MonthIndex): number => ppa * (1 - parameterAt("crds_taux", month));
