import { describe, expect, it } from "vitest";
import { addMonths } from "../months";
import { type SimulateRequestInput, simulateRequestSchema } from "../simulate.contract";
import { simulateFrance } from "./simulate-france";

const year = (amount: number, from = "2025-10", count = 15): Record<string, number> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [addMonths(from, i), amount]));

const run = (input: Partial<SimulateRequestInput> & { person: SimulateRequestInput["person"] }) =>
  simulateFrance(simulateRequestSchema.parse({ from: "2026-01", to: "2026-12", ...input }));

const codes = (input: Parameters<typeof run>[0]) => run(input).warnings.map((w) => w.code);

describe("RSDAE review risk (50-79 % incapacity, half-time or more)", () => {
  it.each([
    ["60 % with RSDAE, 20 h a week", { incapacityRate: 0.6, rsdae: true }, { hoursPerWeek: year(20) }, "rsdae_review_risk"],
    ["60 % with RSDAE, 17.5 h a week (half-time)", { incapacityRate: 0.6, rsdae: true }, { hoursPerWeek: year(17.5) }, "rsdae_review_risk"],
    ["60 % with RSDAE, no hours but a half-time salary at the SMIC", { incapacityRate: 0.6, rsdae: true }, {}, "rsdae_review_risk_estimated"],
  ])("warns: %s", (_label, person, extra, code) => {
    expect(codes({ person: { age: 40, ...person }, salaryNet: year(1000), ...extra })).toContain(code);
  });

  it.each([
    ["60 % with RSDAE, 10 h a week", { incapacityRate: 0.6, rsdae: true }, { hoursPerWeek: year(10) }, year(500)],
    ["80 %: the RSDAE is not needed", { incapacityRate: 0.8 }, { hoursPerWeek: year(35) }, year(1400)],
    ["60 % with RSDAE, no work", { incapacityRate: 0.6, rsdae: true }, {}, {}],
    ["60 % with RSDAE, a small salary and no hours", { incapacityRate: 0.6, rsdae: true }, {}, year(300)],
  ])("does not warn: %s", (_label, person, extra, salaryNet) => {
    const found = codes({ person: { age: 40, ...person }, salaryNet, ...extra });
    expect(found).not.toContain("rsdae_review_risk");
    expect(found).not.toContain("rsdae_review_risk_estimated");
  });

  it("says it is a decision risk, not a formula", () => {
    const w = run({ person: { age: 40, incapacityRate: 0.6, rsdae: true }, salaryNet: year(1000), hoursPerWeek: year(24) }).warnings.find(
      (x) => x.code === "rsdae_review_risk",
    );
    expect(w?.message).toContain("CDAPH");
    expect(w?.message).toContain("risque de décision");
  });
});

describe("loss of the MVA with any earned income", () => {
  it.each([
    ["80 %, tenant with housing benefit, a job", { incapacityRate: 0.8, housing: "tenant", housingBenefit: year(200) }, year(400), true],
    ["same without a job", { incapacityRate: 0.8, housing: "tenant", housingBenefit: year(200) }, {}, false],
    ["owner: no housing benefit, no MVA", { incapacityRate: 0.8, housing: "owner" }, year(400), false],
    ["tenant without housing benefit", { incapacityRate: 0.8, housing: "tenant" }, year(400), false],
    ["60 % with RSDAE: MVA needs 80 %", { incapacityRate: 0.6, rsdae: true, housing: "tenant", housingBenefit: year(200) }, year(400), false],
  ] as const)("%s: %s", (_label, person, salaryNet, expected) => {
    const warning = run({ person: { age: 40, ...person }, salaryNet }).warnings.find((w) => w.code === "mva_loss");
    expect(warning !== undefined).toBe(expected);
    if (warning) expect(warning.params.amount).toBe(104.77);
  });
});

describe("hospitalisation over 60 days", () => {
  it("is flagged whenever AAH is received, with the share kept", () => {
    const w = run({ person: { age: 40, incapacityRate: 0.8 } }).warnings.find((x) => x.code === "aah_hospitalisation");
    expect(w?.params.share).toBe(0.3);
    const text = w?.message.replace(/\s/g, " ");
    expect(text).toContain("60 jours");
    expect(text).toContain("30 %");
  });
  it("is not flagged without AAH", () => {
    expect(codes({ person: { age: 40, incapacityRate: 0 } })).not.toContain("aah_hospitalisation");
  });
});

describe("AAH eligibility", () => {
  it.each([
    ["below 50 %", { age: 40, incapacityRate: 0.3 }, "aah_not_eligible_rate"],
    ["50-79 % without RSDAE", { age: 40, incapacityRate: 0.6, rsdae: false }, "aah_not_eligible_rsdae"],
    ["19 years old (AAH from 20)", { age: 19, incapacityRate: 0.8 }, "aah_not_eligible_age"],
  ])("%s", (_label, person, code) => {
    const response = run({ person });
    expect(response.warnings.map((w) => w.code)).toContain(code);
  });

  it("turns 20 during the year: AAH starts that month", () => {
    const response = run({ person: { birthDate: "2006-05-15", incapacityRate: 0.8 } });
    expect(response.months.find((m) => m.month === "2026-05")?.aah).toBe(0);
    expect(response.months.find((m) => m.month === "2026-06")?.aah).toBeGreaterThan(1000);
    expect(response.warnings.find((w) => w.code === "aah_not_eligible_age")?.params.months).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
  });
});

describe("prime d'activité under the minimum", () => {
  it("is flagged with its months", () => {
    // 2 030 net a month in 2025: the fictive prime is a few euros, below the 15 EUR paid minimum.
    const response = run({ person: { age: 40 }, salaryNet: year(2030, "2024-10", 9), from: "2025-01", to: "2025-06" });
    const w = response.warnings.find((x) => x.code === "ppa_below_minimum");
    expect(w?.params.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(response.months.every((m) => m.primeActivite === 0)).toBe(true);
  });
});

describe("every answer", () => {
  it("is in French, with the code and parameters to translate it", () => {
    const response = run({ person: { age: 40, incapacityRate: 0.6, rsdae: true }, salaryNet: year(300) });
    for (const message of [...response.warnings, ...response.assumptions, ...response.calendar]) {
      expect(message.message).not.toMatch(/\{\w+\}/);
      expect(message.message.length).toBeGreaterThan(20);
    }
    expect(response.assumptions.map((a) => a.code)).toEqual(
      expect.arrayContaining(["assumption_openfisca", "assumption_single_person", "assumption_total", "assumption_age_from_age", "assumption_cumulation_on"]),
    );
  });

  it("flags projected months after the last dated parameter", () => {
    const response = simulateFrance(simulateRequestSchema.parse({ person: { age: 40 }, from: "2026-01", to: "2027-06" }));
    expect(response.months.find((m) => m.month === "2026-06")?.projected).toBe(false);
    expect(response.months.find((m) => m.month === "2026-07")?.projected).toBe(true);
    expect(response.assumptions.map((a) => a.code)).toContain("assumption_parameters_projected");
  });
});
