import { describe, expect, it } from "vitest";
import { checkStatusChange, isActiveStatus } from "./status-rules";
import { caseloadLevel, caseloadScore } from "./caseload";
import { createParticipantInput } from "./participant.contract";

describe("status changes", () => {
  it.each([
    ["referred", "engaged", undefined, { ok: true, event: "participant.status_changed" }],
    ["working", "job_search", undefined, { ok: true, event: "participant.status_changed" }],
    ["referred", "working", undefined, { ok: true, event: "participant.status_changed" }],
    ["engaged", "closed", undefined, { ok: false, reason: "closure_reason_required" }],
    ["engaged", "closed", "moved_away", { ok: true, event: "participant.closed" }],
    ["closed", "engaged", undefined, { ok: true, event: "participant.reopened" }],
    ["closed", "working", undefined, { ok: false, reason: "closed_must_reopen" }],
    ["engaged", "engaged", undefined, { ok: false, reason: "unchanged" }],
  ] as const)("%s -> %s (%s)", (from, to, reason, expected) => {
    expect(checkStatusChange(from, to, reason)).toEqual(expected);
  });

  it("counts everyone but closed records as active", () => {
    expect(isActiveStatus("follow_along")).toBe(true);
    expect(isActiveStatus("closed")).toBe(false);
  });
});

describe("caseload size (IPS-25 item S1)", () => {
  it.each([
    [0, 5], [20, 5], [21, 4], [25, 4], [26, 3], [30, 3], [31, 2], [40, 2], [41, 1], [90, 1],
  ])("%i people scores %i", (size, score) => {
    expect(caseloadScore(size)).toBe(score);
  });

  it("warns near and over the limit of 20", () => {
    expect(caseloadLevel(17)).toBe("ok");
    expect(caseloadLevel(18)).toBe("near");
    expect(caseloadLevel(20)).toBe("near");
    expect(caseloadLevel(21)).toBe("over");
  });
});

describe("zero exclusion at referral", () => {
  it("needs only a name and a referral date", () => {
    expect(createParticipantInput.safeParse({ firstName: "A", lastName: "B", referralDate: "2026-01-31" }).success).toBe(true);
  });
  it("rejects impossible dates and blank names", () => {
    const result = createParticipantInput.safeParse({ firstName: "  ", lastName: "B", referralDate: "2026-02-30" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["firstName", "referralDate"]);
  });
  it("has no clinical, readiness or legal field to require", () => {
    const fields = Object.keys(createParticipantInput.shape);
    for (const forbidden of ["diagnosis", "readiness", "hospitalisation", "legalHistory", "substanceUse"]) expect(fields).not.toContain(forbidden);
  });
});
