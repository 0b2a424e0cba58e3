import { describe, expect, it } from "vitest";
import { employeeContributionRate, grossToNet, hoursPerMonth } from "./france/gross-to-net";
import { localizeComparison } from "./localize";
import { monthIndex } from "./months";
import { compareScenarios, netFromGross, scenarioSeries, smicHourlyGross, withScenario } from "./scenarios";
import { compareScenariosRequestSchema, jobScenarioSchema, type SimulateRequestInput, simulateRequestSchema } from "./simulate.contract";

describe("gross to net (non-executive employee contribution rate)", () => {
  // Gross and net monthly salaries computed by OpenFisca-France in the 2024 leximpact reference cases
  // (test-fixtures/benefits/openfisca-cases.json, lex-aah-01 and lex-ppa-01..06).
  it.each([
    [883.5, 699.38],
    [1413.5, 1118.92],
    [1766.92, 1398.68],
    [1933, 1530.16],
    [1934.75, 1531.55],
    [2208.67, 1748.39],
  ])("%d gross gives %d net, as OpenFisca", (gross, net) => {
    expect(Math.abs(grossToNet(gross, monthIndex("2024-01")) - net)).toBeLessThan(0.02);
  });

  it("uses the dated rate (20.84 % since 2019), and the first one before it", () => {
    expect(employeeContributionRate(monthIndex("2026-01"))).toBeCloseTo(0.2084, 4);
    expect(employeeContributionRate(monthIndex("2017-01"))).toBe(employeeContributionRate(monthIndex("2019-01")));
    expect(netFromGross(1000, "2026-05")).toBeCloseTo(791.6, 1);
  });

  it.each([
    [35, 151.67],
    [24, 104],
    [20, 86.67],
    [10, 43.33],
  ])("%d h a week is %d h a month", (weekly, monthly) => {
    expect(hoursPerMonth(weekly)).toBeCloseTo(monthly, 2);
  });
});

describe("scenario salary series", () => {
  it("converts an hourly gross wage to a monthly net salary from the start month", () => {
    const scenario = jobScenarioSchema.parse({ startMonth: "2026-03", hoursPerWeek: 35, hourlyGross: smicHourlyGross("2026-03") });
    const series = scenarioSeries(scenario, "2026-06");
    expect(Object.keys(series.salaryNet)).toEqual(["2026-03", "2026-04", "2026-05", "2026-06"]);
    expect(series.monthlyGross).toBeCloseTo(12.02 * 151.67, 0);
    expect(series.salaryNet["2026-03"]).toBeCloseTo(12.02 * 151.67 * (1 - 0.2084025), 1);
    expect(series.assumptions.map((a) => a.code)).toEqual(["assumption_gross_to_net", "assumption_hours"]);
    expect(series.hoursPerWeek["2026-04"]).toBe(35);
  });

  it("takes a monthly net salary as it is, and stops at the end month", () => {
    const series = scenarioSeries(jobScenarioSchema.parse({ startMonth: "2026-03", endMonth: "2026-04", hoursPerWeek: 20, monthlyNet: 850 }), "2026-12");
    expect(series.salaryNet).toEqual({ "2026-03": 850, "2026-04": 850 });
    expect(series.monthlyGross).toBeNull();
  });

  it("warns below the minimum wage and says when an earlier rate is borrowed", () => {
    const series = scenarioSeries(jobScenarioSchema.parse({ startMonth: "2018-11", hoursPerWeek: 20, hourlyGross: 9 }), "2019-02");
    expect(series.warnings.map((w) => w.code)).toEqual(["scenario_wage_below_smic"]);
    expect(series.assumptions.map((a) => a.code)).toContain("assumption_gross_to_net_early");
  });

  it("replaces the salaries entered from the start month and keeps the history", () => {
    const situation = simulateRequestSchema.parse({
      person: { age: 30, incapacityRate: 0.8 },
      salaryNet: { "2025-06": 500, "2026-02": 400, "2026-05": 400 },
      from: "2026-01",
      to: "2026-06",
    });
    const { request } = withScenario(situation, jobScenarioSchema.parse({ startMonth: "2026-04", hoursPerWeek: 20, monthlyNet: 900 }));
    expect(request.salaryNet).toEqual({ "2025-06": 500, "2026-02": 400, "2026-04": 900, "2026-05": 900, "2026-06": 900 });
  });
});

describe("scenarios side by side", () => {
  const situation: SimulateRequestInput = {
    person: { age: 35, incapacityRate: 0.8, housing: "tenant", housingBenefit: { "2026-01": 280 } },
    from: "2026-01",
    to: "2026-12",
  };
  const request = compareScenariosRequestSchema.parse({
    situation,
    scenarios: [10, 20, 24, 35].map((hours) => ({ label: `${hours} h`, startMonth: "2026-01", hoursPerWeek: hours, hourlyGross: 12.31 })),
  });
  const response = compareScenarios(request);

  it("keeps the situation without the job as the baseline", () => {
    expect(response.baseline.months.every((m) => m.salaryNet === 0)).toBe(true);
    expect(response.scenarios).toHaveLength(4);
  });

  it("gains with every scenario, more with more hours", () => {
    const gains = response.scenarios.map((s) => s.totalGain);
    gains.forEach((gain) => expect(gain).toBeGreaterThan(0));
    expect([...gains].sort((a, b) => a - b)).toEqual(gains);
  });

  it("gives the gain per hour worked and per extra hour", () => {
    for (const s of response.scenarios) {
      expect(s.hoursWorked).toBeCloseTo(hoursPerMonth(s.scenario.hoursPerWeek) * 12, 1);
      expect(s.gainPerHour).toBeCloseTo(s.totalGain / s.hoursWorked, 1);
      expect(s.gainPerHour ?? 0).toBeGreaterThan(0);
    }
    expect(response.scenarios[0].marginalGainPerHour).toBe(response.scenarios[0].gainPerHour);
    const [, s20, s24] = response.scenarios;
    expect(s24.marginalGainPerHour).toBeCloseTo((s24.totalGain - s20.totalGain) / (s24.hoursWorked - s20.hoursWorked), 1);
  });

  it("keeps the assumptions every scenario shares with the baseline once, in the baseline", () => {
    const shared = new Set(response.baseline.assumptions.map((a) => a.code));
    expect(shared.size).toBeGreaterThan(5);
    for (const s of response.scenarios) {
      expect(s.result.assumptions.filter((a) => shared.has(a.code))).toEqual([]);
      expect(s.assumptions.map((a) => a.code)).toContain("assumption_gross_to_net");
    }
  });

  it("writes its sentences in the reader's language, the same as a French answer translated afterwards", () => {
    const english = compareScenarios(request, "en");
    expect(english).toEqual(localizeComparison(response, "en"));
    expect(english.baseline.assumptions[0].message).not.toBe(response.baseline.assumptions[0].message);
    expect(english.scenarios[0].result.months).toEqual(response.scenarios[0].result.months);
  });

  it("refuses a scenario outside the simulated period", () => {
    const result = compareScenariosRequestSchema.safeParse({ situation, scenarios: [{ startMonth: "2028-01", hoursPerWeek: 10, monthlyNet: 300 }] });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["scenarios.0.startMonth", "scenario_outside_period"]]);
  });
});
