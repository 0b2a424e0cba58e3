import { describe, expect, it } from "vitest";
import { computeOutcomes } from "./compute-outcomes";
import { episode, job, records } from "./outcome-test-records";

const Q1 = { from: "2026-01-01", to: "2026-03-31" };

describe("active caseload and episodes", () => {
  it.each([
    ["open before the quarter, still open", [episode("e", "p", "2025-06-01")], ["p"]],
    ["entering mid-quarter", [episode("e", "p", "2026-02-15")], ["p"]],
    ["entering the quarter's last day", [episode("e", "p", "2026-03-31")], ["p"]],
    ["entering the day after", [episode("e", "p", "2026-04-01")], []],
    ["closed mid-quarter", [episode("e", "p", "2025-06-01", "2026-02-10")], ["p"]],
    ["closed the quarter's first day", [episode("e", "p", "2025-06-01", "2026-01-01")], ["p"]],
    ["closed the day before", [episode("e", "p", "2025-06-01", "2025-12-31")], []],
    ["re-opened in the quarter counts once", [episode("e1", "p", "2025-06-01", "2026-01-20"), episode("e2", "p", "2026-03-01")], ["p"]],
  ])("%s", (_label, episodes, expected) => {
    expect(computeOutcomes(records({ episodes }), Q1).activeCaseload.ids).toEqual(expected);
  });

  it("counts entries and closures once per person, closures by the reason of the latest closure in the period", () => {
    const f = computeOutcomes(
      records({
        episodes: [
          episode("a1", "a", "2025-05-01", "2026-01-10", "moved_away"),
          episode("a2", "a", "2026-02-01", "2026-03-20", "chose_to_stop"),
          episode("b1", "b", "2026-01-15"),
          episode("c1", "c", "2025-01-01", "2026-02-01", null),
          episode("d1", "d", "2025-01-01", "2026-02-01", "not_a_reason"),
        ],
      }),
      Q1,
    );
    expect(f.entries.ids).toEqual(["a", "b"]);
    expect(f.closures.ids).toEqual(["a", "c", "d"]);
    expect(f.closuresByReason).toEqual([
      { reason: "chose_to_stop", count: 1, ids: ["a"] },
      { reason: "unknown", count: 2, ids: ["c", "d"] },
    ]);
  });

  it("reads only the current specialist's people when a specialist is asked for", () => {
    const base = records({ episodes: [episode("e1", "p1", "2025-01-01"), episode("e2", "p2", "2025-01-01")] });
    const people = [
      { id: "p1", programId: "prog", specialistId: "s1" },
      { id: "p2", programId: "prog", specialistId: "s2" },
    ];
    expect(computeOutcomes({ ...base, people, specialistId: "s2" }, Q1).activeCaseload.ids).toEqual(["p2"]);
  });
});

describe("competitive employment rate (US)", () => {
  const episodes = [episode("ea", "a", "2025-01-01"), episode("eb", "b", "2025-01-01"), episode("ec", "c", "2025-01-01"), episode("ed", "d", "2025-01-01")];
  it.each([
    ["a job ending on the quarter's first day counts", [job("j", "a", "2025-06-01", { endDate: "2026-01-01" })], ["a"]],
    ["a job ending the day before does not", [job("j", "a", "2025-06-01", { endDate: "2025-12-31" })], []],
    ["a job starting the quarter's last day counts", [job("j", "a", "2026-03-31")], ["a"]],
    ["a job starting the day after does not", [job("j", "a", "2026-04-01")], []],
    ["concurrent jobs count the person once", [job("j1", "a", "2026-01-05"), job("j2", "a", "2026-02-01")], ["a"]],
    ["not competitive or unknown does not count", [job("j1", "a", "2026-01-05", { competitive: false }), job("j2", "b", "2026-01-05", { competitive: null })], []],
    ["a job under 4 hours counts (any competitive job)", [job("j", "a", "2026-01-05", { hoursPerWeek: 2 })], ["a"]],
  ])("%s", (_label, jobs, numerator) => {
    const f = computeOutcomes(records({ episodes, jobs }), Q1).competitiveEmploymentRate;
    expect(f.numeratorIds).toEqual(numerator);
    expect(f.denominator).toBe(4);
    expect(f.rate).toBe(numerator.length / 4);
  });

  it("is null with nobody on the caseload", () => {
    expect(computeOutcomes(records({ episodes: [] }), Q1).competitiveEmploymentRate).toMatchObject({ rate: null, numerator: 0, denominator: 0 });
  });

  it("leaves out the job of someone not on the caseload in the period", () => {
    const f = computeOutcomes(records({ episodes: [episode("e", "a", "2025-01-01", "2025-11-30")], jobs: [job("j", "a", "2026-01-05")] }), Q1);
    expect(f.competitiveEmploymentRate.numerator).toBe(0);
    expect(f.jobStarts.ids).toEqual(["j"]); // job starts count every job of the people in scope
  });
});

