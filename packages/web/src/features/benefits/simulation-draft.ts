import { type BenefitsComparisonInput, type BenefitsHousingStatus, type BenefitsPlan, smicHourlyGross } from "@passerelle/domain";
import { addMonths, monthRange, monthsBetween, yearOfMonth } from "./month-keys";

/**
 * The counselling form as the person describes their situation, and its translation into the API's comparison
 * request. Amounts are what the inputs hold (a number, or "" while empty). Monthly amounts typed once (housing
 * benefit, pension, unemployment benefit) become series over the months the rules read; past salaries are a grid of
 * the 12 months before the period, plus a yearly total for the N-2 months the grid does not cover.
 */

export type Amount = number | string;
export type IncapacityBracket = "80" | "50" | "below";
export type WageMode = "hourly" | "monthly";

export type ScenarioDraft = { id: string; startMonth: string; hoursPerWeek: Amount; wageMode: WageMode; hourlyGross: Amount; monthlyNet: Amount };

export type SimulationDraft = {
  /** First simulated month; the period is 12 months from it. */
  from: string;
  ageMode: "birthDate" | "age";
  birthDate: string;
  age: Amount;
  bracket: IncapacityBracket;
  rsdae: boolean;
  housing: BenefitsHousingStatus;
  housingBenefit: Amount;
  /** Net salary by month (the grid shows the 12 months before `from`). */
  salaries: Record<string, Amount>;
  /** By year: total net salaries of that year's months outside the grid (for the N-2 evaluation of AAH). */
  earlierSalaries: Record<string, Amount>;
  pension: Amount;
  unemployment: Amount;
  /** Last month of unemployment benefit; "" while it lasts through the period. */
  unemploymentUntil: string;
  scenarios: ScenarioDraft[];
  returnToWorkCumulation: boolean;
};

export const periodMonths = 12;
export const maxScenariosOnScreen = 4;

export const periodEnd = (from: string): string => addMonths(from, periodMonths - 1);

/** The 12 months before the period: the quarterly evaluation reads the last three of them. */
export const salaryGridMonths = (from: string): string[] => monthRange(addMonths(from, -12), 12);

/**
 * Years whose salaries the N-2 evaluation reads (months without salary in the period) and the months of each that
 * the grid does not cover: the form asks one total for them.
 */
export const earlierSalaryGaps = (from: string): { year: number; months: string[] }[] => {
  const grid = new Set(salaryGridMonths(from));
  const years = new Set([yearOfMonth(from) - 2, yearOfMonth(periodEnd(from)) - 2]);
  return [...years]
    .sort()
    .map((year) => ({ year, months: monthRange(`${year}-01`, 12).filter((m) => !grid.has(m)) }))
    .filter((gap) => gap.months.length > 0);
};

