import { describe, expect, it } from "vitest";
import { monthIndex } from "../months";
import { parameterAt } from "../parameters";
import { aahEligibility, aahFromBase } from "./aah";
import { abatedEarnedIncome, aahResources } from "./aah-resources";
import type { FranceSituation } from "./situation";

const jan2026 = monthIndex("2026-01");
const person = (over: Partial<FranceSituation> = {}): FranceSituation => ({
  birth: { year: 1986, month: 6, day: 1 },
  incapacityRate: 0.8,
  rsdae: false,
  housing: "tenant",
  housingBenefit: new Map(),
  salaryNet: new Map(),
  pension: new Map(),
  unemployment: new Map(),
  hoursPerWeek: null,
  returnToWorkCumulation: false,
  ...over,
});

describe("AAH eligibility", () => {
  it.each([
    ["80 %", { incapacityRate: 0.8 }, "eligible"],
    ["55 % with RSDAE", { incapacityRate: 0.55, rsdae: true }, "eligible"],
    ["55 % without RSDAE", { incapacityRate: 0.55 }, "rsdae_missing"],
    ["45 %", { incapacityRate: 0.45, rsdae: true }, "rate_below_minimum"],
    ["19 years old", { birth: { year: 2006, month: 6, day: 1 } }, "too_young"],
    ["55 % with RSDAE past the legal retirement age", { incapacityRate: 0.55, rsdae: true, birth: { year: 1955, month: 1, day: 1 } }, "above_age_limit"],
    ["80 % past the legal retirement age (no upper limit)", { birth: { year: 1955, month: 1, day: 1 } }, "eligible"],
  ] as const)("%s: %s", (_label, over, expected) => {
    expect(aahEligibility(person(over), jan2026)).toBe(expected);
  });
});

describe("AAH allowances on earned income (CSS art. D821-9)", () => {
  const annualSmic30 = 0.3 * 12 * parameterAt("smic_b_horaire", jan2026) * parameterAt("smic_nb_heures_mensuel", jan2026);
  it.each([
    ["nothing", 0, 0],
    ["within 30 % of the SMIC: 20 % counted", 4000, 800],
    ["at 30 % of the SMIC", annualSmic30, 0.2 * annualSmic30],
    ["above: 60 % of the rest counted", annualSmic30 + 1000, 0.2 * annualSmic30 + 600],
  ])("%s", (_label, income, counted) => {
    expect(abatedEarnedIncome(income, jan2026)).toBeCloseTo(counted, 6);
  });
});

describe("AAH resources: quarterly while working, N-2 otherwise", () => {
  it("uses the three previous months x 4 in a month with a salary", () => {
    const s = person({ salaryNet: new Map([[jan2026 - 3, 300], [jan2026 - 2, 300], [jan2026 - 1, 300], [jan2026, 300]]) });
    const r = aahResources(s, jan2026, new Set());
    expect(r.evaluation).toBe("quarterly");
    expect(r.earnedIncome).toBe(3600);
    expect(r.base).toBeCloseTo((0.2 * 3600) / 12, 6);
  });

  it("leaves out neutralised months (return-to-work cumulation)", () => {
    const s = person({ salaryNet: new Map([[jan2026 - 1, 900], [jan2026, 900]]) });
    expect(aahResources(s, jan2026, new Set([jan2026 - 1])).base).toBe(0);
  });

  it("uses year N-2 with the cessation allowance in a month without salary", () => {
    const n2 = Array.from({ length: 12 }, (_, i) => [monthIndex("2024-01") + i, 1000] as const);
    const r = aahResources(person({ salaryNet: new Map(n2) }), jan2026, new Set());
    expect(r.evaluation).toBe("annual");
    expect(r.base).toBeCloseTo((abatedEarnedIncome(12000, jan2026) * 0.7) / 12, 6);
  });
});

describe("AAH amount", () => {
  const maximum = parameterAt("aah_montant", jan2026);
  it.each([
    ["no resources: the full amount", 0, 0, maximum],
    ["resources reduce it euro for euro", 300, 0, maximum - 300],
    ["resources above the ceiling: nothing", maximum + 1, 0, 0],
    ["a pension caps AAH + pension at the AAH amount", 400, 400, maximum - 400],
  ])("%s", (_label, base, pension, expected) => {
    expect(aahFromBase(base, jan2026, pension, true)).toBeCloseTo(expected, 6);
  });
  it("is nil when not eligible", () => expect(aahFromBase(0, jan2026, 0, false)).toBe(0));
});
