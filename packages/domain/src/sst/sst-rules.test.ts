import { describe, expect, it } from "vitest";
import { type SstAdjustment, type SstContentInput, sstContentSchema, type SstStatus } from "./sst-plan.contract";
import { sstMeasureIssues, sstPlanIssues } from "./sst-rules";

const today = "2026-10-15";
const adj = (on: string, n = 1): SstAdjustment => ({ id: `0190a000-0000-7000-8000-00000000000${n}`, on, variable: "narrative", change: "Nouveau scénario" });
const plan = (status: SstStatus, content: SstContentInput) => ({ status, content: sstContentSchema.parse(content) });

describe("sstPlanIssues", () => {
  it.each([
    ["a new plan at its baseline", plan("baseline", {}), []],
    ["an intervention under way", plan("intervention", { interventionStartedOn: "2026-10-01", techniques: ["role_play"] }), []],
    [
      "two adjustments on different days after the start",
      plan("intervention", { interventionStartedOn: "2026-09-01", techniques: ["modelling", "feedback"], adjustments: [adj("2026-09-15", 1), adj("2026-10-01", 2)] }),
      [],
    ],
    ["the intervention status without a start date", plan("intervention", { techniques: ["role_play"] }), [{ path: "content.interventionStartedOn", message: "sst_status_needs_start" }]],
    ["completed without a start date", plan("completed", { techniques: ["role_play"] }), [{ path: "content.interventionStartedOn", message: "sst_status_needs_start" }]],
    ["a start date while still at the baseline", plan("baseline", { interventionStartedOn: "2026-10-01" }), [{ path: "status", message: "sst_status_baseline_after_start" }]],
    ["an intervention without a technique", plan("intervention", { interventionStartedOn: "2026-10-01" }), [{ path: "content.techniques", message: "sst_techniques_required" }]],
    [
      "a technique twice",
      plan("intervention", { interventionStartedOn: "2026-10-01", techniques: ["shaping", "shaping"] }),
      [{ path: "content.techniques", message: "sst_technique_repeated" }],
    ],
    [
      "a start in the future",
      plan("intervention", { interventionStartedOn: "2026-10-16", techniques: ["role_play"] }),
      [{ path: "content.interventionStartedOn", message: "sst_date_in_future" }],
    ],
    [
      "a start before 2000",
      plan("intervention", { interventionStartedOn: "1999-12-31", techniques: ["role_play"] }),
      [{ path: "content.interventionStartedOn", message: "sst_date_too_old" }],
    ],
    ["an adjustment without a start", plan("baseline", { adjustments: [adj("2026-10-01")] }), [{ path: "content.adjustments.0.on", message: "sst_adjustment_without_start" }]],
    [
      "an adjustment on the start day",
      plan("intervention", { interventionStartedOn: "2026-10-01", techniques: ["role_play"], adjustments: [adj("2026-10-01")] }),
      [{ path: "content.adjustments.0.on", message: "sst_adjustment_not_after_start" }],
    ],
    [
      "an adjustment before the start",
      plan("intervention", { interventionStartedOn: "2026-10-01", techniques: ["role_play"], adjustments: [adj("2026-09-20")] }),
      [{ path: "content.adjustments.0.on", message: "sst_adjustment_not_after_start" }],
    ],
    [
      "two adjustments on one day (two variables at a time)",
      plan("intervention", { interventionStartedOn: "2026-09-01", techniques: ["role_play"], adjustments: [adj("2026-09-10", 1), adj("2026-09-10", 2)] }),
      [{ path: "content.adjustments.1.on", message: "sst_adjustment_same_day" }],
    ],
    [
      "an adjustment in the future",
      plan("intervention", { interventionStartedOn: "2026-09-01", techniques: ["role_play"], adjustments: [adj("2026-10-20")] }),
      [{ path: "content.adjustments.0.on", message: "sst_date_in_future" }],
    ],
    [
      "the same adjustment twice",
      plan("intervention", { interventionStartedOn: "2026-09-01", techniques: ["role_play"], adjustments: [adj("2026-09-10", 1), adj("2026-09-12", 1)] }),
      [{ path: "content.adjustments.1.id", message: "sst_adjustment_repeated" }],
    ],
  ] as const)("%s", (_label, input, expected) => expect(sstPlanIssues(input, today)).toEqual(expected));
});

describe("sstMeasureIssues", () => {
  it.each([
    ["today", "2026-10-15", []],
    ["tomorrow", "2026-10-16", [{ path: "measuredOn", message: "sst_date_in_future" }]],
    ["before 2000", "1999-06-01", [{ path: "measuredOn", message: "sst_date_too_old" }]],
    ["the first day of 2000", "2000-01-01", []],
  ] as const)("%s", (_label, measuredOn, expected) => expect(sstMeasureIssues({ measuredOn }, today)).toEqual(expected));
});

describe("sstContentSchema", () => {
  it("reads an empty record with every default (records saved before a field existed still read)", () => {
    expect(sstContentSchema.parse({})).toMatchObject({ measureKind: "count", betterWhen: "higher", techniques: [], interventionStartedOn: null, adjustments: [] });
  });
  it("refuses an adjustment without its change", () => {
    expect(sstContentSchema.safeParse({ adjustments: [{ ...adj("2026-10-01"), change: "  " }] }).success).toBe(false);
  });
});
