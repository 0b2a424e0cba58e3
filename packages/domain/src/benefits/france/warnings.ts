import type { BenefitsMessageCode, BenefitsMessageParams } from "../messages";
import { type MonthIndex, monthKey } from "../months";
import { franceParameter, parameterAt, parameterAtOrFirst, parameterAtOrNull } from "../parameters";
import type { FranceComputation, FranceMonthDetail } from "./engine";
import { ppaFictive } from "./prime-activite";
import { amountIn, type FranceSituation } from "./situation";

/**
 * Warnings where the rules bite, computed from the month-by-month details. Each is a code and its parameters;
 * the text comes from the message catalog.
 */

export type MessageDraft = { code: BenefitsMessageCode; params: BenefitsMessageParams };

/**
 * How close above the 29 x SMIC threshold a salary must be for the "near the cliff" warning: a presentation
 * choice (a few hours of unpaid leave), not a legal amount.
 */
export const cliffNearMargin = 0.1;

/** Below this difference in euros a month, a cliff is not worth a warning. */
const noticeableAmount = 1;

const monthsIn = (computation: FranceComputation): FranceMonthDetail[] => computation.details.filter((d) => d.month >= computation.from);

const average = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

const fictiveWithAah = (situation: FranceSituation, d: FranceMonthDetail, aahAsEarned: boolean): number =>
  ppaFictive(
    {
      age: d.age,
      salaryNet: amountIn(situation.salaryNet, d.month),
      aah: d.aah,
      pension: amountIn(situation.pension, d.month),
      unemployment: amountIn(situation.unemployment, d.month),
      housing: situation.housing,
      housingBenefit: amountIn(situation.housingBenefit, d.month),
    },
    d.month,
    aahAsEarned,
  ).fictive;

/**
 * The prime d'activité cliff: below 29 x SMIC horaire of earned income, AAH counts as other income and cancels the
 * prime almost euro for euro; at or above it, AAH counts as earned income (slope and bonification apply).
 */
export const cliffWarnings = (situation: FranceSituation, computation: FranceComputation): MessageDraft[] => {
  const below: { month: MonthIndex; gain: number }[] = [];
  const near: { month: MonthIndex; loss: number }[] = [];
  for (const d of monthsIn(computation)) {
    const salary = amountIn(situation.salaryNet, d.month);
    if (salary <= 0 || d.aah <= 0 || !d.fictive.eligible) continue;
    const threshold = d.fictive.aahThreshold;
    if (salary < threshold) {
      const gain = fictiveWithAah(situation, d, true) - d.fictive.fictive;
      if (gain >= noticeableAmount) below.push({ month: d.month, gain });
    } else if (salary < threshold * (1 + cliffNearMargin)) {
      const loss = d.fictive.fictive - fictiveWithAah(situation, d, false);
      if (loss >= noticeableAmount) near.push({ month: d.month, loss });
    }
  }
  const factor = parameterAtOrFirst("ppa_seuil_aah_activite_smic_h", computation.to);
  const warnings: MessageDraft[] = [];
  if (below.length > 0) {
    warnings.push({
      code: "ppa_aah_cliff_below",
      params: {
        threshold: round2(computation.detailOf(below[0].month).fictive.aahThreshold),
        factor,
        gain: round2(average(below.map((b) => b.gain))),
        months: below.map((b) => monthKey(b.month)),
      },
    });
  }
  if (near.length > 0) {
    warnings.push({
      code: "ppa_aah_cliff_near",
      params: {
        threshold: round2(computation.detailOf(near[0].month).fictive.aahThreshold),
        factor,
        loss: round2(average(near.map((n) => n.loss))),
        months: near.map((n) => monthKey(n.month)),
      },
    });
  }
  return warnings;
};

/**
 * A 50-79 % incapacity rate with the RSDAE: working half-time or more can lead the CDAPH to review the RSDAE and so
 * the whole AAH. A decision risk, flagged from the hours when known, otherwise from a salary at least equal to
 * half-time work paid at the SMIC (net).
 */
