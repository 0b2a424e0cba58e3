import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, formatJoinCode, generateJoinCode, normalizeJoinCode } from "./join-code";

/** A seeded source (mulberry32): the same seed, the same codes. */
const seeded = (seed: number) => {
  let a = seed;
  return (max: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
};

describe("join codes", () => {
  it("has no look-alike characters", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L", "U"]) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("generates six characters of the alphabet, the same for the same random source", () => {
    const random = seeded(7);
    const codes = Array.from({ length: 500 }, () => generateJoinCode(random));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    expect(new Set(codes).size).toBeGreaterThan(495);
    expect(generateJoinCode(seeded(7))).toBe(codes[0]);
  });

  it("uses the whole alphabet at the edges of the random source", () => {
    expect(generateJoinCode(() => 0)).toBe("222222");
    expect(generateJoinCode((max) => max - 1)).toBe("ZZZZZZ");
  });

  it.each([
    ["ABC234", "ABC234"],
    ["abc234", "ABC234"],
    ["abc 234", "ABC234"],
    [" ab-c2 34 ", "ABC234"],
    ["ABC23", null],
    ["ABC2345", null],
    ["ABO234", null],
    ["AB1234", null],
    ["ABI234", null],
    ["", null],
    ["ÀBC234", null],
    ["ABC23;", null],
  ])("normalises %j to %j", (typed, expected) => {
    expect(normalizeJoinCode(typed)).toBe(expected);
  });

  it("formats in two groups of three", () => {
    expect(formatJoinCode("ABC234")).toBe("ABC 234");
    expect(normalizeJoinCode(formatJoinCode("XYZ789"))).toBe("XYZ789");
  });
});
