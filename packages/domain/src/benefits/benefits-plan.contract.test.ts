import { describe, expect, it } from "vitest";
import { benefitsComparisonInputSchema, benefitsPlanSituationSchema, saveBenefitsPlanInput } from "./benefits-plan.contract";
import { localizeComparison, localizeSimulation } from "./localize";
import { compareScenarios } from "./scenarios";
import { simulateFrance } from "./france/simulate-france";
import { simulateRequestSchema } from "./simulate.contract";

const situation = {
  person: { age: 35, incapacityRate: 0.8, housing: "tenant", housingBenefit: { "2026-01": 250 } },
  from: "2026-01",
  to: "2026-12",
};
const scenario = (hoursPerWeek: number, startMonth = "2026-03") => ({ label: `${hoursPerWeek} h`, startMonth, hoursPerWeek, hourlyGross: 12.02 });

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("benefits plan contract", () => {
  it("accepts a plan to save and applies the defaults", () => {
    const plan = saveBenefitsPlanInput.parse({ planDate: "2026-02-10", situation, scenarios: [scenario(10), scenario(24)] });
    expect(plan.decision).toBe("");
    expect(plan.situation.returnToWorkCumulation).toBe(true);
    expect(plan.situation.otherIncome).toEqual({ pension: {}, unemployment: {} });
  });

  it("refuses a job that starts outside the period, too many scenarios, and a bad plan date, with field paths", () => {
    expect(pathsOf(saveBenefitsPlanInput.safeParse({ planDate: "2026-02-30", situation, scenarios: [scenario(10, "2027-02")] }))).toEqual([
      "planDate:invalid_date",
      "scenarios.0.startMonth:scenario_outside_period",
    ]);
    const seven = Array.from({ length: 7 }, (_, i) => scenario(5 + i));
    expect(pathsOf(benefitsComparisonInputSchema.safeParse({ situation, scenarios: seven }))).toEqual(["scenarios:too_big"]);
    expect(pathsOf(benefitsComparisonInputSchema.safeParse({ situation, scenarios: [] }))).toEqual(["scenarios:too_small"]);
  });

  it("takes an optional job and the topics covered, known codes only", () => {
    const jobId = "00000000-0000-7000-8000-000000000001";
    const plan = saveBenefitsPlanInput.parse({ planDate: "2026-02-10", situation, scenarios: [scenario(10)], jobId, topics: ["aah", "prime_activite"] });
    expect(plan).toMatchObject({ jobId, topics: ["aah", "prime_activite"] });
    expect(saveBenefitsPlanInput.parse({ planDate: "2026-02-10", situation, scenarios: [scenario(10)] }).topics).toEqual([]);
    expect(pathsOf(saveBenefitsPlanInput.safeParse({ planDate: "2026-02-10", situation, scenarios: [scenario(10)], topics: ["lottery"] }))).toEqual([
      expect.stringMatching(/^topics\.0:/),
    ]);
  });

  it("reads a saved situation back without checking the coverage again", () => {
    const saved = simulateRequestSchema.parse(situation);
    expect(benefitsPlanSituationSchema.parse({ ...saved, to: "2099-12" }).to).toBe("2099-12");
  });
});

describe("localized answers", () => {
  it("renders every warning, assumption and calendar entry again in English, French untouched", () => {
    const fr = simulateFrance(simulateRequestSchema.parse({ ...situation, salaryNet: { "2026-03": 900, "2026-04": 900 } }));
    expect(localizeSimulation(fr, "fr")).toBe(fr);
    const en = localizeSimulation(fr, "en");
    expect(en.warnings.length).toBeGreaterThan(0);
    expect(en.warnings.map((w) => w.code)).toEqual(fr.warnings.map((w) => w.code));
    for (const [i, w] of en.warnings.entries()) expect(w.message).not.toBe(fr.warnings[i].message);
    expect(en.assumptions[0].message).toMatch(/^AAH and the prime d'activité/);
    expect(en.calendar.length).toBe(fr.calendar.length);
  });

  it("localizes a comparison scenario by scenario", () => {
    const input = benefitsComparisonInputSchema.parse({ situation, scenarios: [scenario(20)] });
    const en = localizeComparison(compareScenarios(input), "en");
    expect(en.scenarios[0].assumptions.map((a) => a.message).join(" ")).toMatch(/Hours a month/);
    expect(en.baseline.assumptions[0].message).toMatch(/^AAH/);
  });
});
