import { describe, expect, it } from "vitest";
import { isMonthKey, monthIndex, monthKey, monthKeyPattern } from "./months";

describe("monthIndex", () => {
  it.each(["1900-01", "2016-01", "2026-07", "2026-12", "2199-12"])("reads %s and writes it back", (key) => {
    expect(monthKey(monthIndex(key))).toBe(key);
    expect(monthIndex(key)).toBe(Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1);
  });

  // The character-code check must refuse exactly what the pattern refuses.
  it.each(["1899-12", "2200-01", "2026-00", "2026-13", "2026-1", "2026-011", "2026/01", "26-01-01", "abcd-ef", " 2026-01", "2026-0a", "", "2026-01-01"])(
    "refuses %j as the pattern does",
    (key) => {
      expect(monthKeyPattern.test(key)).toBe(false);
      expect(isMonthKey(key)).toBe(false);
      expect(() => monthIndex(key)).toThrow(/not a month/);
    },
  );
});
