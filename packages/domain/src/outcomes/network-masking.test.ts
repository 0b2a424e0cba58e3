import { describe, expect, it } from "vitest";
import { countCell, medianCell, perWeekCell, rateCell } from "./network-masking";

const hidden = { value: null, masked: true };

describe("network masking: no cell counts fewer than 5 people", () => {
  it.each([
    [0, hidden],
    [4, hidden],
    [5, { value: 5, masked: false }],
  ])("a count of %i", (count, expected) => {
    expect(countCell({ count })).toEqual(expected);
  });

  it.each([
    [{ rate: 4 / 10, numerator: 4, denominator: 10 }, hidden],
    [{ rate: 0, numerator: 0, denominator: 12 }, hidden],
    [{ rate: 1, numerator: 4, denominator: 4 }, hidden],
    [{ rate: 0.5, numerator: 5, denominator: 10 }, { value: 0.5, masked: false }],
    [{ rate: null, numerator: 0, denominator: 0 }, hidden],
  ])("a rate %j", (figure, expected) => {
    expect(rateCell(figure)).toEqual(expected);
  });

  it.each([
    [{ median: 12, n: 4 }, hidden],
    [{ median: 12, n: 5 }, { value: 12, masked: false }],
    [{ median: null, n: 0 }, hidden],
  ])("a median %j", (figure, expected) => {
    expect(medianCell(figure)).toEqual(expected);
  });

  it("masks a per-week rate built on fewer than 5 contacts", () => {
    expect(perWeekCell(0.3, 4)).toEqual(hidden);
    expect(perWeekCell(2.5, 30)).toEqual({ value: 2.5, masked: false });
  });
});
