import { describe, expect, it } from "vitest";
import {
  defaultFidelityThresholds,
  fidelityThresholdOverridesSchema,
  resolveThresholds,
  scoreAgainst,
  thresholdItemIds,
  thresholdParams,
} from "./indicator-thresholds";

describe("default thresholds", () => {
  it("S1 and S2 are DOMAIN.md's values, all confirmed", () => {
    expect(thresholdParams(defaultFidelityThresholds.S1)).toEqual({ score5: 20, score4: 25, score3: 30, score2: 40 });
    expect(Object.values(defaultFidelityThresholds.S1.cutoffs).every((c) => c.status === "confirmed")).toBe(true);
    expect(Object.values(defaultFidelityThresholds.S2.cutoffs).every((c) => c.status === "confirmed")).toBe(true);
  });

  it("DOMAIN.md's unconfirmed anchors (Sv8, Sv10) are unconfirmed; its plain ones (Sv4, Sv6, Sv9, Sv13 score 5) confirmed", () => {
    expect(defaultFidelityThresholds.Sv8.cutoffs.score5).toMatchObject({ value: 0.85, status: "unconfirmed" });
    expect(defaultFidelityThresholds.Sv10.cutoffs.score5).toMatchObject({ value: 0.95, status: "unconfirmed" });
    for (const [id, value] of [["Sv4", 30], ["Sv6", 6], ["Sv9", 0.85], ["Sv13", 0.65]] as const) {
      expect(defaultFidelityThresholds[id].cutoffs.score5).toMatchObject({ value, status: "confirmed" });
      expect(defaultFidelityThresholds[id].cutoffs.score4.status).toBe("unconfirmed");
    }
  });

  it("every unconfirmed value names its source, and the defaults pass the overrides' order check", () => {
    for (const id of thresholdItemIds) {
      const item = defaultFidelityThresholds[id];
      for (const value of [...Object.values(item.cutoffs), ...Object.values(item.params)]) expect(value.source.length).toBeGreaterThan(0);
    }
    expect(fidelityThresholdOverridesSchema.safeParse({}).success).toBe(true);
  });
});

describe("scoreAgainst", () => {
  const S1 = defaultFidelityThresholds.S1;
  const Sv6 = defaultFidelityThresholds.Sv6;
  const Sv4 = defaultFidelityThresholds.Sv4;
  it.each([
    ["S1: 20 people per fte", S1, 20, 5, false],
    ["S1: 20.4 is above 20", S1, 20.4, 4, false],
    ["S1: 25", S1, 25, 4, false],
    ["S1: 30", S1, 30, 3, false],
    ["S1: 40", S1, 40, 2, false],
    ["S1: 41", S1, 41, 1, false],
    ["Sv6: 6 a week (confirmed bound only)", Sv6, 6, 5, false],
    ["Sv6: 5.9 reads the unconfirmed 5", Sv6, 5.9, 4, true],
    ["Sv6: 5", Sv6, 5, 4, true],
    ["Sv6: 1.5", Sv6, 1.5, 1, true],
    ["Sv4: 30 days", Sv4, 30, 5, false],
    ["Sv4: 31 days", Sv4, 31, 4, true],
    ["Sv4: 300 days", Sv4, 300, 1, true],
  ])("%s", (_label, item, value, score, usesUnconfirmed) => {
    expect(scoreAgainst(value, item)).toEqual({ score, usesUnconfirmed });
  });
});

describe("program overrides", () => {
  it("accept an unconfirmed bound and an unconfirmed rule figure", () => {
    const parsed = fidelityThresholdOverridesSchema.safeParse({ Sv10: { score5: 0.9 }, Sv1: { planValidDays: 60 } });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ["a confirmed bound", { S1: { score5: 15 } }, ["S1", "score5"], "threshold_confirmed"],
    ["a confirmed rule figure", { O1: { minCoverage: 0.8 } }, ["O1", "minCoverage"], "threshold_confirmed"],
    ["a share above 1", { Sv10: { score5: 1.2 } }, ["Sv10", "score5"], undefined],
    ["bounds out of order", { Sv10: { score4: 0.97 } }, ["Sv10", "score4"], "thresholds_out_of_order"],
    ["an unknown item", { O7: { score5: 1 } }, [], undefined],
    ["an unknown key", { Sv10: { score6: 1 } }, ["Sv10"], undefined],
    ["days not whole", { Sv1: { planValidDays: 10.5 } }, ["Sv1", "planValidDays"], undefined],
  ])("refuse %s", (_label, overrides, path, message) => {
    const parsed = fidelityThresholdOverridesSchema.safeParse(overrides);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path).toEqual(path);
    if (message) expect(issue.message).toBe(message);
  });

  it("resolveThresholds applies them, marked as the program's and unconfirmed", () => {
    const resolved = resolveThresholds({ Sv10: { score5: 0.9 }, Sv12: { endContactDays: 5 } });
    expect(resolved.Sv10.cutoffs.score5).toEqual({ value: 0.9, status: "unconfirmed", source: "set by the program" });
    expect(resolved.Sv10.cutoffs.score4).toEqual(defaultFidelityThresholds.Sv10.cutoffs.score4);
    expect(resolved.Sv12.params.endContactDays!.value).toBe(5);
    expect(resolved.S1).toEqual(defaultFidelityThresholds.S1);
  });

  it("resolveThresholds ignores stored overrides that no longer parse", () => {
    expect(resolveThresholds({ S1: { score5: 10 } })).toEqual(defaultFidelityThresholds);
    expect(resolveThresholds(null)).toEqual(defaultFidelityThresholds);
  });

  it("resolveThresholds leaves aside stored keys that are not items (the review band's setting)", () => {
    expect(resolveThresholds({ band: { exemplaryFrom: 112 }, Sv10: { score5: 0.9 } }).Sv10.cutoffs.score5.value).toBe(0.9);
  });
});
