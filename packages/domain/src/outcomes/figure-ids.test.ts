import { describe, expect, it } from "vitest";
import { computeOutcomes } from "./compute-outcomes";
import { figureIds } from "./figure-ids";
import { recordsByProgram, recordsOfProgram } from "./outcome-records";
import { episode, job, records } from "./outcome-test-records";

const figures = computeOutcomes(
  records({
    episodes: [episode("ea", "a", "2025-01-01", "2026-02-01", "moved_away"), episode("eb", "b", "2025-01-01")],
    jobs: [job("j1", "b", "2026-01-10", { endDate: "2026-02-10", endReason: "resigned" })],
  }),
  { from: "2026-01-01", to: "2026-03-31" },
);

describe("the ids behind a figure", () => {
  it.each([
    ["activeCaseload", undefined, undefined, { kind: "participant", ids: ["a", "b"] }],
    ["competitiveEmploymentRate", "numerator", undefined, { kind: "participant", ids: ["b"] }],
    ["competitiveEmploymentRate", "denominator", undefined, { kind: "participant", ids: ["a", "b"] }],
    ["competitiveEmploymentRate", undefined, undefined, { problem: "part_required" }],
    ["jobEndingsByReason", undefined, "resigned", { kind: "job", ids: ["j1"] }],
    ["jobEndingsByReason", undefined, "dismissed", { kind: "job", ids: [] }],
    ["jobEndingsByReason", undefined, "bored", { problem: "unknown_reason" }],
    ["closuresByReason", undefined, undefined, { kind: "participant", ids: ["a"] }],
    ["employerContactsPerSpecialistPerWeek", undefined, undefined, { kind: "employer_contact", ids: [] }],
  ] as const)("%s %s %s", (figure, part, reason, expected) => {
    expect(figureIds(figures, figure, part, reason)).toEqual(expected);
  });
});

describe("records by program", () => {
  it("splits the records as recordsOfProgram does, in one pass", () => {
    const all = records({ episodes: [episode("ea", "a", "2025-01-01"), episode("eb", "b", "2025-01-01")], jobs: [job("j1", "b", "2026-01-10")] });
    const split = { ...all, people: [{ id: "a", programId: "p1", specialistId: null }, { id: "b", programId: "p2", specialistId: null }] };
    const byProgram = recordsByProgram(split);
    for (const programId of ["p1", "p2"]) expect(byProgram.get(programId)).toEqual({ ...recordsOfProgram(split, programId), contactsForPeople: [] });
  });
});
