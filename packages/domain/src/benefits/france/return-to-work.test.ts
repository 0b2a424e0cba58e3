import { describe, expect, it } from "vitest";
import { addMonths, monthIndex } from "../months";
import { parameterAt } from "../parameters";
import { type SimulateRequestInput, simulateRequestSchema } from "../simulate.contract";
import { returnToWorkCumulation } from "./return-to-work";
import { simulateFrance } from "./simulate-france";
import { type FranceSituation, seriesFromRecord } from "./situation";

/** A person entitled to AAH (80 %, 40 years old), salaries given as `{ offset from 2026-01: amount }`. */
const situation = (salaries: Record<number, number>, incapacityRate = 0.8): FranceSituation => ({
  birth: { year: 1986, month: 1, day: 1 },
  incapacityRate,
  rsdae: false,
  housing: "tenant",
  housingBenefit: new Map(),
  salaryNet: seriesFromRecord(Object.fromEntries(Object.entries(salaries).map(([offset, amount]) => [addMonths("2026-01", Number(offset)), amount]))),
  pension: new Map(),
  unemployment: new Map(),
  hoursPerWeek: null,
  returnToWorkCumulation: true,
});

const neutralisedOffsets = (s: FranceSituation, until = 24): number[] => {
  const base = monthIndex("2026-01");
  const cumulation = returnToWorkCumulation(s, base + until, () => s.incapacityRate >= 0.5);
  return [...cumulation.neutralised].map((m) => m - base).sort((a, b) => a - b);
};

const months = (from: number, to: number): Record<number, number> => Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, 1000]));

describe("six-month full cumulation on return to work (which salaries are not counted)", () => {
  it.each([
    ["a job starting after a month without salary: six months from the start month", months(0, 11), [0, 1, 2, 3, 4, 5]],
    ["already working the month before (history entered): nothing", months(-3, 11), [-3, -2, -1, 0, 1, 2]],
    ["a short job: only the months actually paid within the window", months(0, 2), [0, 1, 2]],
    ["a pause: the resumption opens a new period, capped at six months in twelve", { ...months(0, 2), ...months(4, 11) }, [0, 1, 2, 4, 5, 6]],
    ["a second start within twelve months: the cap of six per twelve months", { ...months(0, 2), ...months(5, 11) }, [0, 1, 2, 5, 6, 7]],
    ["a second start after the twelve months: a new full window", { ...months(0, 5), ...months(13, 20) }, [0, 1, 2, 3, 4, 5, 13, 14, 15, 16, 17, 18]],
    ["a new start right after a full period only gets what the twelve months leave", { ...months(0, 5), ...months(7, 20) }, [0, 1, 2, 3, 4, 5, 12]],
  ])("%s", (_label, salaries, expected) => {
    expect(neutralisedOffsets(situation(salaries))).toEqual(expected);
  });

  it("does not apply to someone not entitled to AAH when the work starts", () => {
    expect(neutralisedOffsets(situation(months(0, 11), 0.3))).toEqual([]);
  });

  it("reads its length and window from the dated parameters", () => {
    expect(parameterAt("aah_cumul_integral_reprise_activite_mois", monthIndex("2026-01"))).toBe(6);
    expect(parameterAt("aah_cumul_integral_fenetre_mois", monthIndex("2026-01"))).toBe(12);
  });
});

describe("six-month full cumulation in the simulation (AAH month by month, with and without the switch)", () => {
  const request = (returnToWorkCumulation: boolean): SimulateRequestInput => ({
    person: { age: 40, incapacityRate: 0.8 },
    salaryNet: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [addMonths("2026-01", i), 1000])),
    from: "2026-01",
    to: "2026-12",
    returnToWorkCumulation,
  });
  const withRule = simulateFrance(simulateRequestSchema.parse(request(true)));
  const without = simulateFrance(simulateRequestSchema.parse(request(false)));
  const maximum = (month: string) => parameterAt("aah_montant", monthIndex(month));

  it("keeps the full AAH until the neutralised salaries leave the reference quarter (start + 6)", () => {
    for (const m of withRule.months.slice(0, 7)) expect(m.aah, m.month).toBe(maximum(m.month));
    expect(withRule.months[7].aah).toBeLessThan(maximum("2026-08"));
  });

  it("marks the six neutralised months", () => {
    expect(withRule.months.filter((m) => m.aahCumulation).map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    expect(without.months.some((m) => m.aahCumulation)).toBe(false);
  });

  it("without it, AAH falls from the second month, as in OpenFisca", () => {
    expect(without.months[0].aah).toBe(maximum("2026-01"));
    expect(without.months[1].aah).toBeLessThan(maximum("2026-02"));
  });

  it("joins the switched-off result once the quarter holds only counted salaries (start + 9)", () => {
    for (let i = 9; i < 12; i++) expect(withRule.months[i].aah).toBe(without.months[i].aah);
    for (let i = 1; i < 9; i++) expect(withRule.months[i].aah).toBeGreaterThan(without.months[i].aah);
  });

  it("states the rule, its source and when AAH falls", () => {
    const warning = withRule.warnings.find((w) => w.code === "aah_cumulation");
    expect(warning?.params).toMatchObject({ start: "2026-01", end: "2026-06", drop: "2026-08" });
    expect(String(warning?.params.source)).toContain("D821-9");
    expect(withRule.assumptions.map((a) => a.code)).toContain("assumption_cumulation_on");
    expect(without.assumptions.map((a) => a.code)).toContain("assumption_cumulation_off");
    expect(withRule.calendar.find((c) => c.code === "calendar_cumulation_ends")?.month).toBe("2026-07");
  });

  it("gives more over the year, though the prime d'activité is lower while the higher AAH is in its reference months", () => {
    const sum = (r: typeof withRule) => r.months.reduce((s, m) => s + m.total, 0);
    expect(sum(withRule)).toBeGreaterThan(sum(without));
    // AAH counts in the prime d'activité resources: three months after the AAH gap closes, the prime is lower.
    expect(withRule.months[9].primeActivite).toBeLessThan(without.months[9].primeActivite);
  });
});

describe("the cumulation warning", () => {
  const run = (salaries: Record<string, number>, to: string) =>
    simulateFrance(simulateRequestSchema.parse({ person: { age: 40, incapacityRate: 0.8 }, salaryNet: salaries, from: "2026-01", to })).warnings.find((w) =>
      w.code.startsWith("aah_cumulation"),
    );
  const job = (from: string, count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [addMonths(from, i), 900]));

  it.each([
    ["a job that goes on: AAH falls two months after the window", job("2026-01", 12), "2026-12", "aah_cumulation", "2026-08"],
    ["the period ends with the window: the fall is announced after it", job("2026-07", 6), "2026-12", "aah_cumulation_beyond", "2027-02"],
    ["a job that stops within the window: no fall", job("2026-03", 3), "2026-12", "aah_cumulation_whole_job", undefined],
  ])("%s", (_label, salaries, to, code, drop) => {
    const warning = run(salaries, to);
    expect(warning?.code).toBe(code);
    expect(warning?.params.drop).toBe(drop);
  });
});