export const amountOf = (value: Amount): number | undefined => {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The same amount every month of `months`; nothing when the amount is empty or 0 (a missing month counts as 0). */
const series = (months: string[], value: Amount): Record<string, number> => {
  const amount = amountOf(value);
  return amount === undefined || amount === 0 ? {} : Object.fromEntries(months.map((m) => [m, amount]));
};

let scenarioSeq = 0;
export const newScenario = (startMonth: string, hoursPerWeek: number): ScenarioDraft => ({
  id: `scenario-${++scenarioSeq}`,
  startMonth,
  hoursPerWeek,
  wageMode: "hourly",
  hourlyGross: smicHourlyGross(startMonth),
  monthlyNet: "",
});

export const newDraft = (current: string, hours: number[] = [10, 20, 35]): SimulationDraft => ({
  from: current,
  ageMode: "age",
  birthDate: "",
  age: "",
  bracket: "80",
  rsdae: false,
  housing: "tenant",
  housingBenefit: "",
  salaries: {},
  earlierSalaries: {},
  pension: "",
  unemployment: "",
  unemploymentUntil: "",
  scenarios: hours.slice(0, maxScenariosOnScreen).map((h) => newScenario(addMonths(current, 1), h)),
  returnToWorkCumulation: true,
});

const rateOf: Record<IncapacityBracket, number> = { "80": 0.8, "50": 0.5, below: 0 };

type ScenarioRequest = BenefitsComparisonInput["scenarios"][number];

/** The request as the form can build it: a scenario may still miss its hours or wage (the schema says which). */
export type ComparisonRequestDraft = Omit<BenefitsComparisonInput, "scenarios"> & {
  scenarios: (Omit<ScenarioRequest, "hoursPerWeek"> & { hoursPerWeek?: number })[];
};

/** The comparison request (situation without the job + the scenarios), to validate with the API's own schema. */
export const toComparisonRequest = (draft: SimulationDraft, labelOf: (hours: number) => string): ComparisonRequestDraft => {
  const from = draft.from;
  const to = periodEnd(from);
  const salaryNet: Record<string, number> = {};
  for (const month of salaryGridMonths(from)) Object.assign(salaryNet, series([month], draft.salaries[month] ?? ""));
  for (const gap of earlierSalaryGaps(from)) {
    const total = amountOf(draft.earlierSalaries[String(gap.year)] ?? "");
    if (total !== undefined && total !== 0) Object.assign(salaryNet, series(gap.months, round2(total / gap.months.length)));
  }
  const age = amountOf(draft.age);
  return {
    situation: {
      person: {
        ...(draft.ageMode === "birthDate" ? (draft.birthDate ? { birthDate: draft.birthDate } : {}) : age === undefined ? {} : { age }),
        incapacityRate: rateOf[draft.bracket],
        rsdae: draft.bracket === "50" && draft.rsdae,
        housing: draft.housing,
        housingBenefit: draft.housing === "tenant" ? series(monthsBetween(addMonths(from, -12), to), draft.housingBenefit) : {},
      },
      salaryNet,
      otherIncome: {
        pension: series(monthsBetween(`${yearOfMonth(from) - 2}-01`, to), draft.pension),
        unemployment: series(monthsBetween(addMonths(from, -12), draft.unemploymentUntil || to), draft.unemployment),
      },
      from,
      to,
      returnToWorkCumulation: draft.returnToWorkCumulation,
    },
    scenarios: draft.scenarios.map((s) => {
      const hours = amountOf(s.hoursPerWeek);
      const wage = amountOf(s.wageMode === "hourly" ? s.hourlyGross : s.monthlyNet);
      return {
        label: hours === undefined ? "" : labelOf(hours),
        startMonth: s.startMonth,
        ...(hours === undefined ? {} : { hoursPerWeek: hours }),
        ...(wage === undefined ? {} : s.wageMode === "hourly" ? { hourlyGross: wage } : { monthlyNet: wage }),
      };
    }),
  };
};

const latest = (record: Record<string, number> | undefined): Amount => {
  const keys = Object.keys(record ?? {}).sort();
  const last = keys[keys.length - 1];
  return last && record ? record[last] : "";
};

/**
 * A new simulation from the person's last plan: same situation (amounts carried by month), the period moved to
 * `current`, the same jobs starting no earlier than next month.
 */
export const draftFromPlan = (plan: BenefitsPlan, current: string): SimulationDraft => {
  const s = plan.situation;
  const rate = s.person.incapacityRate;
  const yearsLater = Math.max(0, Math.floor((yearOfMonth(current) * 12 + Number(current.slice(5, 7)) - (yearOfMonth(s.from) * 12 + Number(s.from.slice(5, 7)))) / 12));
  const earlierSalaries: Record<string, Amount> = {};
  for (const gap of earlierSalaryGaps(current)) {
    const total = gap.months.reduce((sum, m) => sum + (s.salaryNet[m] ?? 0), 0);
    if (total > 0) earlierSalaries[String(gap.year)] = round2(total);
  }
  const unemploymentMonths = Object.keys(s.otherIncome.unemployment).sort();
  const lastUnemployment = unemploymentMonths[unemploymentMonths.length - 1];
  const nextMonth = addMonths(current, 1);
  return {
    from: current,
    ageMode: s.person.birthDate ? "birthDate" : "age",
    birthDate: s.person.birthDate ?? "",
    age: s.person.age === undefined ? "" : s.person.age + yearsLater,
    bracket: rate >= 0.8 ? "80" : rate >= 0.5 ? "50" : "below",
    rsdae: s.person.rsdae,
    housing: s.person.housing,
    housingBenefit: latest(s.person.housingBenefit),
    salaries: { ...s.salaryNet },
    earlierSalaries,
    pension: latest(s.otherIncome.pension),
    unemployment: latest(s.otherIncome.unemployment),
    unemploymentUntil: lastUnemployment && lastUnemployment < s.to ? lastUnemployment : "",
    scenarios: plan.scenarios.slice(0, maxScenariosOnScreen).map((sc) => ({
      ...newScenario(sc.startMonth < current ? nextMonth : sc.startMonth, sc.hoursPerWeek),
      wageMode: sc.hourlyGross === undefined ? "monthly" : "hourly",
      hourlyGross: sc.hourlyGross ?? smicHourlyGross(sc.startMonth < current ? nextMonth : sc.startMonth),
      monthlyNet: sc.monthlyNet ?? "",
    })),
    returnToWorkCumulation: plan.returnToWorkCumulation,
  };
};