describe("UK rate, supported into work, days to first job", () => {
  it("excludes people employed at entry and counts those who started a job since entry", () => {
    const f = computeOutcomes(
      records({
        episodes: [
          episode("ea", "a", "2025-10-01"), // employed at entry (job from 2025-09, still running)
          episode("eb", "b", "2025-10-01"), // job started in December: counts for the UK rate, not supported in the quarter
          episode("ec", "c", "2025-10-01"), // job ended the day before entry: out of work at entry, no job since
          episode("ed", "d", "2025-10-01"), // job starting on entry day: not employed at entry, counts
        ],
        jobs: [
          job("ja", "a", "2025-09-01"),
          job("jb", "b", "2025-12-15"),
          job("jc", "c", "2025-03-01", { endDate: "2025-09-30" }),
          job("jd", "d", "2025-10-01", { endDate: "2025-10-20" }),
        ],
      }),
      Q1,
    );
    expect(f.ukEmploymentRate).toMatchObject({ numeratorIds: ["b", "d"], denominatorIds: ["b", "c", "d"], rate: 2 / 3 });
    expect(f.supportedIntoWork.ids).toEqual([]);
    expect(f.daysToFirstJob.ids).toEqual([]);
  });

  it("takes the first job of 4 hours or more since entry, skipping shorter and unknown hours", () => {
    const f = computeOutcomes(
      records({
        episodes: [episode("ea", "a", "2025-12-01"), episode("eb", "b", "2025-12-01"), episode("ec", "c", "2025-12-01"), episode("ed", "d", "2025-12-01")],
        jobs: [
          job("ja1", "a", "2025-12-10", { hoursPerWeek: 2 }), // under 4 h: skipped
          job("ja2", "a", "2026-02-01", { hoursPerWeek: 10 }), // a's first counted job: in Q1
          job("jb1", "b", "2025-12-20", { hoursPerWeek: 4 }), // exactly 4 h: b's first, in Q4: not counted in Q1
          job("jb2", "b", "2026-01-10"),
          job("jc1", "c", "2026-01-10", { hoursPerWeek: null }), // unknown hours: skipped
          job("jc2", "c", "2026-03-01", { hoursPerWeek: 35 }),
          job("jd1", "d", "2026-01-10", { hoursPerWeek: 3.5 }), // only a short job
        ],
      }),
      Q1,
    );
    expect(f.supportedIntoWork.ids).toEqual(["a", "c"]);
    expect(f.jobStarts.ids).toEqual(["ja2", "jb2", "jc1", "jc2", "jd1"]);
    // First job of any hours since entry: a's was in December, b's too; c's and d's on 10 January (40 days).
    expect(f.daysToFirstJob).toMatchObject({ ids: ["c", "d"], n: 2, median: 40 });
  });

  it("starts a re-opened file again from its re-opening day", () => {
    const f = computeOutcomes(
      records({
        episodes: [episode("e1", "a", "2025-01-01", "2025-06-30"), episode("e2", "a", "2026-01-15")],
        jobs: [job("j1", "a", "2025-03-01", { endDate: "2025-05-01" }), job("j2", "a", "2026-02-14")],
      }),
      Q1,
    );
    expect(f.supportedIntoWork.ids).toEqual(["a"]);
    expect(f.daysToFirstJob.median).toBe(30);
    expect(f.ukEmploymentRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe("days to first face-to-face employer contact", () => {
  it("uses the first face-to-face contact made for the person since entry, any author", () => {
    const contact = (id: string, date: string, participantIds: string[], faceToFace = true) => ({ id, programId: "prog", date, faceToFace, authorId: "tl", participantIds });
    const f = computeOutcomes(
      records({
        episodes: [episode("ea", "a", "2026-01-01"), episode("eb", "b", "2025-11-01"), episode("ec", "c", "2026-01-01"), episode("ed", "d", "2026-01-01")],
        employerContacts: [
          contact("c0", "2026-01-05", ["a"], false), // phone call: not face to face
          contact("c1", "2026-01-11", ["a", "c"]),
          contact("c2", "2025-12-01", ["b"]), // b's first was before the quarter
          contact("c3", "2026-02-01", ["b"]),
          contact("c4", "2026-03-02", ["c"]),
          contact("c5", "2026-04-01", ["d"]),
        ],
      }),
      Q1,
    );
    expect(f.daysToFirstEmployerContact).toEqual({ median: 10, n: 2, kind: "participant", ids: ["a", "c"] });
  });

  it("reads the contacts made for people that the loader sends apart (a person's first since entry), with the others", () => {
    const f = computeOutcomes(
      records({
        episodes: [episode("ea", "a", "2026-01-01"), episode("eb", "b", "2026-01-01")],
        contactsForPeople: [
          { participantId: "a", date: "2026-01-21" },
          { participantId: "b", date: "2025-12-20" }, // before entry: not b's first since entry
          { participantId: "z", date: "2026-01-02" }, // not in scope
        ],
      }),
      Q1,
    );
    expect(f.daysToFirstEmployerContact).toEqual({ median: 20, n: 1, kind: "participant", ids: ["a"] });
    expect(f.employerContactsFaceToFace.count).toBe(0); // contacts for people are not the program's count
  });
});

describe("job tenure, retention, hours and wage, endings", () => {
  const episodes = [episode("e", "a", "2024-01-01")];
  it("measures jobs ending in the period and their reasons", () => {
    const f = computeOutcomes(
      records({
        episodes,
        jobs: [
          job("j1", "a", "2025-10-01", { endDate: "2026-01-10", endReason: "resigned" }),
          job("j2", "a", "2026-01-02", { endDate: "2026-03-31", endReason: null }),
          job("j3", "a", "2025-01-01", { endDate: "2025-12-31", endReason: "dismissed" }),
          job("j4", "a", "2026-02-01", { endDate: "2026-02-21", endReason: "resigned" }),
        ],
      }),
      Q1,
    );
    expect(f.jobEndings.ids).toEqual(["j1", "j2", "j4"]);
    expect(f.jobTenureDays).toMatchObject({ n: 3, median: 88 }); // 101, 88, 20 days
    expect(f.jobEndingsByReason).toEqual([
      { reason: "resigned", count: 2, ids: ["j1", "j4"] },
      { reason: "unknown", count: 1, ids: ["j2"] },
    ]);
  });

  it("counts a job's 90th day and 6th month in the period they fall in, retained when still running that day", () => {
    const f = computeOutcomes(
      records({
        episodes,
        jobs: [
          job("r1", "a", "2025-10-03"), // day 90 = 2026-01-01: due in Q1, running
          job("r2", "a", "2025-10-02", { endDate: "2026-03-01" }), // day 90 = 2025-12-31: due in Q4, not Q1
          job("r3", "a", "2025-11-01", { endDate: "2026-01-29" }), // day 90 = 2026-01-30: ended the day before
          job("r4", "a", "2025-11-01", { endDate: "2026-01-30" }), // ended on day 90: retained
          job("m1", "a", "2025-08-31", { endDate: "2026-02-28" }), // 6 months = 2026-02-28: retained
          job("m2", "a", "2025-07-15", { endDate: "2026-01-14" }), // 6 months = 2026-01-15: ended the day before
        ],
      }),
      Q1,
    );
    expect(f.retained90Days).toMatchObject({ denominatorIds: ["r1", "r3", "r4"], numeratorIds: ["r1", "r4"] });
    expect(f.retained6Months).toMatchObject({ denominatorIds: ["m1", "m2"], numeratorIds: ["m1"], rate: 0.5 });
  });

  it("takes medians of hours and wage over jobs overlapping the period with the value known", () => {
    const f = computeOutcomes(
      records({
        episodes,
        jobs: [
          job("h1", "a", "2026-01-05", { hoursPerWeek: 10, hourlyGrossWage: 12 }),
          job("h2", "a", "2026-01-05", { hoursPerWeek: 24, hourlyGrossWage: null }),
          job("h3", "a", "2026-01-05", { hoursPerWeek: null, hourlyGrossWage: 14 }),
          job("h4", "a", "2025-01-05", { hoursPerWeek: 35, hourlyGrossWage: 20, endDate: "2025-12-31" }),
        ],
      }),
      Q1,
    );
    expect(f.hoursPerWeek).toMatchObject({ ids: ["h1", "h2"], n: 2, median: 17 });
    expect(f.hourlyWage).toMatchObject({ ids: ["h1", "h3"], n: 2, median: 13 });
  });
});

describe("referrals", () => {
  const referral = (id: string, referredOn: string, status: string, decidedOn: string | null, declineReason: string | null = null, specialistId: string | null = "s1") => ({
    id,
    programId: "prog",
    specialistId,
    referredOn,
    status,
    decidedOn,
    declineReason,
  });
  it("counts received by referral date and decisions by decision date", () => {
    const referrals = [
      referral("r1", "2025-12-20", "accepted", "2026-01-03"),
      referral("r2", "2026-01-10", "declined", "2026-01-12", "unreachable_after_outreach"),
      referral("r3", "2026-03-30", "pending", null, null, null),
      referral("r4", "2026-03-30", "declined", "2026-04-02", "not_wanting_support_now"),
    ];
    const f = computeOutcomes(records({ episodes: [], referrals }), Q1);
    expect(f.referralsReceived.ids).toEqual(["r2", "r3", "r4"]);
    expect(f.referralsAccepted.ids).toEqual(["r1"]);
    expect(f.referralsDeclinedByReason).toEqual([{ reason: "unreachable_after_outreach", count: 1, ids: ["r2"] }]);
    expect(computeOutcomes(records({ episodes: [], referrals, specialistId: "s1" }), Q1).referralsReceived.ids).toEqual(["r2", "r4"]);
  });
});

describe("employer contacts per specialist per week", () => {
  const contact = (id: string, date: string, authorId: string | null, faceToFace = true) => ({ id, programId: "prog", date, faceToFace, authorId, participantIds: [] });
  const specialists = [
    { id: "s1", programId: "prog", name: "Zoé", fte: 1 },
    { id: "s2", programId: "prog", name: "Alix", fte: 0.5 },
  ];
  // Two weeks: 2026-03-02..2026-03-15 (14 days).
  const period = { from: "2026-03-02", to: "2026-03-15" };
  const employerContacts = [
    contact("c1", "2026-03-02", "s1"),
    contact("c2", "2026-03-05", "s1"),
    contact("c3", "2026-03-15", "s2"),
    contact("c4", "2026-03-10", "tl"), // the team lead's counts in the program's total
    contact("c5", "2026-03-10", "s1", false),
    contact("c6", "2026-03-16", "s1"),
  ];
  it("divides the program's face-to-face contacts by the weeks and the specialists' fte", () => {
    const f = computeOutcomes(records({ episodes: [], employerContacts, specialists }), period);
    expect(f.employerContactsFaceToFace.ids).toEqual(["c1", "c2", "c3", "c4"]);
    expect(f.employerContactsPerSpecialistPerWeek).toBeCloseTo(4 / 2 / 1.5);
    expect(f.employerContactsBySpecialist).toEqual([
      { specialistId: "s2", name: "Alix", faceToFace: 1, perWeek: 1 },
      { specialistId: "s1", name: "Zoé", faceToFace: 2, perWeek: 1 },
    ]);
  });
  it("keeps a specialist's own contacts and fte when one is asked for", () => {
    const f = computeOutcomes(records({ episodes: [], employerContacts, specialists, specialistId: "s2" }), period);
    expect(f.employerContactsFaceToFace.ids).toEqual(["c3"]);
    expect(f.employerContactsPerSpecialistPerWeek).toBe(1);
    expect(f.employerContactsBySpecialist.map((s) => s.specialistId)).toEqual(["s2"]);
  });
  it("is null without any specialist time", () => {
    expect(computeOutcomes(records({ episodes: [], employerContacts }), period).employerContactsPerSpecialistPerWeek).toBeNull();
  });
});
