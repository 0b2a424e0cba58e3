import { describe, expect, it } from "vitest";
import { communeListSchema, communeSearchQuery, normalizePlaceName, workPlaceSchema } from "./place.contract";

describe("places", () => {
  it.each([
    ["Saint-Étienne", "saint etienne"],
    ["L'Haÿ-les-Roses", "l hay les roses"],
    ["  LYON ", "lyon"],
  ])("normalizes %j", (name, key) => expect(normalizePlaceName(name)).toBe(key));

  it("accepts a commune or a town abroad, and refuses a bad INSEE code", () => {
    expect(workPlaceSchema.safeParse({ kind: "commune", inseeCode: "2A004", name: "Ajaccio" }).success).toBe(true);
    expect(workPlaceSchema.safeParse({ kind: "town", name: "Liège", country: "BE" }).success).toBe(true);
    expect(workPlaceSchema.safeParse({ kind: "commune", inseeCode: "6912", name: "Lyon" }).success).toBe(false);
    expect(workPlaceSchema.safeParse({ kind: "town", name: "Liège", country: "be" }).success).toBe(false);
  });

  it("needs a search text and answers at most 20 communes", () => {
    expect(communeSearchQuery.safeParse({ q: "  " }).success).toBe(false);
    const commune = { inseeCode: "69123", name: "Lyon", postalCodes: ["69001"], department: { code: "69", name: "Rhône" }, epci: null };
    expect(communeListSchema.safeParse({ items: Array(21).fill(commune) }).success).toBe(false);
    expect(communeListSchema.safeParse({ items: [commune] }).success).toBe(true);
  });
});
