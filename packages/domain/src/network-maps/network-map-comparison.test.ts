import { describe, expect, it } from "vitest";
import type { NetworkMember } from "./network-map.contract";
import { compareNetworkMaps, type NetworkMemberChange } from "./network-map-comparison";
import { testMember as m } from "./network-map-test-members";

const names = (list: { name: string }[]) => list.map((x) => x.name);

describe("compareNetworkMaps", () => {
  it("sees nothing new between a snapshot and its copy", () => {
    const members = [m(1), m(2, { kind: "family" })];
    expect(compareNetworkMaps(members, members)).toEqual({ joined: [], left: [], changed: [], unchanged: [members[1], members[0]] });
  });

  it("says who joined and who left", () => {
    const c = compareNetworkMaps([m(1, { name: "Karim" }), m(2, { name: "Oncle Paul", kind: "family" })], [m(1, { name: "Karim" }), m(3, { name: "GEM", kind: "association" })]);
    expect(names(c.joined)).toEqual(["GEM"]);
    expect(names(c.left)).toEqual(["Oncle Paul"]);
    expect(names(c.unchanged)).toEqual(["Karim"]);
  });

  it("follows a person by id even renamed, and says so", () => {
    const c = compareNetworkMaps([m(1, { name: "Julie" })], [m(1, { name: "Julie (voisine)" })]);
    expect(c.joined).toEqual([]);
    expect(c.left).toEqual([]);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0].renamed).toEqual({ from: "Julie", to: "Julie (voisine)" });
  });

  it("matches by name when the ids differ (a snapshot drawn from scratch), accents and case aside", () => {
    const c = compareNetworkMaps([m(1, { name: "Hélène", closeness: 3 })], [m(9, { name: "helene", closeness: 1 })]);
    expect(c.joined).toEqual([]);
    expect(c.left).toEqual([]);
    expect(c.changed[0]).toMatchObject({ before: { id: m(1).id }, after: { id: m(9).id }, closeness: { from: 3, to: 1 }, renamed: { from: "Hélène", to: "helene" } });
  });

  it("prefers the id: a new person who takes a name already matched by id is someone who joined", () => {
    // Karim (id 1) stays; a second "karim" with a new id cannot take the first one's place.
    const c = compareNetworkMaps([m(1, { name: "Karim" })], [m(1, { name: "Karim B." }), m(2, { name: "Karim" })]);
    expect(names(c.joined)).toEqual(["Karim"]);
    expect(c.changed.map((x) => x.after.name)).toEqual(["Karim B."]);
    expect(c.left).toEqual([]);
  });

  const cases: [string, Partial<NetworkMember>, Partial<NetworkMember>, Partial<NetworkMemberChange>][] = [
    ["came closer", { closeness: 3 }, { closeness: 1 }, { closeness: { from: 3, to: 1 } }],
    ["moved away", { closeness: 1 }, { closeness: 2 }, { closeness: { from: 1, to: 2 } }],
    ["weighs now", { effect: "helps" }, { effect: "weighs" }, { effect: { from: "helps", to: "weighs" } }],
    ["is now a colleague", { kind: "friend" }, { kind: "colleague" }, { kind: { from: "friend", to: "colleague" } }],
    [
      "gives other supports",
      { supports: ["emotional", "tangible"] },
      { supports: ["tangible", "informational", "companionship"] },
      { supportsGained: ["informational", "companionship"], supportsLost: ["emotional"] },
    ],
  ];
  it.each(cases)("a person who %s", (_label, before, after, expected) => {
    const c = compareNetworkMaps([m(1, before)], [m(1, after)]);
    expect(c.changed).toHaveLength(1);
    const nothing = { renamed: null, kind: null, closeness: null, effect: null, supportsGained: [], supportsLost: [] };
    const { before: _b, after: _a, ...what } = c.changed[0];
    expect(what).toEqual({ ...nothing, ...expected });
  });

  it("does not compare the note (the person's own words)", () => {
    const c = compareNetworkMaps([m(1, { note: "avant" })], [m(1, { note: "après" })]);
    expect(c.changed).toEqual([]);
    expect(c.unchanged).toHaveLength(1);
  });

  it("lists each part in the map's order", () => {
    const before = [m(1, { name: "Zoé" }), m(2, { name: "Anne", kind: "family" }), m(3, { name: "Bob" })];
    const after = [m(4, { name: "Yves" }), m(5, { name: "Alice", kind: "professional" }), m(6, { name: "Léa", kind: "family" })];
    const c = compareNetworkMaps(before, after);
    expect(names(c.left)).toEqual(["Anne", "Bob", "Zoé"]);
    expect(names(c.joined)).toEqual(["Léa", "Yves", "Alice"]);
  });
});
