import { describe, expect, it } from "vitest";
import { saveNetworkMapInput } from "./network-map.contract";
import { compareNetworkMembers, networkKindOfRelation, networkMapIssues, networkNameKey, sortNetworkMembers } from "./network-map-rules";
import { testMember as m } from "./network-map-test-members";

describe("networkNameKey", () => {
  it.each([
    ["Hélène", "helene"],
    ["  Jean-Noël   Dupré ", "jean-noel dupre"],
    ["ÉMILE", "emile"],
    ["Zoé", "zoe"],
  ])("%s -> %s", (name, key) => expect(networkNameKey(name)).toBe(key));
});

describe("the map's one order", () => {
  it("sorts by kind in the sectors' order, then by name without accents or case, then by id", () => {
    const members = [
      m(1, { kind: "other", name: "Alain" }),
      m(2, { kind: "friend", name: "zoé" }),
      m(3, { kind: "family", name: "Émile" }),
      m(4, { kind: "friend", name: "Élodie" }),
      m(5, { kind: "family", name: "Bruno" }),
      m(6, { kind: "employer", name: "Bioforce" }),
      m(7, { kind: "colleague", name: "Yanis" }),
      m(9, { kind: "friend", name: "Anna" }),
      m(8, { kind: "friend", name: "Anna" }),
    ];
    expect(sortNetworkMembers(members).map((x) => x.name)).toEqual(["Bruno", "Émile", "Anna", "Anna", "Élodie", "zoé", "Yanis", "Bioforce", "Alain"]);
    expect(sortNetworkMembers(members).filter((x) => x.name === "Anna").map((x) => x.id.slice(-1))).toEqual(["8", "9"]);
    expect(compareNetworkMembers(m(1), m(1))).toBe(0);
  });

  it("gives the same order whatever the order of entry", () => {
    const members = [m(1, { name: "C" }), m(2, { name: "a" }), m(3, { name: "B", kind: "family" })];
    expect(sortNetworkMembers([...members].reverse())).toEqual(sortNetworkMembers(members));
  });
});

describe("networkMapIssues", () => {
  const today = "2026-10-15";
  it.each([
    ["a map drawn today", { drawnOn: today, members: [m(1), m(2)] }, []],
    ["a map with nobody on it (it says something too)", { drawnOn: today, members: [] }, []],
    ["tomorrow", { drawnOn: "2026-10-16", members: [] }, [{ path: "drawnOn", message: "network_map_date_in_future" }]],
    ["before 2000", { drawnOn: "1999-12-31", members: [] }, [{ path: "drawnOn", message: "network_map_date_too_old" }]],
    ["the same member twice", { drawnOn: today, members: [m(1), m(2, { name: "Autre" }), m(1, { name: "Copie" })] }, [{ path: "members.2.id", message: "network_member_duplicate_id" }]],
    [
      "two members of the same name once accents and case are set aside",
      { drawnOn: today, members: [m(1, { name: "Hélène" }), m(2, { name: "Paul" }), m(3, { name: " helene " })] },
      [{ path: "members.2.name", message: "network_member_duplicate_name" }],
    ],
    ["two different people told apart", { drawnOn: today, members: [m(1, { name: "Julie (voisine)" }), m(2, { name: "Julie (cousine)" })] }, []],
  ])("%s", (_label, input, issues) => expect(networkMapIssues(input, today)).toEqual(issues));
});

describe("networkKindOfRelation", () => {
  it.each([
    ["parent", "family"],
    ["partner", "family"],
    ["child", "family"],
    ["sibling", "family"],
    ["other_family", "family"],
    ["friend", "friend"],
    ["neighbour", "neighbour"],
    ["other", "other"],
  ] as const)("a close one (%s) starts as %s", (relation, kind) => expect(networkKindOfRelation(relation)).toBe(kind));
});

describe("saveNetworkMapInput", () => {
  it("keeps each support once, in the domain's order, and trims names", () => {
    const parsed = saveNetworkMapInput.parse({ drawnOn: "2026-10-01", members: [{ ...m(1, { name: "  Karim  " }), supports: ["tangible", "emotional", "tangible"] }] });
    expect(parsed.members[0]).toMatchObject({ name: "Karim", supports: ["emotional", "tangible"] });
    expect(parsed).toMatchObject({ comment: "", sharedWithCareTeam: false });
  });

  it.each([
    ["an empty name", { ...m(1), name: "  " }, "members.0.name", "required"],
    ["a name of 81 characters", { ...m(1), name: "x".repeat(81) }, "members.0.name", undefined],
    ["closeness 0", { ...m(1), closeness: 0 }, "members.0.closeness", undefined],
    ["closeness 4", { ...m(1), closeness: 4 }, "members.0.closeness", undefined],
    ["an unknown kind", { ...m(1), kind: "pet" }, "members.0.kind", undefined],
    ["an unknown support", { ...m(1), supports: ["money"] }, "members.0.supports.0", undefined],
    ["an unknown effect", { ...m(1), effect: "neutral" }, "members.0.effect", undefined],
    ["an id that is not a uuid", { ...m(1), id: "a1" }, "members.0.id", undefined],
  ])("refuses %s", (_label, member, path, message) => {
    const result = saveNetworkMapInput.safeParse({ drawnOn: "2026-10-01", members: [member] });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join(".") === path);
    expect(issue).toBeDefined();
    if (message) expect(issue?.message).toBe(message);
  });

  it("refuses more than 60 members with its own message", () => {
    const result = saveNetworkMapInput.safeParse({ drawnOn: "2026-10-01", members: Array.from({ length: 61 }, (_, i) => m(i + 1)) });
    expect(result.error?.issues[0]).toMatchObject({ path: ["members"], message: "network_map_too_many_members" });
    expect(saveNetworkMapInput.safeParse({ drawnOn: "2026-10-01", members: Array.from({ length: 60 }, (_, i) => m(i + 1)) }).success).toBe(true);
  });
});
