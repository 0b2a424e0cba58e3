import { describe, expect, it } from "vitest";
import { fidelityItemIds, type FidelityItemId } from "./indicator.contract";
import {
  currentFidelityScale,
  currentFidelityScaleVersion,
  fidelityBandFor,
  fidelityBandRanges,
  fidelityScaleFor,
  fidelityScaleSchema,
  scoreReview,
  type ScoredItems,
} from "./scale";

const allScored = (score: number | ((id: FidelityItemId, index: number) => number)): ScoredItems =>
  Object.fromEntries(fidelityItemIds.map((id, index) => [id, { score: typeof score === "number" ? score : score(id, index) }]));

describe("the IPS-25 scale as data", () => {
  const scale = currentFidelityScale();

  it("is valid against its schema and has the 25 items in the contract's order, in three sections", () => {
    expect(fidelityScaleSchema.parse(scale)).toEqual(scale);
    expect(scale.items.map((item) => item.id)).toEqual([...fidelityItemIds]);
    expect(scale.sections.map((s) => [s.id, s.itemIds.length])).toEqual([
      ["staffing", 3],
      ["organization", 8],
      ["services", 14],
    ]);
    expect(scale.maxScore).toBe(125);
    expect(fidelityScaleFor(currentFidelityScaleVersion)).toBe(scale);
    expect(fidelityScaleFor("ips-25/unknown")).toBeUndefined();
  });

  it("gives every item a French and English title and description and a score-5 meaning", () => {
    for (const item of scale.items) {
      expect(item.title.fr && item.title.en && item.description.fr && item.description.en, item.id).toBeTruthy();
      expect(item.anchors["5"], item.id).not.toBeNull();
    }
  });

  it("gives all five anchors only where DOMAIN.md does (S1, S2), and leaves the others unknown", () => {
    const withAllAnchors = scale.items.filter((item) => Object.values(item.anchors).every((anchor) => anchor !== null)).map((i) => i.id);
    expect(withAllAnchors).toEqual(["S1", "S2"]);
    expect(scale.items.find((i) => i.id === "S1")!.anchors["4"]!.en).toBe("21-25 people per FTE");
    expect(scale.items.find((i) => i.id === "Sv4")!.anchors["3"]).toBeNull();
  });

  it("flags exactly the values DOMAIN.md marks unconfirmed, each with where it comes from", () => {
    const flagged = scale.items.filter((item) => item.unconfirmed.length > 0).map((item) => item.id);
    expect(flagged).toEqual(["O3", "O5", "Sv8", "Sv10"]);
    expect(scale.bandsUnconfirmed.map((u) => [u.key, u.value])).toEqual([["band.exemplaryFrom", 115]]);
    for (const value of [...scale.items.flatMap((i) => i.unconfirmed), ...scale.bandsUnconfirmed]) {
      expect(value.origin.fr.length).toBeGreaterThan(0);
      expect(value.sourceIds.every((id) => scale.sources.some((source) => source.id === id))).toBe(true);
    }
    expect(scale.bands.find((b) => b.band === "exemplary")!.unconfirmed).toBe(true);
  });

  it("names Bond, Peterson, Becker & Drake 2012 and the fidelity manual as sources", () => {
    expect(scale.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["bond-2012", "ips-manual"]));
    expect(scale.sources.find((s) => s.id === "bond-2012")!.citation).toContain("Psychiatric Services 2012; 63(8)");
  });
});

describe("bands", () => {
  it.each([
    [125, "exemplary"],
    [115, "exemplary"],
    [114, "good"],
    [100, "good"],
    [99, "fair"],
    [74, "fair"],
    [73, "not_ips"],
    [25, "not_ips"],
  ] as const)("a total of %i is %s", (total, band) => {
    expect(fidelityBandFor(total)).toBe(band);
  });

  it("moves the exemplary lower bound when a program adjusts it", () => {
    expect(fidelityBandFor(112, 110)).toBe("exemplary");
    expect(fidelityBandFor(118, 120)).toBe("good");
    expect(fidelityBandRanges(110).slice(0, 2)).toEqual([
      { band: "exemplary", from: 110, to: 125, unconfirmed: true },
      { band: "good", from: 100, to: 109, unconfirmed: false },
    ]);
  });
});

describe("scoreReview", () => {
  it("totals a complete review with section subtotals and its band", () => {
    const result = scoreReview(allScored(4));
    expect(result).toMatchObject({ total: 100, partialSum: 100, scored: 25, missing: 0, missingItemIds: [], band: "good" });
    expect(result.sections).toEqual([
      { section: "staffing", sum: 12, max: 15, scored: 3, missing: 0 },
      { section: "organization", sum: 32, max: 40, scored: 8, missing: 0 },
      { section: "services", sum: 56, max: 70, scored: 14, missing: 0 },
    ]);
  });

  it("gives no total and no band while items are missing, but the partial sum and which are missing", () => {
    const items = allScored(5);
    items.O3 = { score: null };
    delete items.Sv14;
    const result = scoreReview(items);
    expect(result).toMatchObject({ total: null, partialSum: 115, scored: 23, missing: 2, missingItemIds: ["O3", "Sv14"], band: null });
    expect(result.sections[1]).toEqual({ section: "organization", sum: 35, max: 40, scored: 7, missing: 1 });
  });

  it("counts an empty review as 25 missing items", () => {
    expect(scoreReview({})).toMatchObject({ total: null, partialSum: 0, missing: 25, band: null });
  });

  it("treats anything but an integer 1-5 as not scored (stored data read back)", () => {
    const items = allScored(3);
    items.S1 = { score: 0 };
    items.S2 = { score: 6 };
    items.S3 = { score: 2.5 };
    expect(scoreReview(items)).toMatchObject({ total: null, scored: 22, missingItemIds: ["S1", "S2", "S3"] });
  });

  it("uses the program's exemplary bound for the band", () => {
    const items = allScored((_, index) => (index < 12 ? 5 : 4)); // 12*5 + 13*4 = 112
    expect(scoreReview(items).band).toBe("good");
    expect(scoreReview(items, { exemplaryFrom: 110 })).toMatchObject({ total: 112, band: "exemplary" });
  });

  it("puts the lowest possible complete review in 'not IPS'", () => {
    expect(scoreReview(allScored(1))).toMatchObject({ total: 25, band: "not_ips" });
  });
});
