import { describe, expect, it } from "vitest";
import { dayNumber } from "../worklist/calendar";
import { computeOutcomesReport, computeOutcomesReportOfIndex } from "./compute-outcomes";
import { outcomeIndexBuilder } from "./index-builder";
import type { OutcomeRecords } from "./outcome-records";
import { episode, job, records } from "./outcome-test-records";

const Q1 = { from: "2026-01-01", to: "2026-03-31" };

const sample: OutcomeRecords = {
  ...records({
    episodes: [
      episode("ea", "a", "2025-10-01"),
      episode("eb1", "b", "2025-05-01", "2026-01-10", "moved_away"),
      episode("eb2", "b", "2026-02-01"),
      episode("ec", "c", "2026-01-15", "2026-03-01", null),
      episode("ed", "d", "2024-01-01", "2024-06-30"),
    ],
    jobs: [
      job("j3", "b", "2026-02-10", { hoursPerWeek: 10 }),
      job("j1", "a", "2025-09-01", { endDate: "2026-02-01", endReason: "fired" }),
      job("j2", "a", "2026-01-20", { competitive: false }),
      job("j4", "d", "2025-08-01"),
      job("j5", "z", "2026-01-05"), // a person not in scope: left out
    ],
    employerContacts: [
      { id: "c2", programId: "prog", date: "2026-02-01", faceToFace: true, authorId: "s1", participantIds: ["a"] },
      { id: "c1", programId: "prog", date: "2026-01-12", faceToFace: false, authorId: "s1", participantIds: ["b"] },
    ],
    contactsForPeople: [{ participantId: "c", date: "2026-01-20" }],
    referrals: [{ id: "r1", programId: "prog", specialistId: "s1", referredOn: "2026-01-03", decidedOn: "2026-01-10", status: "accepted", declineReason: null }],
    specialists: [{ id: "s1", programId: "prog", name: "Sam", fte: 1 }],
  }),
};

/** The records fed to the builder by position, the people in the order given (as a loader that numbers them does). */
const byPosition = (r: OutcomeRecords, people: OutcomeRecords["people"]) => {
  const at = (id: string) => people.findIndex((p) => p.id === id);
  const b = outcomeIndexBuilder(r.specialistId, people);
  for (const e of [...r.episodes].reverse()) b.episode(at(e.participantId), e.id, dayNumber(e.openedOn), e.closedOn === null ? null : dayNumber(e.closedOn), e.closureReason);
  for (const j of r.jobs) b.job(at(j.participantId), j, dayNumber(j.startDate), j.endDate === null ? null : dayNumber(j.endDate));
  for (const c of r.employerContacts) {
    if (c.faceToFace) for (const id of c.participantIds) b.contactDay(at(id), dayNumber(c.date));
    b.employerContact(c, dayNumber(c.date));
  }
  for (const c of r.contactsForPeople ?? []) b.contactDay(at(c.participantId), dayNumber(c.date));
  for (const x of r.referrals) b.referral(x, dayNumber(x.referredOn), x.decidedOn === null ? null : dayNumber(x.decidedOn));
  return b.build(r.specialists);
};

describe("the index built from positions", () => {
  it("gives the report of the plain records, whatever the order of the people and rows", () => {
    const people = [...sample.people, { id: "y", programId: "prog", specialistId: "s2" }].reverse();
    expect(computeOutcomesReportOfIndex(byPosition(sample, people), Q1)).toEqual(computeOutcomesReport(sample, Q1));
  });

  it("keeps only the asked specialist's people, contacts and referrals", () => {
    const people = sample.people.map((p) => (p.id === "a" ? { ...p, specialistId: "s2" } : p));
    const mine = { ...sample, people, specialistId: "s1" };
    const report = computeOutcomesReportOfIndex(byPosition(mine, people), Q1);
    expect(report).toEqual(computeOutcomesReport(mine, Q1));
    expect(report.figures.activeCaseload.ids).toEqual(["b", "c"]);
  });
});
