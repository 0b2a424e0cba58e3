import { describe, expect, it } from "vitest";
import { type GoalStatus, type GoalStep, type UpdateGoal, goalStatuses, smartSchema, updateGoalInput } from "./goal.contract";
import { applyGoalUpdate, canBeRevised, canMoveGoal, goalCreateIssues, goalUpdateIssues, normalizeGoalSteps } from "./goal-rules";

const today = "2026-10-15";
const stepA = "0190a000-0000-7000-8000-00000000000a";
const stepB = "0190a000-0000-7000-8000-00000000000b";
const step = (id: string, done: boolean, doneOn: string | null = null, label = "Un pas"): GoalStep => ({ id, label, done, doneOn });

const goal = (status: GoalStatus, extra: Partial<Parameters<typeof goalUpdateIssues>[0]> = {}) => ({
  goal: "Me présenter à trois employeurs",
  smart: smartSchema.parse({}),
  steps: [step(stepA, false), step(stepB, true, "2026-10-01")],
  dueOn: "2026-12-01",
  reviewOn: "2026-10-20",
  status,
  reviews: [],
  sharedWithCareTeam: false,
  ...extra,
});
const patch = (body: Record<string, unknown>) => updateGoalInput.parse({ version: 1, ...body });

describe("goal status transitions", () => {
  it.each([
    ["active", "achieved", true],
    ["active", "stopped", true],
    ["active", "revised", false],
    ["active", "active", true],
    ["achieved", "active", true],
    ["achieved", "stopped", false],
    ["stopped", "active", true],
    ["stopped", "achieved", false],
    ["revised", "active", false],
    ["revised", "achieved", false],
  ] as const)("%s -> %s: %s", (from, to, allowed) => expect(canMoveGoal(from, to)).toBe(allowed));

  it.each([
    ["active", true],
    ["stopped", true],
    ["achieved", false],
    ["revised", false],
  ] as const)("a %s goal can be revised: %s", (status, expected) => expect(canBeRevised(status)).toBe(expected));

  it("knows every status", () => expect([...goalStatuses]).toEqual(["active", "achieved", "revised", "stopped"]));
});

describe("normalizeGoalSteps", () => {
  it.each([
    ["a step ticked without a day gets today", [step(stepA, true)], [step(stepA, false)], [step(stepA, true, today)]],
    ["a step ticked with a day keeps it", [step(stepA, true, "2026-10-10")], [], [step(stepA, true, "2026-10-10")]],
    ["a re-sent ticked step keeps its first day", [step(stepA, true)], [step(stepA, true, "2026-09-30")], [step(stepA, true, "2026-09-30")]],
    ["an unticked step loses its day", [step(stepA, false, "2026-10-10")], [step(stepA, true, "2026-10-10")], [step(stepA, false, null)]],
    ["a new ticked step gets today", [step(stepB, true)], [step(stepA, true, "2026-09-30")], [step(stepB, true, today)]],
  ])("%s", (_label, steps, previous, expected) => expect(normalizeGoalSteps(steps, previous, today)).toEqual(expected));
});

describe("goalCreateIssues", () => {
  it.each([
    ["a plain goal", { steps: [], dueOn: null, reviewOn: null }, []],
    ["due and review dates in the future", { steps: [], dueOn: "2027-01-01", reviewOn: "2026-11-01" }, []],
    ["a due date before 2000", { steps: [], dueOn: "1999-12-31", reviewOn: null }, [{ path: "dueOn", message: "goal_date_too_old" }]],
    ["a step done tomorrow", { steps: [step(stepA, true, "2026-10-16")], dueOn: null, reviewOn: null }, [{ path: "steps.0.doneOn", message: "goal_date_in_future" }]],
    [
      "two steps with the same id",
      { steps: [step(stepA, false), step(stepA, false, null, "Autre")], dueOn: null, reviewOn: null },
      [{ path: "steps.1.id", message: "goal_step_duplicate" }],
    ],
  ])("%s", (_label, input, expected) => expect(goalCreateIssues(input, today)).toEqual(expected));
});

