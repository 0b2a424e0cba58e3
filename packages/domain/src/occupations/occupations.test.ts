import { describe, expect, it } from "vitest";
import {
  grandDomaineOf,
  occupationCodeSchema,
  occupationFamilyOf,
  occupationFilterSchema,
  occupationLabel,
  occupationMatchesFilter,
  occupationTree,
  romeDomaines,
  romeGrandsDomaines,
} from "./occupations";

describe("ROME occupation data", () => {
  it("has the 14 grands domaines A..N and 110 domaines professionnels with unique codes", () => {
    expect(romeGrandsDomaines.map((g) => g.code).join("")).toBe("ABCDEFGHIJKLMN");
    expect(romeDomaines).toHaveLength(110);
    expect(new Set(romeDomaines.map((d) => d.code)).size).toBe(110);
  });
  it("gives every domaine a French and an English label and a grand domaine", () => {
    for (const d of romeDomaines) {
      expect(d.labelFr.trim()).not.toBe("");
      expect(d.labelEn.trim()).not.toBe("");
      expect(grandDomaineOf(d.code)).not.toBeNull();
    }
    expect(occupationTree().reduce((n, g) => n + g.domaines.length, 0)).toBe(110);
  });
});

describe("occupation lookup", () => {
  it("finds a family and its grand domaine", () => {
    const family = occupationFamilyOf("G18");
    expect(family?.labelFr).toBe("Service");
    expect(family?.grandDomaine.code).toBe("G");
  });
  it.each([
    ["G18", "fr", "Service"],
    ["A12", "fr", "Espaces naturels et espaces verts"],
    ["K", "fr", "Services à la personne et à la collectivité"],
    ["Z99", "fr", "Z99"],
  ] as const)("labels %s in %s", (code, locale, label) => expect(occupationLabel(code, locale)).toBe(label));
  it.each([
    ["G18", true],
    ["K22", true],
    ["G10", false],
    ["O11", false],
    ["g18", false],
    ["G1803", false],
  ])("validates code %s: %s", (code, ok) => expect(occupationCodeSchema.safeParse(code).success).toBe(ok));
  it("filters by domaine or grand domaine", () => {
    expect(occupationFilterSchema.safeParse("G").success).toBe(true);
    expect(occupationMatchesFilter("G18", "G")).toBe(true);
    expect(occupationMatchesFilter("G18", "G16")).toBe(false);
    expect(occupationMatchesFilter(null, "G")).toBe(false);
  });
});
