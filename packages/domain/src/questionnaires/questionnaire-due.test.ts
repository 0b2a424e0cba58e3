import { describe, expect, it } from "vitest";
import { addCalendarMonths, questionnaireDue } from "./questionnaire-due";

describe("addCalendarMonths", () => {
  it.each([
    ["2026-01-15", 6, "2026-07-15"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-10", -1, "2025-12-10"],
    ["2025-12-10", 1, "2026-01-10"],
  ])("%s + %i months is %s", (date, months, expected) => expect(addCalendarMonths(date, months)).toBe(expected));
});

describe("questionnaireDue", () => {
  const entry = "2026-01-10";
  it.each([
    ["a closed file", null, [], "2026-03-01", { due: false, dueDate: null, lastAnsweredOn: null }],
    ["before the entry", entry, [], "2026-01-05", { due: false, dueDate: entry, lastAnsweredOn: null }],
    ["on the entry day, nothing answered", entry, [], entry, { due: true, dueDate: entry, lastAnsweredOn: null }],
    ["in the first month, nothing answered", entry, [], "2026-02-01", { due: true, dueDate: entry, lastAnsweredOn: null }],
    ["still due after the first month when never answered", entry, [], "2026-05-20", { due: true, dueDate: entry, lastAnsweredOn: null }],
    ["answered at entry: the next time point is 6 months later", entry, ["2026-01-20"], "2026-03-01", { due: false, dueDate: "2026-07-10", lastAnsweredOn: "2026-01-20" }],
    ["the 6-month point reached", entry, ["2026-01-20"], "2026-07-10", { due: true, dueDate: "2026-07-10", lastAnsweredOn: "2026-01-20" }],
    ["answered a little early for the 6-month point", entry, ["2026-01-20", "2026-06-20"], "2026-07-15", { due: false, dueDate: "2027-01-10", lastAnsweredOn: "2026-06-20" }],
    ["answered too early (two months before) for the 6-month point", entry, ["2026-01-20", "2026-05-05"], "2026-07-15", { due: true, dueDate: "2026-07-10", lastAnsweredOn: "2026-05-05" }],
    ["never answered, a year on: the 12-month point is proposed", entry, [], "2027-02-01", { due: true, dueDate: "2027-01-10", lastAnsweredOn: null }],
    ["answered late for the 6-month point", entry, ["2026-01-20", "2026-09-01"], "2026-10-01", { due: false, dueDate: "2027-01-10", lastAnsweredOn: "2026-09-01" }],
    ["a re-opened file: an answer of the former episode does not count at entry", "2026-09-01", ["2026-08-20"], "2026-09-05", { due: true, dueDate: "2026-09-01", lastAnsweredOn: "2026-08-20" }],
    ["an entry on the 31st: the 6-month point is the month's last day", "2026-08-31", ["2026-09-02"], "2027-02-28", { due: true, dueDate: "2027-02-28", lastAnsweredOn: "2026-09-02" }],
  ] as const)("%s", (_label, entryDate, answered, today, expected) => {
    expect(questionnaireDue(entryDate, answered, today)).toEqual(expected);
  });
});
