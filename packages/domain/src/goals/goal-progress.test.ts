import { describe, expect, it } from "vitest";
import type { GoalReview, GoalStatus, GoalStep } from "./goal.contract";
import { compareGoals, goalProgress } from "./goal-progress";

const today = "2026-10-15";
const steps = (done: number, total: number): GoalStep[] =>
  Array.from({ length: total }, (_, i) => ({ id: `0190a000-0000-7000-8000-${String(i).padStart(12, "0")}`, label: `Pas ${i}`, done: i < done, doneOn: i < done ? "2026-10-01" : null }));
const review = (on: string): GoalReview => ({ on, progress: "x", learned: "", smallestChange: "" });

type Case = [string, { status?: GoalStatus; done?: number; total?: number; dueOn?: string | null; reviewOn?: string | null; reviews?: GoalReview[] }, Record<string, unknown>];

describe("goalProgress", () => {
  it.each<Case>([
    ["no steps, no dates", {}, { stepsDone: 0, stepsTotal: 0, shareDone: null, review: "not_planned", due: "none", daysToReview: null, lastReviewOn: null }],
    ["half the steps done", { done: 2, total: 4 }, { stepsDone: 2, stepsTotal: 4, shareDone: 0.5 }],
    ["every step done", { done: 3, total: 3 }, { shareDone: 1 }],
    ["review in three weeks", { reviewOn: "2026-11-05" }, { review: "planned", daysToReview: 21 }],
    ["review in exactly a week is still planned", { reviewOn: "2026-10-22" }, { review: "planned", daysToReview: 7 }],
    ["review in six days is due", { reviewOn: "2026-10-21" }, { review: "due", daysToReview: 6 }],
    ["review today is due", { reviewOn: today }, { review: "due", daysToReview: 0 }],
    ["review date passed", { reviewOn: "2026-10-10" }, { review: "overdue", daysToReview: -5 }],
    ["review date passed, an older review does not count", { reviewOn: "2026-10-10", reviews: [review("2026-09-01")] }, { review: "overdue", lastReviewOn: "2026-09-01" }],
    ["the planned review was held", { reviewOn: "2026-10-10", reviews: [review("2026-10-12"), review("2026-09-01")] }, { review: "not_planned", daysToReview: null, lastReviewOn: "2026-10-12" }],
    ["held on the planned day", { reviewOn: "2026-10-10", reviews: [review("2026-10-10")] }, { review: "not_planned" }],
    ["due date ahead", { dueOn: "2026-10-15" }, { due: "upcoming" }],
    ["due date passed", { dueOn: "2026-10-14" }, { due: "passed" }],
    ["an achieved goal has no review nor due state", { status: "achieved", reviewOn: "2026-10-01", dueOn: "2026-10-01", done: 1, total: 2 }, { review: "closed", due: "closed", shareDone: 0.5 }],
    ["a stopped goal", { status: "stopped", reviewOn: "2026-10-01" }, { review: "closed", due: "closed" }],
    ["a revised goal", { status: "revised", dueOn: "2026-10-01" }, { review: "closed", due: "closed" }],
  ])("%s", (_label, g, expected) => {
    const progress = goalProgress(
      { status: g.status ?? "active", steps: steps(g.done ?? 0, g.total ?? 0), dueOn: g.dueOn ?? null, reviewOn: g.reviewOn ?? null, reviews: g.reviews ?? [] },
      today,
    );
    expect(progress).toMatchObject(expected);
  });
});

describe("compareGoals", () => {
  it("lists goals in progress first, then achieved, stopped, revised; newest first within each", () => {
    const goals = [
      { id: "a", status: "achieved" as const, createdAt: "2026-03-01T10:00:00Z" },
      { id: "b", status: "active" as const, createdAt: "2026-01-01T10:00:00Z" },
      { id: "c", status: "revised" as const, createdAt: "2026-09-01T10:00:00Z" },
      { id: "d", status: "active" as const, createdAt: "2026-05-01T10:00:00Z" },
      { id: "e", status: "stopped" as const, createdAt: "2026-02-01T10:00:00Z" },
      { id: "f", status: "achieved" as const, createdAt: "2026-06-01T10:00:00Z" },
    ];
    expect([...goals].sort(compareGoals).map((g) => g.id)).toEqual(["d", "b", "f", "a", "e", "c"]);
  });
});