describe("goalUpdateIssues", () => {
  it.each([
    ["ticking a step of an active goal", goal("active"), { steps: [step(stepA, true), step(stepB, true)] }, []],
    ["marking an active goal achieved with its last step", goal("active"), { status: "achieved", steps: [step(stepA, true), step(stepB, true)] }, []],
    ["reopening an achieved goal and adding a step", goal("achieved"), { status: "active", steps: [step(stepA, false)] }, []],
    ["editing an achieved goal without reopening it", goal("achieved"), { goal: "Autre" }, [{ path: "goal", message: "goal_not_in_progress" }]],
    [
      "changing the dates of a stopped goal",
      goal("stopped"),
      { dueOn: "2027-01-01", reviewOn: null },
      [
        { path: "dueOn", message: "goal_not_in_progress" },
        { path: "reviewOn", message: "goal_not_in_progress" },
      ],
    ],
    ["reaching a stopped goal directly", goal("stopped"), { status: "achieved" }, [{ path: "status", message: "goal_status_transition" }]],
    ["setting revised by hand", goal("active"), { status: "revised" }, [{ path: "status", message: "goal_status_transition" }]],
    [
      "reopening a revised goal",
      goal("revised"),
      { status: "active", smart: smartSchema.parse({ specific: "x" }) },
      [
        { path: "status", message: "goal_status_transition" },
        { path: "smart", message: "goal_not_in_progress" },
      ],
    ],
    ["sharing a revised goal", goal("revised"), { sharedWithCareTeam: true }, []],
    ["a review of an achieved goal", goal("achieved"), { addReview: { on: today, learned: "Demander de l'aide" } }, []],
    ["a review of a revised goal", goal("revised"), { addReview: { on: today, learned: "x" } }, [{ path: "addReview", message: "goal_revised_locked" }]],
    ["an empty review", goal("active"), { addReview: { on: today, progress: "  " } }, [{ path: "addReview", message: "goal_review_empty" }]],
    ["a review dated tomorrow", goal("active"), { addReview: { on: "2026-10-16", progress: "x" } }, [{ path: "addReview.on", message: "goal_date_in_future" }]],
    [
      "a 61st review",
      goal("active", { reviews: Array.from({ length: 60 }, () => ({ on: "2026-01-01", progress: "x", learned: "", smallestChange: "" })) }),
      { addReview: { on: today, progress: "x" } },
      [{ path: "addReview", message: "goal_too_many_reviews" }],
    ],
  ] as const)("%s", (_label, current, body, expected) => expect(goalUpdateIssues(current, patch(body), today)).toEqual(expected));
});

describe("applyGoalUpdate", () => {
  it("ticks a step (today) and says only the steps changed", () => {
    const { next, changes } = applyGoalUpdate(goal("active"), patch({ steps: [step(stepA, true), step(stepB, true)] }), today);
    expect(next.steps).toEqual([step(stepA, true, today), step(stepB, true, "2026-10-01")]);
    expect(changes).toEqual(["steps"]);
  });

  it("counts nothing for a form re-sent unchanged", () => {
    const current = goal("active");
    // Keys in another order, as the database's jsonb gives them back.
    const steps = current.steps.map(({ id, label, done, doneOn }) => ({ doneOn, id, done, label }));
    const smart = { timely: "", realistic: "", specific: "", measurable: "", actionOriented: "" };
    const unchanged: UpdateGoal = { version: 1, goal: current.goal, smart, steps, dueOn: current.dueOn, status: "active", sharedWithCareTeam: false };
    const { changes } = applyGoalUpdate(current, unchanged, today);
    expect(changes).toEqual([]);
  });

  it("keeps reviews in date order, a late one in its place", () => {
    const reviews = [
      { on: "2026-09-01", progress: "a", learned: "", smallestChange: "" },
      { on: "2026-10-01", progress: "c", learned: "", smallestChange: "" },
    ];
    const { next, changes } = applyGoalUpdate(goal("active", { reviews }), patch({ addReview: { on: "2026-09-15", progress: "b" } }), today);
    expect(next.reviews.map((r) => r.progress)).toEqual(["a", "b", "c"]);
    expect(changes).toEqual(["review"]);
  });

  it("lists every part changed, in a fixed order", () => {
    const { next, changes } = applyGoalUpdate(
      goal("active"),
      patch({ status: "achieved", goal: "Me présenter à deux employeurs", reviewOn: null, addReview: { on: today, smallestChange: "J'ose appeler" }, sharedWithCareTeam: true }),
      today,
    );
    expect(changes).toEqual(["goal", "dates", "status", "review", "sharing"]);
    expect(next).toMatchObject({ status: "achieved", reviewOn: null, dueOn: "2026-12-01", sharedWithCareTeam: true });
  });
});
