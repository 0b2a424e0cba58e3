import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { etalabGeoLookup, findCommune } from "../src/platform/geo";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
});
afterAll(async () => t?.close());

const search = async (q: string) => {
  const res = await specialist.get(`/api/places/communes?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items as { inseeCode: string; name: string; postalCodes: string[]; department: { code: string; name: string }; epci: { code: string; name: string } | null }[];
};

describe("commune search", () => {
  it("finds a commune by the beginning of its name, accents and hyphens ignored, largest first", async () => {
    const found = await search("saint etie");
    expect(found[0]).toMatchObject({ inseeCode: "42218", name: "Saint-Étienne", department: { code: "42", name: "Loire" } });
    expect(found[0].epci?.name).toMatch(/Saint-Étienne Métropole/);
    expect(found.length).toBeLessThanOrEqual(20);
    expect((await search("VILLEURB"))[0]).toMatchObject({ inseeCode: "69266", name: "Villeurbanne", postalCodes: ["69100"], epci: { code: "200046977", name: "Métropole de Lyon" } });
  });

  it("puts the exact name first", async () => {
    expect((await search("Lyon"))[0]).toMatchObject({ inseeCode: "69123", name: "Lyon" });
  });

  it("finds by postal code (or its first digits) and by INSEE code", async () => {
    // 69100 is both Irigny's INSEE code and Villeurbanne's postal code: the code first, then the postal code.
    expect((await search("69100")).map((c) => c.name)).toEqual(["Irigny", "Villeurbanne"]);
    expect((await search("75011")).map((c) => c.name)).toEqual(["Paris"]);
    expect((await search("69123"))[0].name).toBe("Lyon");
    expect((await search("2A004"))[0]).toMatchObject({ name: "Ajaccio", department: { code: "2A" } });
    const prefix = await search("691");
    expect(prefix.length).toBe(20);
    expect(prefix.every((c) => c.postalCodes.some((p) => p.startsWith("691")))).toBe(true);
  });

  it("answers an empty list for nothing known, 400 for no text, 401 signed out", async () => {
    expect(await search("zzzzqq")).toEqual([]);
    expect((await specialist.get("/api/places/communes?q=")).status).toBe(400);
    expect((await new ApiClient(t.baseUrl).get("/api/places/communes?q=lyon")).status).toBe(401);
  });
});

describe("geography for matching", () => {
  it("files arrondissements and communes déléguées under their commune, with its EPCI and department", () => {
    expect(etalabGeoLookup.communeOf("69383")).toEqual({ inseeCode: "69123", epci: "200046977", department: "69", lat: null, lon: null });
    expect(etalabGeoLookup.communeOf("75111")?.inseeCode).toBe("75056");
    expect(etalabGeoLookup.communeOf("13201")?.inseeCode).toBe("13055");
    // Cordieux, commune associée of Montluel (Ain).
    expect(findCommune("01120")?.inseeCode).toBe("01262");
    expect(etalabGeoLookup.communeOf("99999")).toBeNull();
  });
});
