import { describe, expect, it } from "vitest";
import { competitiveVerdict, isCompetitive } from "./competitiveness";
import { checkJob, createJobInput, updateJobInput } from "./job.contract";
import { benefitsReviewTriggers, isOngoing, onJobEnded, onJobStarted } from "./journey-effects";

const SMIC = 11.88;

describe("competitiveness", () => {
  it.each([
    ["CDI at the SMIC exactly", { contract: "cdi", hourlyGrossWage: 11.88 }, null, "competitive", true],
    ["CDD above the SMIC", { contract: "cdd", hourlyGrossWage: 13.5 }, null, "competitive", true],
    ["a cent below the SMIC", { contract: "cdi", hourlyGrossWage: 11.87 }, null, "not_competitive", false],
    ["apprenticeship paid a share of the SMIC", { contract: "apprentissage", hourlyGrossWage: 6.5 }, null, "not_competitive", false],
    ["interim at the SMIC", { contract: "interim", hourlyGrossWage: 11.88 }, null, "competitive", true],
    ["contrat aidé at the SMIC (ordinary employer)", { contract: "contrat_aide", hourlyGrossWage: 11.88 }, null, "competitive", true],
    ["ESAT, whatever the pay", { contract: "esat", hourlyGrossWage: 12 }, null, "not_competitive", false],
    ["entreprise adaptée, whatever the pay", { contract: "entreprise_adaptee", hourlyGrossWage: 14 }, null, "not_competitive", false],
    ["a CDI in a registered entreprise adaptée", { contract: "cdi", hourlyGrossWage: 14 }, "entreprise_adaptee", "not_competitive", false],
    ["an ordinary job with no wage recorded", { contract: "independant", hourlyGrossWage: null }, null, "unknown", false],
    ["ESAT with no wage recorded", { contract: "esat", hourlyGrossWage: null }, null, "not_competitive", false],
  ] as const)("%s", (_label, job, employerSetting, derived, competitive) => {
    const result = isCompetitive(job, { hourlyMinimumWage: SMIC, employerSetting });
    expect(result.derived).toBe(derived);
    expect(result.competitive).toBe(competitive);
    expect(result.overridden).toBe(false);
    expect(result.minimumWage).toBe(SMIC);
  });

  it("floating point does not make 11.88 fall below 11.88", () => {
    expect(isCompetitive({ contract: "cdi", hourlyGrossWage: 0.1 * 118.8 }, { hourlyMinimumWage: SMIC }).derived).toBe("competitive");
  });

  it("gives its reasons", () => {
    expect(isCompetitive({ contract: "esat", hourlyGrossWage: 5 }, { hourlyMinimumWage: SMIC }).reasons).toEqual([
      "not_ordinary_employer",
      "below_minimum_wage",
    ]);
  });

  it.each([
    ["to competitive (usual rate of a collective agreement)", { contract: "cdi", hourlyGrossWage: 11.5 }, true, "not_competitive"],
    ["to not competitive (a job reserved for disabled workers)", { contract: "cdi", hourlyGrossWage: 13 }, false, "competitive"],
  ] as const)("lets the team override %s, with the reason", (_label, job, value, derived) => {
    const result = isCompetitive({ ...job, competitiveOverride: { competitive: value, reason: "décision d'équipe" } }, { hourlyMinimumWage: SMIC });
    expect(result).toMatchObject({ competitive: value, derived, overridden: true, overrideReason: "décision d'équipe" });
  });

  it("is unknown when the minimum wage for the date is not known", () => {
    expect(isCompetitive({ contract: "cdi", hourlyGrossWage: 12 }, { hourlyMinimumWage: null }).derived).toBe("unknown");
  });

  it("gives the outcome figures the same verdict as the explanation, null when unknown", () => {
    const contracts = ["cdi", "cdd", "interim", "independant", "esat", "entreprise_adaptee"] as const;
    const settings = [null, "ordinary", "esat", "entreprise_adaptee"] as const;
    const overrides = [null, { competitive: true, reason: "accord" }, { competitive: false, reason: "réservé" }];
    let judged = 0;
    for (const contract of contracts)
      for (const hourlyGrossWage of [null, 11.87, 11.88, 0.1 * 118.8, 14])
        for (const hourlyMinimumWage of [SMIC, null])
          for (const employerSetting of settings)
            for (const competitiveOverride of overrides) {
              const job = { contract, hourlyGrossWage, competitiveOverride };
              const context = { hourlyMinimumWage, employerSetting };
              const full = isCompetitive(job, context);
              expect(competitiveVerdict(job, context)).toBe(full.overridden || full.derived !== "unknown" ? full.competitive : null);
              judged += 1;
            }
    expect(judged).toBe(6 * 5 * 2 * 4 * 3);
    expect(competitiveVerdict({ contract: "independant", hourlyGrossWage: null }, { hourlyMinimumWage: SMIC })).toBeNull();
    expect(competitiveVerdict({ contract: "esat", hourlyGrossWage: null }, { hourlyMinimumWage: SMIC })).toBe(false);
  });
});

