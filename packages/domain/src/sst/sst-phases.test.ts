import { describe, expect, it } from "vitest";
import { type SstPoint, sstPhaseOf, sstPhases, sstStats } from "./sst-phases";
import type { SstAdjustment, SstObserver } from "./sst-plan.contract";

const m = (measuredOn: string, value: number, observer: SstObserver = "specialist"): SstPoint => ({ measuredOn, value, observer });
const adj = (on: string, n: number): SstAdjustment => ({ id: `0190a000-0000-7000-8000-00000000000${n}`, on, variable: "frequency", change: "Deux séances par semaine" });

describe("sstStats", () => {
  it.each([
    ["no measure", [], { count: 0, mean: null, median: null, trendPerWeek: null }],
    ["one measure: no trend", [m("2026-10-01", 4)], { count: 1, mean: 4, median: 4, trendPerWeek: null }],
    ["two measures on one day: no trend", [m("2026-10-01", 2), m("2026-10-01", 4, "self")], { count: 2, mean: 3, median: 3, trendPerWeek: null }],
    ["one more a day: +7 a week", [m("2026-10-01", 1), m("2026-10-02", 2), m("2026-10-03", 3)], { count: 3, mean: 2, median: 2, trendPerWeek: 7 }],
    ["one less a week", [m("2026-10-01", 5), m("2026-10-08", 4), m("2026-10-15", 3), m("2026-10-22", 2)], { count: 4, mean: 3.5, median: 3.5, trendPerWeek: -1 }],
    ["flat with noise", [m("2026-10-01", 2), m("2026-10-08", 4), m("2026-10-15", 2), m("2026-10-22", 4)], { count: 4, mean: 3, median: 3, trendPerWeek: 0.4 }],
    ["median of an odd count, unsorted", [m("2026-10-03", 9), m("2026-10-01", 1), m("2026-10-02", 2)], { count: 3, mean: 4, median: 2, trendPerWeek: 28 }],
    ["a third rounds to two decimals", [m("2026-10-01", 1), m("2026-10-02", 1), m("2026-10-03", 2)], { count: 3, mean: 1.33, median: 1, trendPerWeek: 3.5 }],
  ] as const)("%s", (_label, points, expected) => expect(sstStats(points)).toEqual(expected));

  it("reads dates across a clock change (27 October 2026) as whole days", () => {
    expect(sstStats([m("2026-10-24", 0), m("2026-10-31", 7)]).trendPerWeek).toBe(7);
  });
});

describe("sstPhases", () => {
  const series = [
    m("2026-09-01", 1), m("2026-09-03", 2), m("2026-09-05", 1, "self"),
    m("2026-09-07", 3), m("2026-09-10", 4, "employer"), m("2026-09-14", 4),
    m("2026-09-21", 6), m("2026-09-24", 7, "employer"),
  ];

  it.each([
    ["no intervention yet: everything is baseline", null, [], [["baseline", "A", null, null, 8]]],
    ["an intervention: A then B, the start day belongs to B", "2026-09-07", [], [["baseline", "A", null, "2026-09-07", 3], ["intervention", "B", "2026-09-07", null, 5]]],
    [
      "one adjustment: A, B, B'",
      "2026-09-07",
      [adj("2026-09-21", 1)],
      [["baseline", "A", null, "2026-09-07", 3], ["intervention", "B", "2026-09-07", "2026-09-21", 3], ["adjustment", "B'", "2026-09-21", null, 2]],
    ],
    [
      "two adjustments given out of order are numbered by date",
      "2026-09-07",
      [adj("2026-09-22", 2), adj("2026-09-12", 1)],
      [
        ["baseline", "A", null, "2026-09-07", 3],
        ["intervention", "B", "2026-09-07", "2026-09-12", 2],
        ["adjustment", "B'", "2026-09-12", "2026-09-22", 2],
        ["adjustment", "B''", "2026-09-22", null, 1],
      ],
    ],
    ["an intervention before every measure: an empty baseline", "2026-08-01", [], [["baseline", "A", null, "2026-08-01", 0], ["intervention", "B", "2026-08-01", null, 8]]],
    ["an intervention after every measure: an empty B", "2026-10-01", [], [["baseline", "A", null, "2026-10-01", 8], ["intervention", "B", "2026-10-01", null, 0]]],
  ] as const)("%s", (_label, start, adjustments, expected) => {
    const phases = sstPhases(series, start, adjustments);
    expect(phases.map((p) => [p.kind, p.letter, p.startsOn, p.endsBefore, p.overall.count])).toEqual(expected);
  });

  it("numbers adjustments and keeps their variable and id", () => {
    const phases = sstPhases(series, "2026-09-07", [adj("2026-09-22", 2), adj("2026-09-12", 1)]);
    expect(phases.map((p) => [p.number, p.adjustmentId, p.variable])).toEqual([
      [0, null, null],
      [0, null, null],
      [1, adj("", 1).id, "frequency"],
      [2, adj("", 2).id, "frequency"],
    ]);
  });

  it("gives each phase's figures per observer, in the observers' order, leaving out those without measures", () => {
    const [baseline, intervention] = sstPhases(series, "2026-09-07", []);
    expect(baseline.byObserver).toEqual([
      { observer: "self", count: 1, mean: 1, median: 1, trendPerWeek: null },
      { observer: "specialist", count: 2, mean: 1.5, median: 1.5, trendPerWeek: 3.5 },
    ]);
    expect(intervention.byObserver.map((s) => [s.observer, s.count, s.mean])).toEqual([
      ["specialist", 3, 4.33],
      ["employer", 2, 5.5],
    ]);
    expect(intervention.overall).toMatchObject({ count: 5, mean: 4.8, median: 4 });
  });
});

describe("sstPhaseOf", () => {
  const phases = sstPhases([], "2026-09-07", [adj("2026-09-21", 1)]);
  it.each([
    ["2026-09-01", "A"],
    ["2026-09-06", "A"],
    ["2026-09-07", "B"],
    ["2026-09-20", "B"],
    ["2026-09-21", "B'"],
    ["2026-12-01", "B'"],
  ])("%s falls in %s", (date, letter) => expect(sstPhaseOf(phases, date)?.letter).toBe(letter));
});
