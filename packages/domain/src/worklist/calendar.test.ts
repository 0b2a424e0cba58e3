import { describe, expect, it } from "vitest";
import { addDays, dateOfDay, dayNumber, daysBetween } from "./calendar";

const MS_PER_DAY = 86_400_000;
/** What calendar.ts computed through `Date` before its arithmetic: the reference. */
const viaDate = {
  dayNumber: (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY,
  dateOfDay: (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
};

describe("calendar arithmetic", () => {
  it("reads and writes every day of 1900-2200, and every 7th of the years 1000-9999, as Date does", () => {
    let mismatches = 0;
    const first = viaDate.dayNumber("1000-01-01") - 3;
    const last = viaDate.dayNumber("9999-12-31") + 3;
    const dense = [viaDate.dayNumber("1900-01-01"), viaDate.dayNumber("2200-12-31")];
    for (let day = first; day <= last; day += day >= dense[0] && day <= dense[1] ? 1 : 7) {
      const date = dateOfDay(day);
      if (date !== viaDate.dateOfDay(day) || dayNumber(date) !== viaDate.dayNumber(date)) mismatches += 1;
    }
    expect(mismatches).toBe(0);
  });

  it("keeps Date's reading of overflowing days and months, years before 100, and refuses what Date cannot read", () => {
    for (const date of ["2026-02-30", "2026-02-00", "2026-13-01", "2026-00-10", "0026-01-01", "0100-01-01", "2026-01-99", "2026/01/01"]) {
      expect(dayNumber(date)).toBe(viaDate.dayNumber(date));
    }
    for (const date of ["", "2026-01-0x", "2026-01-01T00", "abcd-ef-gh"]) expect(() => dayNumber(date)).toThrow();
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("1999-12-31", "2000-03-01")).toBe(61);
  });
});
