import { describe, expect, it } from "vitest";
import type { FidelityContact, FidelityEmployerContact, FidelityEpisode, FidelityJob, FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { emptyFidelityRecords } from "../fidelity-records";
import { fidelityIndicatorSchema } from "../indicator.contract";
import { defaultFidelityThresholds as T, resolveThresholds } from "../indicator-thresholds";
import { computeFidelityIndicators } from "./compute-indicators";
import { assertiveEngagement, communityBasedServices, individualisedFollowAlong, timeUnlimitedFollowAlong } from "./follow-along";
import { disclosure, employerContactRate, individualisedJobSearch, rapidJobSearch, repeatedEmployerVisits, workBasedAssessment, workIncentivesPlanning } from "./job-search";
import { competitiveJobs, employerDiversity, jobTypeDiversity } from "./jobs";
import { supervisorRole, teamAssignment, teamMeetings, vocationalUnit, zeroExclusion } from "./organisation";
import { caseloadPerFte, employmentServicesTime, vocationalGeneralists } from "./staffing";

/** Q1 2026: 90 days, 12.857 weeks. */
const Q1: FidelityPeriod = { from: "2026-01-01", to: "2026-03-31" };
const SA = "00000000-0000-4000-8000-00000000000a";
const SB = "00000000-0000-4000-8000-00000000000b";
const LEAD = "00000000-0000-4000-8000-00000000000c";

const records = (over: Partial<FidelityRecords>): FidelityRecords => ({ ...emptyFidelityRecords, ...over });
const episode = (participantId: string, openedOn: string, closedOn: string | null = null, closureReason: string | null = null): FidelityEpisode => ({
  id: `e-${participantId}-${openedOn}`,
  participantId,
  openedOn,
  closedOn,
  closureReason,
});
const person = (id: string, specialistId: string | null, referringServiceKey: string | null = null) => ({ id, specialistId, referringServiceKey });
let n = 0;
const contact = (participantId: string, date: string, over: Partial<FidelityContact> = {}): FidelityContact => ({
  id: `c${(n += 1)}`,
  participantId,
  date,
  durationMinutes: 60,
  mode: "in_person",
  place: "community",
  withWhom: ["participant"],
  phase: "job_search",
  authorId: SA,
  authorRole: "specialist",
  ...over,
});
const job = (id: string, participantId: string, startDate: string, over: Partial<FidelityJob> = {}): FidelityJob => ({
  id,
  participantId,
  startDate,
  endDate: null,
  competitive: true,
  occupationCode: null,
  employerKey: null,
  disclosureLevel: "none",
  disclosureDocumented: false,
  ...over,
});
const employerContact = (date: string, over: Partial<FidelityEmployerContact> = {}): FidelityEmployerContact => ({
  id: `ec${(n += 1)}`,
  employerId: "emp1",
  date,
  faceToFace: true,
  kind: "generic",
  authorId: SA,
  participantIds: [],
  ...over,
});
const ev = (indicator: { evidence: { code: string; value: number | null; ids: string[] }[] }, code: string) => indicator.evidence.find((e) => e.code === code);

describe("S1 caseload per full-time specialist (people open at the period end)", () => {
  const staff = [
    { id: SA, role: "specialist" as const, fte: 1 },
    { id: SB, role: "specialist" as const, fte: 0.5 },
    { id: LEAD, role: "team_lead" as const, fte: 1 },
  ];
  const people = (count: number, specialistId: string | null, prefix: string) => Array.from({ length: count }, (_, i) => person(`${prefix}${i}`, specialistId));
  it.each([
    ["20 people for 1 + 0.5 fte: 13.3 -> 5", 20, 0, 20 / 1.5, 5],
    ["30 + 7 unassigned = 37 / 1.5 = 24.7 -> 4", 30, 7, 37 / 1.5, 4],
    ["45 / 1.5 = 30 -> 3", 45, 0, 30, 3],
    ["61 / 1.5 = 40.7 -> 1", 61, 0, 61 / 1.5, 1],
  ])("%s", (_label, assigned, unassigned, value, score) => {
    const ps = [...people(assigned, SA, "a"), ...people(unassigned, null, "u")];
    const s1 = caseloadPerFte(records({ staff, people: ps, episodes: ps.map((p) => episode(p.id, "2025-06-01")) }), Q1, T);
    expect(s1.value).toBeCloseTo(value);
    expect(s1.suggestedScore).toBe(score);
    expect(s1.usesUnconfirmedThreshold).toBe(false);
    expect(ev(s1, "S1.active_people")!.value).toBe(assigned + unassigned);
  });

  it("counts only episodes open at the end: closed on the last day, opened after it, or a re-opened file once", () => {
    const ps = [person("p1", SA), person("p2", SA), person("p3", SA), person("p4", SB)];
    const eps = [
      episode("p1", "2025-01-01", "2026-03-31", "moved_away"),
      episode("p2", "2026-04-01"),
      episode("p3", "2025-01-01", "2025-06-01", "chose_to_stop"),
      episode("p3", "2026-02-01"),
      episode("p4", "2026-03-31"),
    ];
    const s1 = caseloadPerFte(records({ staff, people: ps, episodes: eps }), Q1, T);
    expect(ev(s1, "S1.active_people")!.ids).toEqual(["p3", "p4"]);
    expect(s1.value).toBeCloseTo(2 / 1.5);
    const lines = s1.evidence.filter((e) => e.code === "S1.specialist");
    expect(lines.map((l) => [l.specialistId, l.value, l.ids])).toEqual([[SA, 1, ["p3"]], [SB, 2, ["p4"]]]);
  });

  it("no specialist: no value and no score", () => {
    const s1 = caseloadPerFte(records({ people: [person("p1", null)], episodes: [episode("p1", "2026-01-01")] }), Q1, T);
    expect([s1.value, s1.suggestedScore]).toEqual([null, null]);
  });
});

describe("S2 employment services time (partly)", () => {
  it("employment phases over all minutes specialists logged in the period; no score", () => {
    const contacts = [
      contact("p1", "2026-01-10", { durationMinutes: 90 }),
      contact("p1", "2026-01-11", { durationMinutes: 30, phase: "coordination" }),
      contact("p1", "2026-01-12", { durationMinutes: 500, authorRole: "peer", phase: "peer_support" }),
      contact("p1", "2025-12-31", { durationMinutes: 500, phase: "coordination" }),
    ];
    const s2 = employmentServicesTime(records({ contacts }), Q1, T);
    expect([s2.value, s2.suggestedScore, s2.computability]).toEqual([0.75, null, "partial"]);
    expect(s2.rule!.params.score5).toBe(0.96);
  });
});

describe("S3 vocational generalists", () => {
  it.each([
    ["all contacts by the person's specialist", [[SA, "job_search"], [SA, "follow_along"]], SA, 1],
    ["a colleague logged one phase", [[SA, "job_search"], [SB, "job_development"]], SA, 0],
    ["logged by a former specialist only", [[SB, "job_search"]], SA, 0],
    ["a colleague's coordination contact does not count", [[SA, "job_search"], [SB, "coordination"]], SA, 1],
    ["unassigned person", [[SA, "job_search"]], null, 0],
  ] as const)("%s", (_label, logged, specialist, value) => {
    const contacts = logged.map(([authorId, phase]) => contact("p1", "2026-02-01", { authorId, phase }));
    const s3 = vocationalGeneralists(records({ people: [person("p1", specialist)], contacts }), Q1, T);
    expect(s3.value).toBe(value);
    expect(s3.suggestedScore).toBe(value === 1 ? 5 : 1);
    expect(s3.usesUnconfirmedThreshold).toBe(true);
  });

  it("people without employment contacts in the period are left out", () => {
    const s3 = vocationalGeneralists(records({ people: [person("p1", SA), person("p2", SA)], contacts: [contact("p1", "2026-02-01"), contact("p2", "2025-12-01")] }), Q1, T);
    expect(ev(s3, "S3.people_with_employment_contacts")!.ids).toEqual(["p1"]);
  });
});

describe("O1 team assignment", () => {
  const staff = [{ id: SA, role: "specialist" as const, fte: 1 }, { id: SB, role: "specialist" as const, fte: 1 }];
  it("a specialist meets it when their 2 main services send >= 90% of their caseload; self-referred people never count", () => {
    // SA: 9 from cmp-a, 1 from cmp-b, none other: 100%. SB: 5 from x, 3 from y, 1 from z, 1 self-referred: 80%.
    const a = [...Array.from({ length: 9 }, (_, i) => person(`a${i}`, SA, "cmp-a")), person("a9", SA, "cmp-b")];
    const b = [...Array.from({ length: 5 }, (_, i) => person(`b${i}`, SB, "x")), ...Array.from({ length: 3 }, (_, i) => person(`y${i}`, SB, "y")), person("z", SB, "z"), person("self", SB, null)];
    const all = [...a, ...b];
    const o1 = teamAssignment(records({ staff, people: all, episodes: all.map((p) => episode(p.id, "2025-01-01")) }), Q1, T);
    expect(o1.value).toBe(0.5);
    expect(o1.suggestedScore).toBe(3);
    const lines = o1.evidence.filter((e) => e.code === "O1.specialist_coverage");
    expect(lines.map((l) => [l.specialistId, l.value, l.ids.length])).toEqual([[SA, 1, 10], [SB, 0.8, 8]]);
  });
  it("specialists with no caseload are left out; nobody: no value", () => {
    expect(teamAssignment(records({ staff }), Q1, T).value).toBeNull();
  });
});

describe("O2, O4, O5, O6 (partly)", () => {
  it("O2: weeks of the period with a meeting held, people discussed and decisions", () => {
    const meetings = [
      { id: "m1", date: "2026-01-05", peopleDiscussed: ["p1", "p2"], peopleWithDecision: ["p1"] },
      { id: "m2", date: "2026-01-06", peopleDiscussed: ["p1"], peopleWithDecision: [] },
      { id: "m3", date: "2026-03-30", peopleDiscussed: [], peopleWithDecision: [] },
      { id: "m4", date: "2025-12-30", peopleDiscussed: ["p9"], peopleWithDecision: [] },
    ];
    const o2 = teamMeetings(records({ meetings }), Q1);
    expect(o2.value).toBeCloseTo(2 / 13);
    expect([ev(o2, "O2.meetings_held")!.value, ev(o2, "O2.discussions")!.value, ev(o2, "O2.decisions")!.value]).toEqual([3, 3, 1]);
  });
  it("O4 and O5: specialists, team leads, group supervision weeks, field mentoring", () => {
    const staff = [{ id: SA, role: "specialist" as const, fte: 1 }, { id: SB, role: "specialist" as const, fte: 1 }, { id: LEAD, role: "team_lead" as const, fte: 1 }];
    const supervisions = [
      { id: "g1", kind: "group_supervision", date: "2026-01-01", leaderId: LEAD },
      { id: "g2", kind: "group_supervision", date: "2026-01-08", leaderId: LEAD },
      { id: "f1", kind: "field_mentoring", date: "2026-02-01", leaderId: LEAD },
    ];
    const r = records({ staff, supervisions });
    const o4 = vocationalUnit(r, Q1);
    expect(o4.value).toBeCloseTo(2 / 13);
    expect([ev(o4, "O4.specialists")!.value, ev(o4, "O4.team_leads")!.value]).toEqual([2, 1]);
    const o5 = supervisorRole(r, Q1);
    expect([o5.value, ev(o5, "O5.field_mentoring_sessions")!.ids]).toEqual([2, ["f1"]]);
  });
  it("O6: declines of the period by reason, none on readiness", () => {
    const referrals = [
      { id: "r1", referredOn: "2026-01-02", status: "accepted", declineReason: null, decidedOn: "2026-01-03" },
      { id: "r2", referredOn: "2025-12-20", status: "declined", declineReason: "unreachable_after_outreach", decidedOn: "2026-01-10" },
      { id: "r3", referredOn: "2026-03-30", status: "pending", declineReason: null, decidedOn: null },
    ];
    const o6 = zeroExclusion(records({ referrals }), Q1);
    expect(o6.value).toBe(1);
    expect(o6.evidence.map((e) => [e.code, e.value])).toEqual([
      ["O6.referrals_received", 2],
      ["O6.referrals_accepted", 1],
      ["O6.referrals_declined", 1],
      ["O6.declined.unreachable_after_outreach", 1],
      ["O6.declined_on_readiness", 0],
    ]);
  });
});

describe("Sv1 work incentives planning (start 2026-02-15)", () => {
  const start = "2026-02-15";
  it.each([
    ["a plan 90 days before", [{ date: "2025-11-17", jobId: null }], 1],
    ["a plan 91 days before", [{ date: "2025-11-16", jobId: null }], 0],
    ["a plan on the start day", [{ date: start, jobId: null }], 1],
    ["a plan the day after (late)", [{ date: "2026-02-16", jobId: null }], 0],
    ["an old plan made for this job", [{ date: "2025-06-01", jobId: "j1" }], 1],
    ["an old plan made for another job", [{ date: "2025-06-01", jobId: "j0" }], 0],
  ])("%s", (_label, plans, value) => {
    const benefitsPlans = plans.map((p, i) => ({ id: `b${i}`, participantId: "p1", ...p }));
    const sv1 = workIncentivesPlanning(records({ jobs: [job("j1", "p1", start)], benefitsPlans }), Q1, T);
    expect(sv1.value).toBe(value);
  });
  it("only starts within the period count; none: no value", () => {
    const sv1 = workIncentivesPlanning(records({ jobs: [job("j1", "p1", "2025-12-31")] }), Q1, T);
    expect([sv1.value, sv1.suggestedScore]).toEqual([null, null]);
  });
  it("a program's own planning window", () => {
    const sv1 = workIncentivesPlanning(
      records({ jobs: [job("j1", "p1", start)], benefitsPlans: [{ id: "b", participantId: "p1", jobId: null, date: "2026-01-01" }] }),
      Q1,
      resolveThresholds({ Sv1: { planValidDays: 30 } }),
    );
    expect(sv1.value).toBe(0);
    expect(sv1.rule!.params.planValidDays).toBe(30);
  });
});

describe("Sv2, Sv3, Sv5, Sv7 (partly)", () => {
  it("Sv2: jobs started in the period with the disclosure documented", () => {
    const jobs = [job("j1", "p1", "2026-01-10", { disclosureDocumented: true }), job("j2", "p2", "2026-01-10"), job("j3", "p3", "2025-01-10", { disclosureDocumented: true })];
    expect(disclosure(records({ jobs }), Q1).value).toBe(0.5);
  });
  it("Sv3: a profile saved within 30 days of a start or an end", () => {
    const jobs = [job("j1", "p1", "2026-01-10", { endDate: "2026-03-01" }), job("j2", "p2", "2026-01-10")];
    const profileSaves = [{ participantId: "p1", date: "2026-01-20" }, { participantId: "p2", date: "2026-02-10" }];
    const sv3 = workBasedAssessment(records({ jobs, profileSaves }), Q1);
    expect([ev(sv3, "Sv3.job_starts_and_ends")!.value, ev(sv3, "Sv3.profile_updated")!.value]).toEqual([3, 1]);
  });
  it("Sv5: employer contacts made for a named person", () => {
    const employerContacts = [employerContact("2026-01-05", { participantIds: ["p1"], kind: "for_participant" }), employerContact("2026-01-06"), employerContact("2025-12-01", { participantIds: ["p1"] })];
    expect(individualisedJobSearch(records({ employerContacts }), Q1).value).toBe(0.5);
  });
  it("Sv7: employers visited face to face at least twice", () => {
    const employerContacts = [
      employerContact("2026-01-05", { employerId: "e1" }),
      employerContact("2026-02-05", { employerId: "e1" }),
      employerContact("2026-01-05", { employerId: "e2" }),
      employerContact("2026-01-06", { employerId: "e2", faceToFace: false }),
    ];
    const sv7 = repeatedEmployerVisits(records({ employerContacts }), Q1);
    expect([sv7.value, ev(sv7, "Sv7.employers_visited_repeatedly")!.ids.length]).toEqual([0.5, 2]);
  });
});

describe("Sv4 rapid job search", () => {
  it.each([
    ["entry 1 Jan, first contact 21 Jan: 20 days", [episode("p1", "2026-01-01")], ["2026-01-21"], 20, 5, 0],
    ["two people, 20 and 60 days: mean 40", [episode("p1", "2026-01-01"), episode("p2", "2025-12-01")], ["2026-01-21", "2026-01-30"], 40, 4, 0],
    ["first contact before the period: not measured", [episode("p1", "2025-11-01")], ["2025-12-01"], null, null, 0],
    ["contact before a re-opening does not count; 45 days waiting", [episode("p1", "2025-01-01", "2025-06-01"), episode("p1", "2026-02-14")], ["2025-03-01"], null, null, 1],
    ["no contact, entered 20 days before the end: not waiting yet", [episode("p1", "2026-03-11")], [], null, null, 0],
  ])("%s", (_label, episodes, dates, value, score, waiting) => {
    const employerContacts = dates.map((d, i) => employerContact(d, { participantIds: [episodes[i]?.participantId ?? "p1"] }));
    const sv4 = rapidJobSearch(records({ episodes, employerContacts }), Q1, T);
    expect([sv4.value, sv4.suggestedScore]).toEqual([value, score]);
    expect(ev(sv4, "Sv4.still_waiting")!.value).toBe(waiting);
  });
  it("a phone call to an employer is not the first face-to-face contact", () => {
    const employerContacts = [employerContact("2026-01-05", { participantIds: ["p1"], faceToFace: false }), employerContact("2026-02-01", { participantIds: ["p1"] })];
    expect(rapidJobSearch(records({ episodes: [episode("p1", "2026-01-01")], employerContacts }), Q1, T).value).toBe(31);
  });
});

describe("Sv6 face-to-face employer contacts per specialist per week", () => {
  // Period of 14 days = 2 weeks; SA full time, SB half time: 1.5 fte.
  const twoWeeks = { from: "2026-03-02", to: "2026-03-15" };
  const staff = [{ id: SA, role: "specialist" as const, fte: 1 }, { id: SB, role: "specialist" as const, fte: 0.5 }];
  it.each([
    ["18 contacts: 6 a week", 12, 6, 6, 5, false],
    ["15 contacts: 5 a week", 10, 5, 5, 4, true],
    ["3 contacts: 1 a week", 3, 0, 1, 1, true],
  ])("%s", (_label, byA, byB, value, score, unconfirmed) => {
    const employerContacts = [
      ...Array.from({ length: byA }, () => employerContact("2026-03-03", { authorId: SA })),
      ...Array.from({ length: byB }, () => employerContact("2026-03-10", { authorId: SB })),
      employerContact("2026-03-10", { authorId: SA, faceToFace: false }),
      employerContact("2026-03-16", { authorId: SA }),
    ];
    const sv6 = employerContactRate(records({ staff, employerContacts }), twoWeeks, T);
    expect(sv6.value).toBeCloseTo(value);
    expect([sv6.suggestedScore, sv6.usesUnconfirmedThreshold]).toEqual([score, unconfirmed]);
    expect(sv6.evidence.filter((e) => e.code === "Sv6.specialist").map((e) => e.value)).toEqual([byA / 2, byB / 2 / 0.5]);
  });
});

describe("Sv8, Sv9, Sv10 jobs held in the period", () => {
  const jobs = [
    job("j1", "p1", "2025-06-01", { endDate: "2026-01-01", occupationCode: "G1602", employerKey: "e1" }),
    job("j2", "p2", "2026-03-31", { occupationCode: "G1602", employerKey: "e2", competitive: false }),
    job("j3", "p3", "2026-02-01", { occupationCode: "K2204", employerKey: "e1", competitive: null }),
    job("j4", "p4", "2026-02-01", { occupationCode: "N1103", employerKey: null }),
    job("j5", "p5", "2025-01-01", { endDate: "2025-12-31", occupationCode: "A1", employerKey: "e9" }),
  ];
  it("Sv8: 3 distinct codes among 4 jobs", () => {
    const sv8 = jobTypeDiversity(records({ jobs }), Q1, T);
    expect([sv8.value, sv8.suggestedScore, sv8.usesUnconfirmedThreshold]).toEqual([0.75, 4, true]);
  });
  it("Sv9: 2 distinct employers among 3 jobs with one known; the unknown left out", () => {
    const sv9 = employerDiversity(records({ jobs }), Q1, T);
    expect(sv9.value).toBeCloseTo(2 / 3);
    expect(sv9.suggestedScore).toBe(3);
    expect(ev(sv9, "Sv9.jobs_without_employer")!.ids).toEqual(["j4"]);
  });
  it("Sv10: 2 competitive among 4; unknown does not count", () => {
    const sv10 = competitiveJobs(records({ jobs }), Q1, T);
    expect([sv10.value, sv10.suggestedScore]).toEqual([0.5, 2]);
    expect(ev(sv10, "Sv10.unknown")!.ids).toEqual(["j3"]);
  });
  it("Sv10 with a program's own 90% for a 5", () => {
    const nine = [...Array.from({ length: 9 }, (_, i) => job(`c${i}`, "p", "2026-01-01")), job("x", "p", "2026-01-01", { competitive: false })];
    expect(competitiveJobs(records({ jobs: nine }), Q1, T).suggestedScore).toBe(4);
    expect(competitiveJobs(records({ jobs: nine }), Q1, resolveThresholds({ Sv10: { score5: 0.9 } })).suggestedScore).toBe(5);
  });
});

describe("Sv11 individualised follow-along (partly)", () => {
  it("jobs held with a plan, varied, with employer support", () => {
    const jobs = [job("j1", "p1", "2026-01-01"), job("j2", "p2", "2026-01-01")];
    const supportPlans = [{ jobId: "j1", participantId: "p1", kinds: ["reminders", "supervisor_meetings", "transport_training"], providers: ["specialist", "supervisor"] }];
    const sv11 = individualisedFollowAlong(records({ jobs, supportPlans }), Q1);
    expect([sv11.value, ev(sv11, "Sv11.three_or_more_kinds")!.value, ev(sv11, "Sv11.employer_support")!.value]).toEqual([0.5, 1, 1]);
  });
});

describe("Sv12 time-unlimited follow-along", () => {
  const visit = (date: string, mode = "in_person") => contact("p1", date, { mode, phase: "follow_along" });
  it.each([
    // Start 10 Jan: start check due (17 Jan <= 31 Mar); months 1 (9 Feb-10 Mar) due; month 2 (11 Mar-9 Apr) not due.
    ["start visited on day 7, month 1 visited", { startDate: "2026-01-10" }, ["2026-01-17", "2026-02-20"], 2, 2],
    ["start visited on day 8: missed", { startDate: "2026-01-10" }, ["2026-01-18", "2026-02-20"], 2, 1],
    ["a phone call is not an in-person contact", { startDate: "2026-01-10" }, [], 2, 0],
    // Started 2025-09-28: month 3 (2025-12-27..2026-01-25) starts before the period; months 4 (26 Jan-24 Feb) and
    // 5 (25 Feb-26 Mar) lie in it; month 6 (from 27 Mar) runs past its end.
    ["a job of 2025-09-28: 2 months due, one visited", { startDate: "2025-09-28" }, ["2026-02-01"], 2, 1],
    // Ended 20 Mar: end check due (window to 23 Mar); month 5 ends after 20 Mar so is not due; month 4 not visited.
    ["ended 20 Mar, seen 22 Mar", { startDate: "2025-09-28", endDate: "2026-03-20" }, ["2026-03-22"], 2, 1],
    ["nothing due: started 28 Mar", { startDate: "2026-03-28" }, [], 0, 0],
  ])("%s", (_label, dates, visits, due, met) => {
    const contacts = [...visits.map((d) => visit(d)), visit("2026-01-11", "phone")];
    const sv12 = timeUnlimitedFollowAlong(records({ jobs: [job("j1", "p1", dates.startDate, { endDate: (dates as { endDate?: string }).endDate ?? null })], contacts }), Q1, T);
    expect(sv12.value).toBe(due === 0 ? null : met / due);
    const dueCount = ["Sv12.starts_due", "Sv12.ends_due", "Sv12.months_due"].reduce((sum, code) => sum + ev(sv12, code)!.value!, 0);
    expect(dueCount).toBe(due);
  });
});

describe("Sv13 community-based services", () => {
  it.each([
    ["all in person in the community", [["in_person", "community", 60]], 1, 5],
    ["2 h community, 1 h office", [["in_person", "community", 120], ["in_person", "office", 60]], 2 / 3, 5],
    ["1 h community, 1 h phone", [["in_person", "community", 60], ["phone", null, 60]], 0.5, 4],
    ["none", [], null, null],
  ] as const)("%s", (_label, logged, value, score) => {
    const contacts = logged.map(([mode, place, durationMinutes]) => contact("p1", "2026-02-01", { mode, place, durationMinutes }));
    contacts.push(contact("p1", "2026-02-01", { authorRole: "team_lead", place: "office" }));
    const sv13 = communityBasedServices(records({ contacts }), Q1, T);
    expect([sv13.value, sv13.suggestedScore]).toEqual([value, score]);
  });
});

describe("Sv14 assertive engagement (partly)", () => {
  it("closures by reason; unreachable ones with 2 contacts in the 60 days before", () => {
    const episodes = [
      episode("p1", "2025-01-01", "2026-02-01", "unreachable_after_outreach"),
      episode("p2", "2025-01-01", "2026-02-01", "unreachable_after_outreach"),
      episode("p3", "2025-01-01", "2026-03-01", "moved_away"),
      episode("p4", "2025-01-01", "2025-12-01", "unreachable_after_outreach"),
    ];
    const contacts = [contact("p1", "2026-01-10", { mode: "phone" }), contact("p1", "2026-01-20"), contact("p2", "2026-01-20"), contact("p2", "2025-11-01")];
    const sv14 = assertiveEngagement(records({ episodes, contacts }), Q1);
    expect(sv14.value).toBe(1);
    expect(sv14.evidence.map((e) => [e.code, e.value])).toEqual([
      ["Sv14.closures", 3],
      ["Sv14.closed.moved_away", 1],
      ["Sv14.closed.unreachable_after_outreach", 2],
      ["Sv14.unreachable_with_outreach", 1],
    ]);
  });
});

describe("computeFidelityIndicators", () => {
  it("gives the 22 items the records speak to, in the scale's order, each matching the contract", () => {
    const all = computeFidelityIndicators(emptyFidelityRecords, Q1);
    expect(all.map((i) => i.itemId)).toEqual(["S1", "S2", "S3", "O1", "O2", "O4", "O5", "O6", "Sv1", "Sv2", "Sv3", "Sv4", "Sv5", "Sv6", "Sv7", "Sv8", "Sv9", "Sv10", "Sv11", "Sv12", "Sv13", "Sv14"]);
    for (const indicator of all) expect(fidelityIndicatorSchema.safeParse(indicator).success).toBe(true);
    expect(all.filter((i) => i.computability === "computed").map((i) => i.itemId)).toEqual(["S1", "S3", "O1", "Sv1", "Sv4", "Sv6", "Sv8", "Sv9", "Sv10", "Sv12", "Sv13"]);
  });
});