export const rsdaeWarnings = (situation: FranceSituation, computation: FranceComputation, grossToNetRate: (month: MonthIndex) => number): MessageDraft[] => {
  const rate = situation.incapacityRate;
  const months = monthsIn(computation);
  if (months.length === 0) return [];
  const reference = computation.from;
  if (!situation.rsdae || rate >= parameterAt("aah_taux_incapacite_min", reference) || rate < parameterAt("aah_taux_incapacite_min_rsdae", reference)) return [];
  const byHours: MonthIndex[] = [];
  const bySalary: MonthIndex[] = [];
  for (const d of months) {
    const salary = amountIn(situation.salaryNet, d.month);
    if (salary <= 0) continue;
    const halfTime = parameterAt("rsdae_mi_temps_heures_hebdo", d.month);
    const hours = situation.hoursPerWeek?.get(d.month);
    if (hours !== undefined) {
      if (hours >= halfTime) byHours.push(d.month);
    } else {
      const halfTimeAtSmicNet = parameterAt("smic_b_horaire", d.month) * ((halfTime * 52) / 12) * (1 - grossToNetRate(d.month));
      if (salary >= halfTimeAtSmicNet) bySalary.push(d.month);
    }
  }
  const halfTime = parameterAt("rsdae_mi_temps_heures_hebdo", reference);
  const warnings: MessageDraft[] = [];
  if (byHours.length > 0) warnings.push({ code: "rsdae_review_risk", params: { hours: halfTime, months: byHours.map(monthKey) } });
  if (bySalary.length > 0) warnings.push({ code: "rsdae_review_risk_estimated", params: { hours: halfTime, months: bySalary.map(monthKey) } });
  return warnings;
};

/**
 * The majoration pour la vie autonome (CSS art. L821-1-2) goes to AAH recipients with at least 80 %, living on their
 * own with housing benefit, and no earned income: any salary ends it. It is not part of `aah`, so it is a warning.
 */
export const mvaWarnings = (situation: FranceSituation, computation: FranceComputation): MessageDraft[] => {
  const months = monthsIn(computation);
  if (situation.housing !== "tenant" || months.length === 0) return [];
  if (situation.incapacityRate < parameterAt("aah_taux_incapacite_min", computation.from)) return [];
  const receivesAah = months.some((d) => d.aah > 0);
  const hasHousingBenefit = months.some((d) => amountIn(situation.housingBenefit, d.month) > 0);
  const works = months.some((d) => amountIn(situation.salaryNet, d.month) > 0);
  const amount = parameterAtOrNull("mva_montant", computation.from);
  if (!receivesAah || !hasHousingBenefit || !works || amount === null) return [];
  return [{ code: "mva_loss", params: { amount } }];
};

export const hospitalisationWarnings = (computation: FranceComputation): MessageDraft[] =>
  monthsIn(computation).some((d) => d.aah > 0)
    ? [{ code: "aah_hospitalisation", params: { share: parameterAt("aah_pourcentage_hospitalisation_incarceration", computation.from) } }]
    : [];

export const eligibilityWarnings = (computation: FranceComputation): MessageDraft[] => {
  const months = monthsIn(computation);
  if (months.length === 0) return [];
  if (months.every((d) => d.aahEligibility === "rate_below_minimum")) return [{ code: "aah_not_eligible_rate", params: {} }];
  if (months.every((d) => d.aahEligibility === "rsdae_missing")) return [{ code: "aah_not_eligible_rsdae", params: {} }];
  const byAge = months.filter((d) => d.aahEligibility === "too_young" || d.aahEligibility === "above_age_limit");
  return byAge.length > 0
    ? [{ code: "aah_not_eligible_age", params: { minAge: parameterAt("aah_age_minimal", computation.from), months: byAge.map((d) => monthKey(d.month)) } }]
    : [];
};

/**
 * Each return-to-work window that reaches the simulated months: which salaries are not counted, and from when AAH
 * falls (the first month whose three reference months hold a counted salary).
 */
export const cumulationWarnings = (situation: FranceSituation, computation: FranceComputation): MessageDraft[] => {
  const citation = franceParameter("aah_cumul_integral_reprise_activite_mois").citation ?? "";
  return computation.cumulation.windows
    .filter((w) => w.months[w.months.length - 1] >= computation.from - 3)
    .map((w): MessageDraft => {
      const end = w.months[w.months.length - 1];
      const params = { start: monthKey(w.start), end: monthKey(end), source: citation };
      // AAH falls in the first month whose three reference months hold a counted salary.
      for (let m = end + 1; m <= end + 3; m++) {
        const counted = [m - 3, m - 2, m - 1].some((r) => amountIn(situation.salaryNet, r) > 0 && !computation.cumulation.neutralised.has(r));
        if (counted) return { code: "aah_cumulation", params: { ...params, drop: monthKey(m) } };
      }
      // No counted salary after the window: either the salaries entered stop with the period (the job may go on)
      // or the job stopped before the cumulation ended.
      return end >= computation.to
        ? { code: "aah_cumulation_beyond", params: { ...params, drop: monthKey(end + 2) } }
        : { code: "aah_cumulation_whole_job", params };
    });
};

export const minimumWarnings = (computation: FranceComputation): MessageDraft[] => {
  const months = monthsIn(computation).filter((d) => d.ppa?.belowMinimum);
  return months.length > 0
    ? [{ code: "ppa_below_minimum", params: { minimum: parameterAt("ppa_montant_minimum_verse", computation.from), months: months.map((d) => monthKey(d.month)) } }]
    : [];
};

export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;