describe("job contract", () => {
  const base = { title: "Plongeur", employerName: "Le Bouchon", startDate: "2026-03-02", contract: "cdd" as const };

  it("needs an employer (registered or named), a title, a start and a contract", () => {
    expect(createJobInput.safeParse(base).success).toBe(true);
    const result = createJobInput.safeParse({ ...base, employerName: "" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["employerName", "required"]]);
  });

  it.each([
    ["an ending with its reason and author", { endDate: "2026-06-30", endReason: "end_of_contract", endedBy: "employer" }, []],
    ["an ending without reason nor author", { endDate: "2026-06-30" }, [["endReason", "required"], ["endedBy", "required"]]],
    ["an end before the start", { endDate: "2026-03-01", endReason: "resigned", endedBy: "person" }, [["endDate", "end_before_start"]]],
    ["a reason without an end", { endDate: null, endReason: "resigned" }, [["endDate", "required"]]],
    ["a planned end before the start", { plannedEndDate: "2026-01-01" }, [["plannedEndDate", "end_before_start"]]],
  ] as const)("checks %s", (_label, over, issues) => {
    const result = createJobInput.safeParse({ ...base, ...over });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual(issues);
  });

  it("refuses more than 60 hours a week and a monthly wage typed as hourly", () => {
    expect(createJobInput.safeParse({ ...base, hoursPerWeek: 70 }).error?.issues.map((i) => i.path.join("."))).toEqual(["hoursPerWeek"]);
    expect(createJobInput.safeParse({ ...base, hourlyGrossWage: 1801.8 }).error?.issues.map((i) => i.path.join("."))).toEqual(["hourlyGrossWage"]);
  });

  it("lets a patch end a job only with reason and author, and re-open it with a null end", () => {
    expect(updateJobInput.safeParse({ version: 2, endDate: "2026-06-30" }).success).toBe(false);
    expect(updateJobInput.safeParse({ version: 2, endDate: "2026-06-30", endReason: "dismissed", endedBy: "employer" }).success).toBe(true);
    expect(updateJobInput.safeParse({ version: 2, endDate: null }).success).toBe(true);
  });

  it("checks a merged record", () => {
    expect(checkJob({ employerName: "X", startDate: "2026-03-02", endDate: "2026-03-01", endReason: "other", endedBy: "mutual" })).toEqual([
      { path: "endDate", message: "end_before_start" },
    ]);
  });
});

describe("journey effects", () => {
  const TODAY = "2026-03-10";
  const job = (id: string, startDate: string, endDate: string | null = null) => ({ id, startDate, endDate });

  it.each([
    ["job_search", "2026-03-10", { kind: "set_status", from: "job_search", to: "working" }],
    ["engaged", "2026-03-01", { kind: "set_status", from: "engaged", to: "working" }],
    ["follow_along", "2026-03-09", { kind: "set_status", from: "follow_along", to: "working" }],
    ["working", "2026-03-09", { kind: "none", reason: "already_working" }],
    ["job_search", "2026-03-11", { kind: "none", reason: "starts_later" }],
    ["closed", "2026-03-01", { kind: "none", reason: "closed" }],
  ] as const)("a start from %s on %s", (status, startDate, effect) => {
    expect(onJobStarted({ status }, { startDate }, TODAY)).toEqual(effect);
  });

  it.each([
    ["the only job ends", "working", [job("a", "2026-01-05", "2026-03-09")], { kind: "propose_status", from: "working", to: "job_search", reason: "job_ended" }],
    ["the job ended today", "follow_along", [job("a", "2026-01-05", TODAY)], { kind: "propose_status", from: "follow_along", to: "job_search", reason: "job_ended" }],
    ["another job goes on (overlapping episodes)", "working", [job("a", "2026-01-05", "2026-03-09"), job("b", "2026-02-01")], { kind: "none", reason: "still_working" }],
    ["another job ended earlier", "working", [job("a", "2026-01-05", "2026-03-09"), job("b", "2025-06-01", "2025-12-31")], { kind: "propose_status", from: "working", to: "job_search", reason: "job_ended" }],
    ["an end recorded ahead", "working", [job("a", "2026-01-05", "2026-03-31")], { kind: "none", reason: "ends_later" }],
    ["a closed record", "closed", [job("a", "2026-01-05", "2026-03-09")], { kind: "none", reason: "closed" }],
    ["a person already searching", "job_search", [job("a", "2026-01-05", "2026-03-09")], { kind: "none", reason: "not_working" }],
  ] as const)("an ending: %s", (_label, status, jobs, effect) => {
    expect(onJobEnded({ status }, jobs[0], jobs, TODAY)).toEqual(effect);
  });

  it("never proposes closing", () => {
    for (const status of ["working", "follow_along", "job_search", "engaged", "referred"] as const) {
      const effect = onJobEnded({ status }, job("a", "2026-01-05", "2026-03-09"), [job("a", "2026-01-05", "2026-03-09")], TODAY);
      expect(effect.kind === "propose_status" ? effect.to : "none").not.toBe("closed");
    }
  });

  it("covers start and end days", () => {
    expect(isOngoing(job("a", "2026-03-10", "2026-03-10"), "2026-03-10")).toBe(true);
    expect(isOngoing(job("a", "2026-03-11"), "2026-03-10")).toBe(false);
  });

  it.each([
    [null, { hoursPerWeek: 20 }, ["job_start"]],
    [{ hoursPerWeek: 20, hourlyGrossWage: 12 }, { hoursPerWeek: 24, hourlyGrossWage: 12 }, ["hours_change"]],
    [{ hoursPerWeek: 20, hourlyGrossWage: 12 }, { hoursPerWeek: 20, hourlyGrossWage: 12.5 }, ["pay_change"]],
    [{ hoursPerWeek: 20, hourlyGrossWage: 12 }, { hoursPerWeek: 20, hourlyGrossWage: 12 }, []],
  ] as const)("benefits review after %j -> %j", (before, after, triggers) => {
    expect(benefitsReviewTriggers(before, after)).toEqual(triggers);
  });
});
