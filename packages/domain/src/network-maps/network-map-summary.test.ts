import { describe, expect, it } from "vitest";
import { summarizeNetworkMap } from "./network-map-summary";
import { testMember as m } from "./network-map-test-members";

describe("summarizeNetworkMap", () => {
  it("counts nothing, and misses every support, on an empty map", () => {
    expect(summarizeNetworkMap([])).toEqual({
      total: 0,
      byKind: { family: 0, friend: 0, neighbour: 0, colleague: 0, employer: 0, professional: 0, association: 0, other: 0 },
      bySupport: { emotional: 0, tangible: 0, informational: 0, companionship: 0 },
      byCloseness: { 1: 0, 2: 0, 3: 0 },
      byEffect: { helps: 0, weighs: 0, mixed: 0 },
      natural: 0,
      withoutSupport: [],
      missingSupports: ["emotional", "tangible", "informational", "companionship"],
    });
  });

  it("counts per kind, per support, per circle and per effect (counted by hand)", () => {
    const mother = m(1, { name: "Maman", kind: "family", closeness: 1, supports: ["emotional", "tangible"], effect: "mixed" });
    const karim = m(2, { name: "Karim", kind: "friend", closeness: 1, supports: ["companionship", "emotional"] });
    const uncle = m(3, { name: "Oncle Paul", kind: "family", closeness: 3, supports: [], effect: "weighs" });
    const neighbour = m(4, { name: "Mme Roux", kind: "neighbour", closeness: 2, supports: [] });
    const gem = m(5, { name: "GEM Lyon 3", kind: "association", closeness: 2, supports: ["companionship"] });
    const cmp = m(6, { name: "Infirmière CMP", kind: "professional", closeness: 2, supports: ["emotional"] });
    const s = summarizeNetworkMap([mother, karim, uncle, neighbour, gem, cmp]);
    expect(s.total).toBe(6);
    expect(s.byKind).toEqual({ family: 2, friend: 1, neighbour: 1, colleague: 0, employer: 0, professional: 1, association: 1, other: 0 });
    // emotional: mother, Karim, nurse; tangible: mother; companionship: Karim, GEM
    expect(s.bySupport).toEqual({ emotional: 3, tangible: 1, informational: 0, companionship: 2 });
    expect(s.byCloseness).toEqual({ 1: 2, 2: 3, 3: 1 });
    expect(s.byEffect).toEqual({ helps: 4, weighs: 1, mixed: 1 });
    expect(s.natural).toBe(4);
    // in the map's order: family before neighbours
    expect(s.withoutSupport.map((x) => x.name)).toEqual(["Oncle Paul", "Mme Roux"]);
    expect(s.missingSupports).toEqual(["informational"]);
  });
});
