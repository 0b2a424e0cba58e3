import { describe, expect, it } from "vitest";
import { dayNumber } from "../worklist/calendar";
import { computeOutcomesReport, computeOutcomesReportOfIndex } from "./compute-outcomes";
import { type OutcomeIndexCompleter, joinedOutcomeIndexBuilder, mergedInIdOrder, outcomeIndexBuilder, outcomePeopleIndex } from "./index-builder";
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
  return completedWith(r, at, b);
};

/** The index, once the rows every report reads fresh (contacts, referrals) are fed by position. */
const completedWith = (r: OutcomeRecords, at: (id: string) => number, b: OutcomeIndexCompleter) => {
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

/** The people part of one program's index: its people (in the order given), their episodes and jobs, nothing else. */
const peoplePart = (r: OutcomeRecords, people: OutcomeRecords["people"]) => {
  const at = (id: string) => people.findIndex((p) => p.id === id);
  const b = outcomeIndexBuilder(r.specialistId, people);
  for (const e of r.episodes) b.episode(at(e.participantId), e.id, dayNumber(e.openedOn), e.closedOn === null ? null : dayNumber(e.closedOn), e.closureReason);
  for (const j of r.jobs) b.job(at(j.participantId), j, dayNumber(j.startDate), j.endDate === null ? null : dayNumber(j.endDate));
  return outcomePeopleIndex(b.build([]));
};

/** The index of people parts joined, completed with the rows every report reads fresh. */
const joined = (r: OutcomeRecords, parts: ReturnType<typeof peoplePart>[]) => {
  const { ids, completer } = joinedOutcomeIndexBuilder(r.specialistId, parts);
  return completedWith(r, (id) => ids.indexOf(id), completer);
};

describe("people parts joined (each program's, kept between reports: ADR 0012)", () => {
  // Two programs, their people interleaved in id order, a person in each with several jobs.
  const programOf = (id: string) => (id === "a" || id === "c" ? "p1" : "p2");
  const twoPrograms: OutcomeRecords = { ...sample, people: sample.people.map((p) => ({ ...p, programId: programOf(p.id) })) };
  const partOf = (programId: string) =>
    peoplePart(
      twoPrograms,
      twoPrograms.people.filter((p) => p.programId === programId),
    );

  it("give the report of a single index over every row, whatever the order of the parts", () => {
    const expected = computeOutcomesReport(twoPrograms, Q1);
    expect(computeOutcomesReportOfIndex(joined(twoPrograms, [partOf("p1"), partOf("p2")]), Q1)).toEqual(expected);
    expect(computeOutcomesReportOfIndex(joined(twoPrograms, [partOf("p2"), partOf("p1")]), Q1)).toEqual(expected);
    expect(computeOutcomesReportOfIndex(joined(twoPrograms, [partOf("p2"), outcomePeopleIndex({ people: [], jobs: [] }), partOf("p1")]), Q1)).toEqual(expected);
  });

  it("leave the parts as they were: a second report from the same parts is the same", () => {
    const parts = [partOf("p1"), partOf("p2")];
    const copy = structuredClone(parts);
    const first = computeOutcomesReportOfIndex(joined(twoPrograms, parts), Q1);
    expect(parts).toEqual(copy);
    expect(computeOutcomesReportOfIndex(joined(twoPrograms, parts), Q1)).toEqual(first);
    // Contact days are the report's own: a report without them does not see the first one's.
    const without = computeOutcomesReportOfIndex(joined({ ...twoPrograms, employerContacts: [], contactsForPeople: [] }, parts), Q1);
    expect(without.figures.daysToFirstEmployerContact.n).toBe(0);
    expect(first.figures.daysToFirstEmployerContact.n).toBeGreaterThan(0);
  });
});

describe("people parts of uuid ids, joined by their order keys", () => {
  // Two programs whose people and jobs interleave in id order, two ids of each sharing their first 48 bits (the
  // order key): the text of the ids decides between them.
  const id = (start: string, end: string) => `${start}-7000-8000-${end.padStart(12, "0")}`;
  const people = { u1: id("01900000-0000", "2"), u2: id("01900000-0000", "1"), u3: id("01900000-0001", "0"), u4: id("018f0000-0000", "0") };
  const programOf: Record<string, string> = { [people.u1]: "p1", [people.u2]: "p2", [people.u3]: "p1", [people.u4]: "p2" };
  const uuidRecords: OutcomeRecords = {
    ...records({
      episodes: [
        episode(id("01800000-0000", "1"), people.u1, "2025-10-01"),
        episode(id("01800000-0000", "2"), people.u2, "2026-01-05"),
        episode(id("01800000-0000", "3"), people.u3, "2025-06-01", "2026-02-01", "moved_away"),
        episode(id("01800000-0000", "4"), people.u4, "2026-02-01"),
      ],
      jobs: [
        job(id("01a00000-0000", "9"), people.u1, "2026-01-20"),
        job(id("01a00000-0000", "3"), people.u2, "2026-02-10", { hoursPerWeek: 3 }),
        job(id("01a00000-0001", "0"), people.u3, "2025-09-01", { endDate: "2026-01-15", endReason: "fired" }),
        job(id("01a00000-0000", "5"), people.u4, "2026-03-01", { competitive: false }),
        job(id("019f0000-0000", "0"), people.u1, "2025-05-01", { endDate: "2025-09-30" }),
      ],
      contactsForPeople: [{ participantId: people.u2, date: "2026-01-20" }],
    }),
  };
  const twoPrograms: OutcomeRecords = { ...uuidRecords, people: uuidRecords.people.map((p) => ({ ...p, programId: programOf[p.id]! })) };
  const partOf = (programId: string) => peoplePart(twoPrograms, twoPrograms.people.filter((p) => p.programId === programId));

  it("are in id order and give the report of a single index", () => {
    const parts = [partOf("p1"), partOf("p2")];
    expect(parts.every((part) => part.keys !== null)).toBe(true);
    const index = joined(twoPrograms, parts);
    expect(index.people.map((p) => p.id)).toEqual(Object.values(people).sort());
    expect(index.jobs.map((j) => j.job.id)).toEqual(twoPrograms.jobs.map((j) => j.id).sort());
    expect(computeOutcomesReportOfIndex(index, Q1)).toEqual(computeOutcomesReport(twoPrograms, Q1));
  });

  it("are joined by their ids' text when a part has an id that is not a uuid", () => {
    const other = peoplePart(sample, sample.people.slice(0, 1));
    expect(other.keys).toBeNull();
    const index = joined({ ...twoPrograms, people: [...twoPrograms.people, sample.people[0]!] }, [partOf("p1"), other, partOf("p2")]);
    expect(index.people.map((p) => p.id)).toEqual([...Object.values(people), sample.people[0]!.id].sort());
  });
});

describe("mergedInIdOrder", () => {
  const self = (id: string) => id;
  const keyed = (ids: string[]) => ({ rows: ids, keys: outcomePeopleIndex({ people: ids.map((id) => ({ id, programId: "p", episodes: [], jobs: [], contactDays: [] })), jobs: [] }).keys!.people });
  const a = ["018f0000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002", "01900000-0001-7000-8000-000000000000"];
  const b = ["01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000003", "01910000-0000-7000-8000-000000000000"];
  const c = ["018e0000-0000-7000-8000-000000000000"];

  it("merges lists in id order by their keys, the text between equal keys", () => {
    expect(mergedInIdOrder([keyed(a), keyed(b), keyed([]), keyed(c)], self)).toEqual([...a, ...b, ...c].sort());
  });

  it("merges by the text alone without keys", () => {
    expect(mergedInIdOrder([{ rows: ["b", "d"], keys: null }, { rows: ["a", "c", "e"], keys: null }, { rows: [], keys: null }], self)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
