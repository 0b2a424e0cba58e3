import { describe, expect, it } from "vitest";
import { indexRecords } from "./index-builder";
import { addQuarterCounts, computeTrends, noQuarterCounts, trendCountsByProgram, trendQuarters, trendsOfCounts } from "./trends";
import { episode, job, records } from "./outcome-test-records";
import { addCalendarMonths, quarterOf, quartersEndingWith } from "./quarters";
import { median } from "./stats";

describe("quarters", () => {
  it.each([
    ["2026-01-01", "2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-06-30", "2026-Q2", "2026-04-01", "2026-06-30"],
    ["2026-08-15", "2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026-12-31", "2026-Q4", "2026-10-01", "2026-12-31"],
  ])("%s is in %s", (date, quarter, from, to) => {
    expect(quarterOf(date)).toEqual({ quarter, from, to });
  });

  it("lists the 8 quarters ending with the one holding the date, oldest first, across years", () => {
    expect(quartersEndingWith("2026-02-10").map((q) => q.quarter)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]);
  });

  it.each([
    ["2025-08-31", 6, "2026-02-28"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2025-07-15", 6, "2026-01-15"],
    ["2025-12-31", 2, "2026-02-28"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 10], 3.5],
  ])("median of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("trends", () => {
  it("computes each quarter with the report's rules", () => {
    const trends = computeTrends(
      records({
        episodes: [episode("ea", "a", "2025-11-15"), episode("eb", "b", "2026-02-01", "2026-05-10")],
        jobs: [job("ja", "a", "2026-01-20", { endDate: "2026-04-15" }), job("jb", "b", "2026-05-01", { hoursPerWeek: 2 })],
      }),
      "2026-05-20",
    );
    expect(trends).toHaveLength(8);
    const byQuarter = Object.fromEntries(trends.map((t) => [t.quarter, t]));
    expect(byQuarter["2025-Q3"]).toMatchObject({ activeCaseload: 0, competitiveEmploymentRate: null, ukEmploymentRate: null, supportedIntoWork: 0, jobStarts: 0 });
    expect(byQuarter["2025-Q4"]).toMatchObject({ activeCaseload: 1, competitiveEmploymentRate: 0, ukEmploymentRate: 0 });
    expect(byQuarter["2026-Q1"]).toMatchObject({ activeCaseload: 2, competitiveEmploymentRate: 0.5, ukEmploymentRate: 0.5, supportedIntoWork: 1, jobStarts: 1 });
    expect(byQuarter["2026-Q2"]).toMatchObject({ from: "2026-04-01", to: "2026-06-30", activeCaseload: 2, competitiveEmploymentRate: 1, ukEmploymentRate: 1, supportedIntoWork: 0, jobStarts: 1 });
  });
});

describe("trend counts per program", () => {
  // Two programs, a person each side, and one moved from "p1" to "p2": counted where they are now, once.
  const all = records({
    people: [
      { id: "a", programId: "p1", specialistId: "s1" },
      { id: "b", programId: "p2", specialistId: "s2" },
      { id: "c", programId: "p2", specialistId: "s2" },
    ],
    episodes: [episode("ea", "a", "2025-11-15"), episode("eb", "b", "2026-02-01", "2026-05-10"), episode("ec", "c", "2025-01-10")],
    jobs: [
      job("ja", "a", "2026-01-20", { endDate: "2026-04-15" }),
      job("jb", "b", "2026-05-01", { hoursPerWeek: 2 }),
      job("jc1", "c", "2024-12-01", { endDate: "2025-03-01" }),
      job("jc2", "c", "2025-06-01", { competitive: false }),
    ],
  });
  const onlyOf = (programId: string) => {
    const people = all.people.filter((p) => p.programId === programId);
    const ids = new Set(people.map((p) => p.id));
    return { ...all, people, episodes: all.episodes.filter((e) => ids.has(e.participantId)), jobs: all.jobs.filter((j) => ids.has(j.participantId)) };
  };

  it("gives each program the counts of its own people, which add up to everyone's trends", () => {
    const byProgram = trendCountsByProgram(indexRecords(all), "2026-05-20");
    expect([...byProgram.keys()].sort()).toEqual(["p1", "p2"]);
    for (const programId of ["p1", "p2"]) {
      expect(trendsOfCounts("2026-05-20", byProgram.get(programId)!)).toEqual(computeTrends(onlyOf(programId), "2026-05-20"));
    }
    const sum = trendQuarters("2026-05-20").map(noQuarterCounts);
    for (const counts of byProgram.values()) addQuarterCounts(sum, counts);
    expect(trendsOfCounts("2026-05-20", sum)).toEqual(computeTrends(all, "2026-05-20"));
    expect(sum.map((q) => q.jobStarts)).toEqual([0, 1, 0, 1, 0, 0, 1, 1]);
  });

  it("leaves out a program without anyone, and an empty index gives quarters of zeros", () => {
    expect(trendCountsByProgram(indexRecords(onlyOf("p1")), "2026-05-20").has("p2")).toBe(false);
    expect(trendsOfCounts("2026-05-20", trendQuarters("2026-05-20").map(noQuarterCounts)).every((t) => t.activeCaseload === 0 && t.competitiveEmploymentRate === null)).toBe(true);
  });
});
