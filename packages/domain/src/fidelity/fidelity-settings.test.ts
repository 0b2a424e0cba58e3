import { describe, expect, it } from "vitest";
import { checkFidelitySettings, exemplaryFromOf, indicatorOverridesOf } from "./fidelity-settings";
import { resolveThresholds } from "./indicator-thresholds";

describe("a program's fidelity settings", () => {
  it("accepts adjusted unconfirmed cut-offs and the exemplary bound", () => {
    expect(checkFidelitySettings({ Sv10: { score5: 0.9 }, Sv8: { score5: 0.8 }, band: { exemplaryFrom: 110 } })).toEqual([]);
    expect(checkFidelitySettings({})).toEqual([]);
  });

  it.each([
    [{ Sv99: { score5: 1 } }, "thresholds.Sv99", "fidelity_unknown_threshold"],
    [{ Sv10: { score7: 1 } }, "thresholds.Sv10.score7", "fidelity_unknown_threshold"],
    [{ Sv10: { score5: 1.5 } }, "thresholds.Sv10.score5", "fidelity_threshold_out_of_range"],
    [{ Sv10: { score5: "0.9" } }, "thresholds.Sv10.score5", "fidelity_threshold_out_of_range"],
    [{ S1: { score5: 18 } }, "thresholds.S1.score5", "fidelity_threshold_confirmed"],
    [{ Sv10: { score5: 0.7 } }, "thresholds.Sv10.score4", "fidelity_thresholds_out_of_order"],
    [{ band: { exemplaryFrom: 99 } }, "thresholds.band.exemplaryFrom", "fidelity_threshold_out_of_range"],
    [{ band: { exemplaryFrom: 126 } }, "thresholds.band.exemplaryFrom", "fidelity_threshold_out_of_range"],
    [{ band: { exemplaryFrom: 112.5 } }, "thresholds.band.exemplaryFrom", "fidelity_threshold_out_of_range"],
    [{ band: { goodFrom: 90 } }, "thresholds.band.goodFrom", "fidelity_unknown_threshold"],
  ])("refuses %j (%s: %s)", (thresholds, path, message) => {
    expect(checkFidelitySettings(thresholds)).toContainEqual({ path, message });
  });

  it("gives the indicators their overrides without the band, and the scoring its exemplary bound", () => {
    const stored = { Sv10: { score5: 0.9 }, band: { exemplaryFrom: 110 } };
    expect(indicatorOverridesOf(stored)).toEqual({ Sv10: { score5: 0.9 } });
    expect(resolveThresholds(indicatorOverridesOf(stored)).Sv10.cutoffs.score5.value).toBe(0.9);
    expect(exemplaryFromOf(stored)).toBe(110);
    expect(exemplaryFromOf({})).toBe(115);
    expect(exemplaryFromOf({ band: { exemplaryFrom: "x" } })).toBe(115);
    expect(exemplaryFromOf(null)).toBe(115);
  });
});
