import { describe, expect, it } from "vitest";
import { z } from "zod";
import { simulateFrance } from "./france/simulate-france";
import { franceCoverage } from "./parameters";
import {
  compareScenariosRequestSchema,
  compareScenariosResponseSchema,
  jobScenarioSchema,
  type SimulateRequestInput,
  simulateRequestSchema,
  simulateResponseSchema,
} from "./simulate.contract";
import { compareScenarios } from "./scenarios";

const valid: SimulateRequestInput = {
  person: { age: 35, incapacityRate: 0.8, housing: "tenant", housingBenefit: { "2026-01": 250 } },
  salaryNet: { "2026-03": 900 },
  from: "2026-01",
  to: "2026-12",
};

const issuesOf = (input: unknown) => {
  const result = simulateRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("simulate request contract", () => {
  it("accepts the documented request and applies the defaults", () => {
    const parsed = simulateRequestSchema.parse(valid);
    expect(parsed.person.rsdae).toBe(false);
    expect(parsed.otherIncome).toEqual({ pension: {}, unemployment: {} });
    expect(parsed.returnToWorkCumulation).toBe(true);
  });

  it("accepts a quick answer without disability data (prime d'activité only)", () => {
    expect(issuesOf({ person: { birthDate: "1990-02-28" }, from: "2026-01", to: "2026-03" })).toEqual([]);
  });

  it.each([
    ["a month that is not a month", { ...valid, salaryNet: { "2026-13": 100 } }, "salaryNet.2026-13", "invalid_month"],
    ["a month key with a day", { ...valid, otherIncome: { pension: { "2026-01-01": 100 } } }, "otherIncome.pension.2026-01-01", "invalid_month"],
    ["a negative salary", { ...valid, salaryNet: { "2026-02": -1 } }, "salaryNet.2026-02", "negative_amount"],
    ["a negative housing benefit", { ...valid, person: { ...valid.person, housingBenefit: { "2026-02": -5 } } }, "person.housingBenefit.2026-02", "negative_amount"],
    ["an incapacity rate over 1", { ...valid, person: { ...valid.person, incapacityRate: 80 } }, "person.incapacityRate", "rate_out_of_range"],
    ["a negative incapacity rate", { ...valid, person: { ...valid.person, incapacityRate: -0.1 } }, "person.incapacityRate", "rate_out_of_range"],
    ["neither birth date nor age", { ...valid, person: { incapacityRate: 0.8 } }, "person.birthDate", "birth_date_or_age"],
    ["both birth date and age", { ...valid, person: { ...valid.person, birthDate: "1990-01-01" } }, "person.birthDate", "birth_date_or_age"],
    ["an impossible birth date", { ...valid, person: { birthDate: "1990-02-30" } }, "person.birthDate", "invalid_date"],
    ["an unknown housing status", { ...valid, person: { ...valid.person, housing: "hotel" } }, "person.housing", undefined],
    ["a bad from month", { ...valid, from: "2026-1" }, "from", "invalid_month"],
    ["from after to", { ...valid, from: "2026-06", to: "2026-05" }, "to", "month_range_reversed"],
    ["a range over 36 months", { ...valid, from: "2020-01", to: "2023-01" }, "to", "month_range_too_long"],
    ["a month before 2016", { ...valid, from: "2015-12", to: "2016-03" }, "from", "month_before_coverage"],
    ["a month past the parameters", { ...valid, from: "2026-01", to: "2099-12" }, "to", "month_after_coverage"],
  ])("refuses %s with the field path", (_label, input, path, message) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toContain(path);
    if (message) expect(issues.find((i) => i.path === path)?.message).toBe(message);
  });

  it("bounds every series", () => {
    const many = Object.fromEntries(Array.from({ length: 241 }, (_, i) => [`${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, 1]));
    expect(issuesOf({ ...valid, salaryNet: many })).toEqual([{ path: "salaryNet", message: "too_many_months" }]);
  });

  it("allows a simulation up to the projection horizon, not beyond", () => {
    expect(issuesOf({ ...valid, from: franceCoverage.lastDatedMonth, to: franceCoverage.lastMonth }).map((i) => i.message)).not.toContain("month_after_coverage");
    expect(franceCoverage.lastMonth > franceCoverage.lastDatedMonth).toBe(true);
  });

  it("documents itself as JSON Schema (OpenAPI), request and response", () => {
    expect(() => z.toJSONSchema(simulateRequestSchema, { io: "input" })).not.toThrow();
    expect(() => z.toJSONSchema(simulateResponseSchema)).not.toThrow();
    expect(() => z.toJSONSchema(compareScenariosRequestSchema, { io: "input" })).not.toThrow();
    expect(() => z.toJSONSchema(compareScenariosResponseSchema)).not.toThrow();
  });

  it("answers with a response that satisfies the response contract", () => {
    const response = simulateFrance(simulateRequestSchema.parse(valid));
    expect(simulateResponseSchema.safeParse(response).success).toBe(true);
    expect(response.months.map((m) => m.month)).toEqual([
      "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12",
    ]);
    const scenarios = compareScenarios(
      compareScenariosRequestSchema.parse({ situation: valid, scenarios: [{ startMonth: "2026-03", hoursPerWeek: 20, hourlyGross: 12.5 }] }),
    );
    expect(compareScenariosResponseSchema.safeParse(scenarios).success).toBe(true);
  });
});

describe("job scenario contract", () => {
  it.each([
    [{ startMonth: "2026-03", hoursPerWeek: 20, hourlyGross: 12.5 }, true],
    [{ startMonth: "2026-03", hoursPerWeek: 20, monthlyNet: 900 }, true],
    [{ startMonth: "2026-03", hoursPerWeek: 20 }, false],
    [{ startMonth: "2026-03", hoursPerWeek: 20, hourlyGross: 12.5, monthlyNet: 900 }, false],
    [{ startMonth: "2026-03", hoursPerWeek: 0, monthlyNet: 900 }, false],
    [{ startMonth: "2026-03", hoursPerWeek: 60, monthlyNet: 900 }, false],
    [{ startMonth: "2026-03", endMonth: "2026-02", hoursPerWeek: 20, monthlyNet: 900 }, false],
  ])("%j valid: %s", (scenario, ok) => {
    expect(jobScenarioSchema.safeParse(scenario).success).toBe(ok);
  });

  it("says which wage field is missing", () => {
    const result = jobScenarioSchema.safeParse({ startMonth: "2026-03", hoursPerWeek: 20 });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["hourlyGross", "hourly_or_monthly_wage"]]);
  });
});
