import { describe, expect, it } from "vitest";
import type { RoutineActivity, RoutineCategory } from "./routine.contract";
import { activityHours, compareRoutines, hoursByCategory } from "./routine-summary";

const act = (day: number, start: string, end: string, category: RoutineCategory, label = ""): RoutineActivity => ({ day, start, end, category, label });

describe("activityHours", () => {
  it.each([
    ["09:00", "10:00", 1],
    ["09:30", "10:00", 0.5],
    ["10:00", "12:00", 2],
    ["20:00", "24:00", 4],
  ])("%s-%s is %d h", (start, end, hours) => expect(activityHours({ start, end })).toBe(hours));
});

describe("hoursByCategory", () => {
  it("sums each category over the week, zero for the others", () => {
    const hours = hoursByCategory([
      act(0, "09:00", "12:00", "job_search"),
      act(2, "09:00", "12:00", "job_search"),
      act(0, "12:00", "13:30", "meals"),
      act(1, "12:30", "13:00", "meals"),
      act(5, "20:00", "22:00", "family_friends"),
    ]);
    expect(hours).toEqual({ work: 0, job_search: 6, care: 0, medication: 0, meals: 2, household: 0, shopping: 0, leisure: 0, rest: 0, family_friends: 2 });
  });
  it("is all zeros for an empty week", () => {
    expect(Object.values(hoursByCategory([])).every((h) => h === 0)).toBe(true);
  });
});

describe("compareRoutines", () => {
  const before = {
    activities: [
      act(0, "09:00", "12:00", "job_search", "Recherche au Pôle"),
      act(0, "12:00", "13:00", "meals"),
      act(2, "14:00", "15:00", "care", "CMP"),
      act(4, "10:00", "11:00", "shopping"),
    ],
    answers: { bedtime: "23h", wakingUp: "Réveil du téléphone" },
  };
  const after = {
    activities: [
      act(0, "09:00", "13:00", "work", "Boulangerie"),
      act(0, "13:00", "14:00", "meals"),
      act(2, "14:00", "15:00", "care", "cmp "),
      act(4, "10:00", "11:00", "shopping"),
      act(5, "10:00", "12:00", "leisure", "Piscine"),
    ],
    answers: { bedtime: "22h", wakingUp: "Réveil du téléphone", ifLate: "J'appelle Samuel" },
  };
  const result = compareRoutines(before, after);

  it("says per day what was added and removed; a moved lunch is one of each; labels match without case", () => {
    expect(result.days.map((d) => [d.day, d.added.length, d.removed.length, d.unchanged])).toEqual([
      [0, 2, 2, 0],
      [1, 0, 0, 0],
      [2, 0, 0, 1],
      [3, 0, 0, 0],
      [4, 0, 0, 1],
      [5, 1, 0, 0],
      [6, 0, 0, 0],
    ]);
    expect(result.days[0]?.added).toEqual([act(0, "09:00", "13:00", "work", "Boulangerie"), act(0, "13:00", "14:00", "meals")]);
    expect(result.days[0]?.removed).toEqual([act(0, "09:00", "12:00", "job_search", "Recherche au Pôle"), act(0, "12:00", "13:00", "meals")]);
  });

  it("gives hours per category before and after, only for categories present", () => {
    expect(result.categories).toEqual([
      { category: "work", before: 0, after: 4, delta: 4 },
      { category: "job_search", before: 3, after: 0, delta: -3 },
      { category: "care", before: 1, after: 1, delta: 0 },
      { category: "meals", before: 1, after: 1, delta: 0 },
      { category: "shopping", before: 1, after: 1, delta: 0 },
      { category: "leisure", before: 0, after: 2, delta: 2 },
    ]);
  });

  it("lists the questions whose answer changed, in the manual's order", () => {
    expect(result.answersChanged).toEqual(["bedtime", "ifLate"]);
  });

  it("finds nothing between a version and itself", () => {
    const same = compareRoutines(after, after);
    expect(same.days.every((d) => d.added.length === 0 && d.removed.length === 0)).toBe(true);
    expect(same.categories.every((c) => c.delta === 0)).toBe(true);
    expect(same.answersChanged).toEqual([]);
  });

  it("keeps both copies of a repeated activity apart", () => {
    const twice = compareRoutines({ activities: [act(1, "09:00", "10:00", "rest")], answers: {} }, { activities: [act(1, "09:00", "10:00", "rest"), act(1, "09:00", "10:00", "rest")], answers: {} });
    expect(twice.days[1]).toMatchObject({ unchanged: 1, added: [act(1, "09:00", "10:00", "rest")], removed: [] });
  });
});
