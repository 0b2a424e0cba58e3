import { describe, expect, it } from "vitest";
import { activitiesOverlap, freeSlotAt, minutesOf, routineIssues, routineSlotTimes, timeOf } from "./routine-grid";
import { saveRoutineInput } from "./routine.contract";

const act = (day: number, start: string, end: string) => ({ day, start, end, category: "work" as const, label: "" });
const grid = (activities: ReturnType<typeof act>[], firstHour = 9, lastHour = 22) => ({ firstHour, lastHour, activities });

describe("minutesOf / timeOf", () => {
  it.each([
    ["00:00", 0],
    ["09:30", 570],
    ["22:00", 1320],
    ["24:00", 1440],
  ])("%s is %i minutes, and back", (time, minutes) => {
    expect(minutesOf(time)).toBe(minutes);
    expect(timeOf(minutes)).toBe(time);
  });
});

describe("routineSlotTimes", () => {
  it("gives every half hour of the grid, both ends included", () => {
    expect(routineSlotTimes(9, 11)).toEqual(["09:00", "09:30", "10:00", "10:30", "11:00"]);
    expect(routineSlotTimes(9, 22)).toHaveLength(27);
    expect(routineSlotTimes(0, 24).at(-1)).toBe("24:00");
  });
});

describe("routineIssues", () => {
  it.each([
    ["an empty week", grid([]), []],
    ["the manual's slots (9h-10h, 10h-12h...)", grid([act(0, "09:00", "10:00"), act(0, "10:00", "12:00"), act(0, "20:00", "22:00")]), []],
    ["half hours", grid([act(3, "12:30", "13:00")]), []],
    ["the same times on two different days", grid([act(0, "09:00", "12:00"), act(1, "09:00", "12:00")]), []],
    ["a grid running to midnight", grid([act(6, "22:00", "24:00")], 9, 24), []],
    ["an early grid from 6h", grid([act(1, "06:00", "06:30")], 6, 22), []],
    ["an end before the start", grid([act(0, "11:00", "10:00")]), [{ path: "activities.0.end", message: "routine_end_before_start" }]],
    ["an end equal to the start", grid([act(0, "11:00", "11:00")]), [{ path: "activities.0.end", message: "routine_end_before_start" }]],
    ["a quarter past", grid([act(2, "09:15", "10:00")]), [{ path: "activities.0.start", message: "routine_slot_boundary" }]],
    ["an end at 10:45", grid([act(2, "09:00", "10:45")]), [{ path: "activities.0.end", message: "routine_slot_boundary" }]],
    ["a start before the grid's first hour", grid([act(0, "08:00", "09:30")]), [{ path: "activities.0.start", message: "routine_outside_grid" }]],
    ["an end after the grid's last hour", grid([act(0, "21:00", "23:00")]), [{ path: "activities.0.end", message: "routine_outside_grid" }]],
    ["an activity wholly after the grid", grid([act(0, "22:00", "23:00")]), [
      { path: "activities.0.start", message: "routine_outside_grid" },
      { path: "activities.0.end", message: "routine_outside_grid" },
    ]],
    ["an activity fine in the manual's grid, outside a narrowed one", grid([act(0, "09:00", "11:00")], 10, 18), [{ path: "activities.0.start", message: "routine_outside_grid" }]],
    ["hours in the wrong order", grid([], 22, 9), [{ path: "lastHour", message: "routine_hours_order" }]],
    ["a grid of no hours", grid([], 12, 12), [{ path: "lastHour", message: "routine_hours_order" }]],
    ["two activities sharing half an hour, both named with the other", grid([act(0, "09:00", "10:30"), act(1, "09:00", "10:00"), act(0, "10:00", "12:00")]), [
      { path: "activities.0", message: "routine_activity_overlap", otherIndex: 2 },
      { path: "activities.2", message: "routine_activity_overlap", otherIndex: 0 },
    ]],
    ["one activity inside another", grid([act(4, "09:00", "17:00"), act(4, "12:00", "13:00")]), [
      { path: "activities.0", message: "routine_activity_overlap", otherIndex: 1 },
      { path: "activities.1", message: "routine_activity_overlap", otherIndex: 0 },
    ]],
    ["the same activity twice", grid([act(5, "14:00", "16:00"), act(5, "14:00", "16:00")]), [
      { path: "activities.0", message: "routine_activity_overlap", otherIndex: 1 },
      { path: "activities.1", message: "routine_activity_overlap", otherIndex: 0 },
    ]],
    ["an invalid activity is not also reported as overlapping", grid([act(0, "09:00", "12:00"), act(0, "11:00", "10:00")]), [
      { path: "activities.1.end", message: "routine_end_before_start" },
    ]],
  ] as const)("%s", (_label, input, expected) => {
    expect(routineIssues(input)).toEqual(expected);
  });
});

