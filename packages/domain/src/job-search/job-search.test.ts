import { describe, expect, it } from "vitest";
import { applicationReasonCodes, applicationStatuses, createApplicationInput, notSelectedReasons, withdrawalReasons } from "./application.contract";
import { applicationTransitions, checkApplicationTransition, isFinalApplicationStatus } from "./application-transitions";
import { jobSearchPlanDataSchema, overdueSteps } from "./job-search-plan.contract";

const TODAY = "2026-03-10";
const STEP = "00000000-0000-7000-8000-000000000001";

describe("application transitions", () => {
  it.each([
    ["interested", "applied", true],
    ["interested", "withdrawn", true],
    ["interested", "interview", false],
    ["interested", "hired", false],
    ["applied", "interview", true],
    ["applied", "offer", true],
    ["applied", "hired", true],
    ["applied", "not_selected", true],
    ["applied", "interested", false],
    ["interview", "interview", true],
    ["interview", "offer", true],
    ["interview", "applied", false],
    ["offer", "hired", true],
    ["offer", "withdrawn", true],
    ["offer", "not_selected", true],
    ["offer", "interview", false],
    ["hired", "withdrawn", false],
    ["not_selected", "applied", false],
    ["withdrawn", "interested", false],
  ] as const)("%s -> %s: %s", (from, to, allowed) => {
    expect(applicationTransitions[from].includes(to)).toBe(allowed);
  });

  it("accepts in the contract exactly the reasons of both lists", () => {
    expect([...applicationReasonCodes].sort()).toEqual([...new Set([...notSelectedReasons, ...withdrawalReasons])].sort());
  });

  it("ends with hired, not selected and withdrawn only", () => {
    expect(applicationStatuses.filter(isFinalApplicationStatus)).toEqual(["hired", "not_selected", "withdrawn"]);
  });

  it.each([
    ["applied after interest", "interested", "2026-03-01", { status: "applied", date: "2026-03-05" }, { ok: true }],
    ["a second interview", "interview", "2026-03-01", { status: "interview", date: "2026-03-08" }, { ok: true }],
    ["an interview scheduled ahead", "applied", "2026-03-01", { status: "interview", date: "2026-03-20" }, { ok: true }],
    ["a hire dated ahead", "offer", "2026-03-01", { status: "hired", date: "2026-03-20" }, { ok: false, reason: "date_in_future" }],
    ["a date before the previous step", "applied", "2026-03-05", { status: "interview", date: "2026-03-04" }, { ok: false, reason: "date_before_previous" }],
    ["the same day as the previous step", "applied", "2026-03-05", { status: "not_selected", date: "2026-03-05", reason: "no_answer" }, { ok: true }],
    ["not selected without a reason", "applied", "2026-03-01", { status: "not_selected", date: "2026-03-05" }, { ok: false, reason: "reason_required" }],
    ["withdrawn with an employer's reason", "applied", "2026-03-01", { status: "withdrawn", date: "2026-03-05", reason: "no_answer" }, { ok: false, reason: "reason_required" }],
    ["withdrawn for the commute", "offer", "2026-03-01", { status: "withdrawn", date: "2026-03-05", reason: "commute" }, { ok: true }],
    ["a reason on a hire", "offer", "2026-03-01", { status: "hired", date: "2026-03-05", reason: "pay" }, { ok: false, reason: "reason_not_applicable" }],
    ["back to interested", "applied", "2026-03-01", { status: "interested", date: "2026-03-05" }, { ok: false, reason: "invalid_transition" }],
  ] as const)("%s", (_label, status, date, change, expected) => {
    expect(checkApplicationTransition({ status, date }, change, TODAY)).toMatchObject(expected);
  });

  it("returns the dated event to append", () => {
    expect(checkApplicationTransition({ status: "offer", date: "2026-03-01" }, { status: "withdrawn", date: "2026-03-05", reason: "hours", note: "trop d'heures" }, TODAY)).toEqual({
      ok: true,
      event: { status: "withdrawn", date: "2026-03-05", reason: "hours", note: "trop d'heures" },
    });
  });
});

describe("job search plan", () => {
  it("starts empty and requires a done date on done steps", () => {
    expect(jobSearchPlanDataSchema.parse({})).toMatchObject({ targetJobs: [], steps: [], notes: "" });
    const step = { id: STEP, description: "Déposer un CV", owner: "participant", status: "done" };
    expect(jobSearchPlanDataSchema.safeParse({ steps: [step] }).success).toBe(false);
    expect(jobSearchPlanDataSchema.safeParse({ steps: [{ ...step, doneOn: "2026-03-02" }] }).success).toBe(true);
  });
  it("accepts a target employer by id or by name, not neither", () => {
    expect(jobSearchPlanDataSchema.safeParse({ targetEmployers: [{ name: "Le Bouchon" }] }).success).toBe(true);
    expect(jobSearchPlanDataSchema.safeParse({ targetEmployers: [{ employerId: STEP }] }).success).toBe(true);
    expect(jobSearchPlanDataSchema.safeParse({ targetEmployers: [{}] }).success).toBe(false);
  });
  it("lists overdue steps", () => {
    const plan = jobSearchPlanDataSchema.parse({
      steps: [
        { id: STEP, description: "a", owner: "participant", dueDate: "2026-03-09" },
        { id: STEP, description: "b", owner: "specialist", dueDate: TODAY },
        { id: STEP, description: "c", owner: "specialist", dueDate: "2026-03-01", status: "done", doneOn: "2026-03-01" },
      ],
    });
    expect(overdueSteps(plan, TODAY).map((s) => s.description)).toEqual(["a"]);
  });
});

describe("application input", () => {
  it("needs a title, unless the application is for an opening (its title is used)", () => {
    const base = { employerName: "Le Bouchon", date: TODAY };
    expect(createApplicationInput.safeParse(base).success).toBe(false);
    expect(createApplicationInput.safeParse({ ...base, title: "Commis" }).success).toBe(true);
    expect(createApplicationInput.safeParse({ date: TODAY, openingId: STEP }).success).toBe(true);
  });
});
