import { describe, expect, it } from "vitest";
import { isValidNafCode, isValidSiren, isValidSiret, nafDivision, normalizeNafCode, normalizeSiret } from "./identifiers";

describe("SIRET", () => {
  it.each([
    ["73282932000074", true, "Luhn-valid establishment"],
    ["35600000000048", true, "La Poste head office (Luhn-valid, digit sum 26)"],
    ["35600000049837", true, "La Poste establishment: digit sum 45, a multiple of 5, not Luhn-valid"],
    ["35600000049838", false, "La Poste establishment: digit sum 46"],
    ["73282932000075", false, "wrong check digit"],
    ["7328293200007", false, "13 digits (a leading zero lost by a spreadsheet)"],
    ["732829320000740", false, "15 digits"],
    ["7328293200007A", false, "a letter"],
    ["", false, "empty"],
  ])("%s -> %s (%s)", (siret, valid) => expect(isValidSiret(siret)).toBe(valid));

  it("really tests the La Poste rule: the establishment above fails the plain Luhn check", () => {
    expect(isValidSiren("356000000")).toBe(true);
    // Digit sum 45 again but another SIREN: the La Poste exception does not apply.
    expect(isValidSiret("35500000049838")).toBe(false);
  });

  it.each([
    ["732 829 320 00074", "73282932000074"],
    ["732.829.320.00074", "73282932000074"],
    ["732\u00a0829\u00a0320\u00a000074", "73282932000074"],
  ])("normalizes %s", (raw, siret) => expect(normalizeSiret(raw)).toBe(siret));
});

describe("SIREN", () => {
  it.each([
    ["732829320", true],
    ["732829321", false],
    ["73282932", false],
  ])("%s -> %s", (siren, valid) => expect(isValidSiren(siren)).toBe(valid));
});

describe("NAF code", () => {
  it.each([
    ["56.10A", true],
    ["88.10C", true],
    ["01.11Z", true],
    ["5610A", false],
    ["56.10", false],
    ["56.1A", false],
    ["56.10a", false],
    ["AB.CDE", false],
  ])("%s -> %s", (naf, valid) => expect(isValidNafCode(naf)).toBe(valid));

  it.each([
    ["5610A", "56.10A"],
    ["56.10a", "56.10A"],
    ["56 10 A", "56.10A"],
    [" 56.10A ", "56.10A"],
    ["restauration", "restauration"],
  ])("normalizes %s to %s", (raw, naf) => expect(normalizeNafCode(raw)).toBe(naf));

  it("gives the division", () => expect(nafDivision("56.10A")).toBe("56"));
});
