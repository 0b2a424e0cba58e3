import { monthIndex, type MonthIndex, monthOfYear, yearOf } from "../months";
import type { BenefitsHousingStatus, BenefitsMonthlySeries, SimulateRequest } from "../simulate.contract";

/**
 * The situation as the French rules read it: series keyed by month index (absent month = 0), and the person's
 * birth date fixed once. Built from a validated request by `situationFromRequest`; the rule functions take this
 * shape, never the raw request, so they stay independent of the API's field names.
 */

export type Series = ReadonlyMap<MonthIndex, number>;

export type BirthDate = { year: number; month: number; day: number };

export type FranceSituation = {
  birth: BirthDate;
  incapacityRate: number;
  rsdae: boolean;
  housing: BenefitsHousingStatus;
  housingBenefit: Series;
  salaryNet: Series;
  pension: Series;
  unemployment: Series;
  hoursPerWeek: Series | null;
  returnToWorkCumulation: boolean;
  /**
   * AAH amounts known from elsewhere (a CAF statement, or a reference test that imposes them): when set, they
   * replace the computed AAH, and the prime d'activité uses them.
   */
  aahGiven?: Series;
  /** A monthly AAH resource base imposed instead of the computed one (reference tests do this). */
  aahBaseGiven?: Series;
};

export const amountIn = (series: Series, month: MonthIndex): number => series.get(month) ?? 0;

export const seriesFromRecord = (record: BenefitsMonthlySeries | undefined): Series => {
  const map = new Map<MonthIndex, number>();
  if (record) for (const [key, value] of Object.entries(record)) if (value !== 0) map.set(monthIndex(key), value);
  return map;
};

/**
 * Age in whole years on the first day of the month, as OpenFisca computes `age` from `date_naissance` (the
 * prime d'activité test of someone turning 18 mid-quarter depends on it).
 */
export const ageAt = (birth: BirthDate, month: MonthIndex): number => {
  const year = yearOf(month);
  const m = monthOfYear(month);
  const birthdayPassed = m > birth.month || (m === birth.month && birth.day === 1);
  return year - birth.year - (birthdayPassed ? 0 : 1);
};

/**
 * With an age only, the birthday is put on the first day of the first simulated month: the age given is the age
 * in that month and grows by one every twelve months (stated in the assumptions).
 */
export const birthFromRequest = (person: SimulateRequest["person"], from: string): BirthDate => {
  if (person.birthDate) {
    return { year: Number(person.birthDate.slice(0, 4)), month: Number(person.birthDate.slice(5, 7)), day: Number(person.birthDate.slice(8, 10)) };
  }
  const start = monthIndex(from);
  return { year: yearOf(start) - (person.age ?? 0), month: monthOfYear(start), day: 1 };
};

export const situationFromRequest = (request: SimulateRequest): FranceSituation => ({
  birth: birthFromRequest(request.person, request.from),
  incapacityRate: request.person.incapacityRate,
  rsdae: request.person.rsdae,
  housing: request.person.housing,
  housingBenefit: seriesFromRecord(request.person.housingBenefit),
  salaryNet: seriesFromRecord(request.salaryNet),
  pension: seriesFromRecord(request.otherIncome.pension),
  unemployment: seriesFromRecord(request.otherIncome.unemployment),
  hoursPerWeek: request.hoursPerWeek ? seriesFromRecord(request.hoursPerWeek) : null,
  returnToWorkCumulation: request.returnToWorkCumulation,
});
