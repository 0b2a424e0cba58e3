import { describe, expect, it } from "vitest";
import type { SstPoint } from "./sst-phases";
import type { SstObserver } from "./sst-plan.contract";
import { sstReadiness } from "./sst-readiness";

const m = (measuredOn: string, observer: SstObserver = "specialist"): SstPoint => ({ measuredOn, value: 1, observer });

/** [baseline occasions, progress days, observers], each as [met, value]. */
const read = (points: SstPoint[], start: string | null) => sstReadiness(points, start).map((r) => [r.check, r.met, r.value, r.required]);

describe("sstReadiness", () => {
  it.each([
    ["nothing measured", [], null, [[false, 0], [false, 0], [false, 0]]],
    ["two baseline measures", [m("2026-09-01"), m("2026-09-03")], null, [[false, 2], [false, 0], [false, 0]]],
    ["three measures on two days are two occasions", [m("2026-09-01"), m("2026-09-01", "self"), m("2026-09-03")], null, [[false, 2], [false, 0], [false, 0]]],
    ["three occasions, not started", [m("2026-09-01"), m("2026-09-02"), m("2026-09-03")], null, [[true, 3], [false, 0], [false, 0]]],
    ["a measure on the start day is progress, not baseline", [m("2026-09-01"), m("2026-09-02"), m("2026-09-07")], "2026-09-07", [[false, 2], [false, 0], [false, 1]]],
    [
      "13 days of progress by one observer",
      [m("2026-09-01"), m("2026-09-02"), m("2026-09-03"), m("2026-09-08"), m("2026-09-20")],
      "2026-09-07",
      [[true, 3], [false, 13], [false, 1]],
    ],
    [
      "two weeks by two observers: ready",
      [m("2026-09-01"), m("2026-09-02"), m("2026-09-03"), m("2026-09-08", "employer"), m("2026-09-21")],
      "2026-09-07",
      [[true, 3], [true, 14], [true, 2]],
    ],
    ["baseline observers do not count as progress observers", [m("2026-09-01", "self"), m("2026-09-02", "family"), m("2026-09-10")], "2026-09-07", [[false, 2], [false, 3], [false, 1]]],
    ["started, nothing measured since", [m("2026-09-01"), m("2026-09-02"), m("2026-09-03")], "2026-09-07", [[true, 3], [false, 0], [false, 0]]],
  ] as const)("%s", (_label, points, start, expected) => {
    const checks = ["baseline_occasions", "progress_span", "observers"];
    const required = [3, 14, 2];
    expect(read([...points], start)).toEqual(expected.map(([met, value], i) => [checks[i], met, value, required[i]]));
  });
});
