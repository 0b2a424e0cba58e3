import type { MonthIndex } from "../months";
import { type AahEligibility, aahEligibility, aahFromBase } from "./aah";
import { type AahResources, aahResources } from "./aah-resources";
import { type PpaFictive, type PpaOfMonth, ppaFictive, ppaOfMonth } from "./prime-activite";
import { type Cumulation, noCumulation, returnToWorkCumulation } from "./return-to-work";
import { ageAt, amountIn, type FranceSituation } from "./situation";

/**
 * The month-by-month computation behind `simulateFrance`, with every intermediate value (resource bases, fictive
 * primes, forfait logement...) so that the reference cases can check them and the warnings can explain them.
 *
 * It covers four months before `from`: the prime d'activité of `from` averages the fictive primes of the three
 * months before, and the calendar compares `from` with the month before it.
 */

export type FranceMonthDetail = {
  month: MonthIndex;
  age: number;
  aahEligibility: AahEligibility;
  aahResources: AahResources;
  /** The resource base used (the computed one, or the one imposed by the situation). */
  aahBase: number;
  aah: number;
  /** This month's salary is not counted for AAH (return-to-work cumulation). */
  cumulation: boolean;
  fictive: PpaFictive;
  /** Prime d'activité due for the month (months from `from - 1`; earlier months are only reference months). */
  ppa: PpaOfMonth | null;
};

export type FranceComputation = {
  from: MonthIndex;
  to: MonthIndex;
  /** Details for months `from - 4` to `to`, in order. */
  details: FranceMonthDetail[];
  cumulation: Cumulation;
  detailOf: (month: MonthIndex) => FranceMonthDetail;
};

export const referenceMonthsBefore = 4;

export const computeFrance = (situation: FranceSituation, from: MonthIndex, to: MonthIndex): FranceComputation => {
  const first = from - referenceMonthsBefore;
  const eligibilityOf = (month: MonthIndex): AahEligibility => aahEligibility(situation, month);
  const cumulation = situation.returnToWorkCumulation
    ? returnToWorkCumulation(situation, to, (month) => eligibilityOf(month) === "eligible")
    : noCumulation;

  const details: FranceMonthDetail[] = [];
  for (let month = first; month <= to; month++) {
    const eligibility = eligibilityOf(month);
    const resources = aahResources(situation, month, cumulation.neutralised);
    const base = situation.aahBaseGiven ? amountIn(situation.aahBaseGiven, month) : resources.base;
    const pension = amountIn(situation.pension, month);
    const aah = situation.aahGiven ? amountIn(situation.aahGiven, month) : aahFromBase(base, month, pension, eligibility === "eligible");
    const age = ageAt(situation.birth, month);
    const fictive = ppaFictive(
      {
        age,
        salaryNet: amountIn(situation.salaryNet, month),
        aah,
        pension,
        unemployment: amountIn(situation.unemployment, month),
        housing: situation.housing,
        housingBenefit: amountIn(situation.housingBenefit, month),
      },
      month,
    );
    const i = month - first;
    const ppa = i >= 3 ? ppaOfMonth([details[i - 3].fictive, details[i - 2].fictive, details[i - 1].fictive], month) : null;
    details.push({
      month,
      age,
      aahEligibility: eligibility,
      aahResources: resources,
      aahBase: base,
      aah,
      cumulation: cumulation.neutralised.has(month),
      fictive,
      ppa,
    });
  }
  const detailOf = (month: MonthIndex): FranceMonthDetail => {
    const detail = details[month - first];
    if (!detail) throw new Error(`month ${month} outside the computation`);
    return detail;
  };
  return { from, to, details, cumulation, detailOf };
};
