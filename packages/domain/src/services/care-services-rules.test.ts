import { describe, expect, it } from "vitest";
import { checkCareServicesChoice, type RegisterFact, uniqueIds } from "./care-services-rules";

const P = "program-1";
const services = new Map<string, RegisterFact>([
  ["cmp", { programId: P, archived: false }],
  ["closed-ward", { programId: P, archived: true }],
  ["elsewhere", { programId: "program-2", archived: false }],
]);
const referents = new Map<string, RegisterFact>([
  ["nurse", { programId: P, archived: false }],
  ["left", { programId: P, archived: true }],
  ["foreign", { programId: "program-2", archived: false }],
]);
const none = { referringServiceId: null, referentIds: [] };

describe("checkCareServicesChoice", () => {
  it("accepts services and referents of the program's register, or nothing at all", () => {
    expect(checkCareServicesChoice(P, { referringServiceId: "cmp", referentIds: ["nurse"] }, none, services, referents)).toEqual([]);
    expect(checkCareServicesChoice(P, none, { referringServiceId: "cmp", referentIds: ["nurse"] }, services, referents)).toEqual([]);
  });

  it("refuses another program's or unknown entries, with the field path of each", () => {
    const errors = checkCareServicesChoice(P, { referringServiceId: "elsewhere", referentIds: ["nurse", "foreign", "ghost"] }, none, services, referents);
    expect(errors).toEqual([
      { path: "referringServiceId", message: "unknown_service" },
      { path: "referentIds.1", message: "unknown_referent" },
      { path: "referentIds.2", message: "unknown_referent" },
    ]);
  });

  it("refuses an archived service or referent newly chosen, keeps one the person already has", () => {
    expect(checkCareServicesChoice(P, { referringServiceId: "closed-ward", referentIds: ["left"] }, none, services, referents)).toEqual([
      { path: "referringServiceId", message: "unknown_service" },
      { path: "referentIds.0", message: "unknown_referent" },
    ]);
    const current = { referringServiceId: "closed-ward", referentIds: ["left"] };
    expect(checkCareServicesChoice(P, { referringServiceId: "closed-ward", referentIds: ["left", "nurse"] }, current, services, referents)).toEqual([]);
  });
});

describe("uniqueIds", () => {
  it("keeps the first occurrence of each id, in order", () => {
    expect(uniqueIds(["b", "a", "b", "c", "a"])).toEqual(["b", "a", "c"]);
  });
});
