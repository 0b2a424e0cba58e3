import { describe, expect, it } from "vitest";
import { monthIndex } from "../months";
import { parameterAt } from "../parameters";
import { simulateRequestSchema } from "../simulate.contract";
import { aahEarnedIncomeThreshold, bonification, forfaitLogement, montantForfaitaire, type PpaMonthInput, ppaAfterCrds, ppaFictive, ppaOfMonth } from "./prime-activite";
import { simulateFrance } from "./simulate-france";

const jan2026 = monthIndex("2026-01");
const input = (salaryNet: number, aah: number, extra: Partial<PpaMonthInput> = {}): PpaMonthInput => ({
  age: 40,
  salaryNet,
  aah,
  pension: 0,
  unemployment: 0,
  housing: "tenant",
  housingBenefit: 0,
  ...extra,
});

describe("the cliff at 29 x SMIC horaire brut (AAH as earned income)", () => {
  const threshold = aahEarnedIncomeThreshold(jan2026);

  it("is 29 times the gross hourly SMIC of the month", () => {
    expect(threshold).toBeCloseTo(29 * parameterAt("smic_b_horaire", jan2026), 10);
    expect(threshold).toBeCloseTo(348.58, 2);
  });

  it.each([
    [300, false],
    [348.57, false],
    [348.58, true],
    [400, true],
    [1200, true],
  ])("salary %d: AAH counts as earned income = %s", (salary, earned) => {
    const f = ppaFictive(input(salary, 900), jan2026);
    expect(f.aahCountsAsEarnedIncome).toBe(earned);
    expect(f.earnedIncome).toBeCloseTo(salary + (earned ? 900 : 0), 6);
    expect(f.otherIncome).toBeCloseTo(earned ? 0 : 900, 6);
  });

  it("jumps: one cent more salary adds far more than a cent of prime d'activité", () => {
    const below = ppaFictive(input(348.57, 900), jan2026).fictive;
    const above = ppaFictive(input(348.58, 900), jan2026).fictive;
    expect(below).toBeLessThan(1);
    expect(above - below).toBeGreaterThan(200);
  });

  it("has no effect without AAH", () => {
    expect(ppaFictive(input(348.58, 0), jan2026).fictive - ppaFictive(input(348.57, 0), jan2026).fictive).toBeLessThan(0.01);
  });

  it.each([
    ["below the threshold", 300, "ppa_aah_cliff_below"],
    ["just above it", 360, "ppa_aah_cliff_near"],
  ])("warns %s, with the amount at stake", (_label, salary, code) => {
    const salaries = Object.fromEntries(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"].map((m) => [m, salary]));
    const response = simulateFrance(
      simulateRequestSchema.parse({ person: { age: 40, incapacityRate: 0.8 }, salaryNet: salaries, from: "2026-01", to: "2026-06", returnToWorkCumulation: false }),
    );
    const warning = response.warnings.find((w) => w.code === code);
    expect(warning).toBeDefined();
    expect(Number(warning?.params.threshold)).toBeCloseTo(348.58, 2);
    expect(Number(warning?.params.gain ?? warning?.params.loss)).toBeGreaterThan(100);
    expect(warning?.message).toContain("29");
  });

  it("does not warn far above the threshold", () => {
    const salaries = Object.fromEntries(["2025-12", "2026-01", "2026-02", "2026-03"].map((m) => [m, 900]));
    const response = simulateFrance(simulateRequestSchema.parse({ person: { age: 40, incapacityRate: 0.8 }, salaryNet: salaries, from: "2026-01", to: "2026-03" }));
    expect(response.warnings.map((w) => w.code)).not.toContain("ppa_aah_cliff_below");
    expect(response.warnings.map((w) => w.code)).not.toContain("ppa_aah_cliff_near");
  });
});

describe("forfait logement", () => {
  const twelvePercent = 0.12 * montantForfaitaire(jan2026);
  it.each([
    ["tenant without housing benefit", "tenant", 0, 0],
    ["tenant with a small housing benefit", "tenant", 30, 30],
    ["tenant with a large housing benefit", "tenant", 250, twelvePercent],
    ["owner without loan", "owner", 0, twelvePercent],
    ["housed free", "free", 0, twelvePercent],
  ] as const)("%s", (_label, housing, benefit, expected) => {
    expect(forfaitLogement(housing, benefit, jan2026)).toBeCloseTo(expected, 6);
  });
});

describe("bonification individuelle", () => {
  const smic = parameterAt("smic_b_horaire", jan2026);
  const maximum = Math.round(parameterAt("ppa_bonif_taux_max", jan2026) * montantForfaitaire(jan2026) * 100) / 100;
  it.each([
    ["nothing below 59 x SMIC horaire", 59 * smic - 1, 0],
    ["half way up the slope", ((59 + 120) / 2) * smic, maximum / 2],
    ["the maximum from 120 x SMIC horaire", 120 * smic, maximum],
    ["no more above", 3000, maximum],
  ])("%s", (_label, earned, expected) => {
    expect(bonification(earned, jan2026)).toBeCloseTo(expected, 6);
  });
});

describe("prime d'activité of a month", () => {
  it("averages the three fictive primes and pays nothing under the minimum", () => {
    const f = (salary: number) => ppaFictive(input(salary, 0), jan2026);
    const paid = ppaOfMonth([f(500), f(600), f(700)], monthIndex("2026-02"));
    expect(paid.amount).toBeCloseTo((f(500).fictive + f(600).fictive + f(700).fictive) / 3, 6);
    const tiny = ppaOfMonth([f(0), f(0), { ...f(1500), fictive: 30 }], monthIndex("2026-02"));
    expect(tiny).toEqual({ amount: 0, average: 10, belowMinimum: true });
  });

  it("does not exist before January 2016", () => {
    const f = ppaFictive(input(900, 0), monthIndex("2015-12"));
    expect(ppaOfMonth([f, f, f], monthIndex("2015-12")).amount).toBe(0);
  });

  it("loses the 0.5 % CRDS when paid", () => {
    expect(ppaAfterCrds(200, jan2026)).toBeCloseTo(199, 6);
  });

  it("is nil under 18 in the month", () => {
    expect(ppaFictive(input(900, 0, { age: 17 }), jan2026).fictive).toBe(0);
  });
});