describe("activitiesOverlap", () => {
  it.each([
    [act(0, "09:00", "10:00"), act(0, "10:00", "11:00"), false],
    [act(0, "09:00", "10:30"), act(0, "10:00", "11:00"), true],
    [act(0, "09:00", "10:30"), act(1, "10:00", "11:00"), false],
    [act(0, "12:00", "13:00"), act(0, "09:00", "18:00"), true],
  ])("%o and %o: %s", (a, b, expected) => expect(activitiesOverlap(a, b)).toBe(expected));
});

describe("freeSlotAt (a click on an empty cell)", () => {
  const week = [act(0, "09:00", "12:00"), act(0, "14:00", "16:00"), act(0, "16:00", "17:00")];
  it.each([
    ["a free morning of another day: one hour", 1, "09:00", { start: "09:00", end: "10:00" }],
    ["a click at 12:40 lands on the 12:30 slot", 0, "12:40", { start: "12:30", end: "13:30" }],
    ["half an hour before the next activity: up to it", 0, "13:30", { start: "13:30", end: "14:00" }],
    ["the last slot of the grid", 2, "21:30", { start: "21:30", end: "22:00" }],
    ["a taken slot", 0, "10:00", null],
    ["the start of a taken slot", 0, "14:00", null],
    ["before the grid", 0, "08:00", null],
    ["the grid's end", 0, "22:00", null],
  ] as const)("%s", (_label, day, time, expected) => {
    expect(freeSlotAt(week, day, time, { firstHour: 9, lastHour: 22 })).toEqual(expected);
  });
});

describe("saveRoutineInput", () => {
  it("fills the manual's hours and empty answers by default", () => {
    expect(saveRoutineInput.parse({ label: " Avant la reprise ", validFrom: "2026-09-07" })).toEqual({
      label: "Avant la reprise", validFrom: "2026-09-07", jobId: null, firstHour: 9, lastHour: 22, activities: [], answers: {}, sharedWithCareTeam: false,
    });
  });
  it.each([
    ["an empty label", { label: "  " }, "label"],
    ["a day 7", { activities: [{ day: 7, start: "09:00", end: "10:00", category: "work" }] }, "activities.0.day"],
    ["a time of 9h", { activities: [{ day: 0, start: "9:00", end: "10:00", category: "work" }] }, "activities.0.start"],
    ["25:00", { activities: [{ day: 0, start: "09:00", end: "25:00", category: "work" }] }, "activities.0.end"],
    ["24:30", { activities: [{ day: 0, start: "09:00", end: "24:30", category: "work" }] }, "activities.0.end"],
    ["an unknown category", { activities: [{ day: 0, start: "09:00", end: "10:00", category: "sport" }] }, "activities.0.category"],
    ["an unknown question", { answers: { favouriteColour: "bleu" } }, "answers"],
    ["a first hour of 24", { firstHour: 24 }, "firstHour"],
    ["a last hour of 25", { lastHour: 25 }, "lastHour"],
    ["a last hour of 0", { lastHour: 0 }, "lastHour"],
    ["an answer of 2,001 characters", { answers: { bedtime: "x".repeat(2_001) } }, "answers.bedtime"],
  ])("refuses %s", (_label, extra, path) => {
    const result = saveRoutineInput.safeParse({ label: "Semaine", validFrom: "2026-09-07", ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});
