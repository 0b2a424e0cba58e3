import { describe, expect, it } from "vitest";
import { addDays, daysBetween, mondayOf } from "./calendar";
import { byUrgency, computeWorklist, type WorklistInput } from "./compute-worklist";
import { weeklyEmployerContacts } from "./weekly-employer-contacts";
import { snoozeWorklistItemInput, type WorklistRule } from "./worklist.contract";
import { defaultWorklistSettings, type WorklistSettings, worklistSettingsSchema } from "./worklist-settings.contract";

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const P1 = id(1);
const P2 = id(2);
const S1 = id(11);
const S2 = id(12);
const S3 = id(13);
const E1 = id(21);
const J1 = id(31);
const J2 = id(32);
const REFERRAL = "2026-03-02";

type Input = WorklistInput;
type Person = Input["participants"][number];
type Contact = Input["contacts"][number];
type EmployerContact = Input["employerContacts"][number];
type Job = Input["jobs"][number];

const person = (over: Partial<Person> = {}): Person => ({ id: P1, status: "engaged", referralDate: REFERRAL, specialistId: S1, ...over });
const contact = (date: string, over: Partial<Contact> = {}): Contact => ({ participantId: P1, date, mode: "in_person", withWhom: ["participant"], ...over });
const employerContact = (date: string, over: Partial<EmployerContact> = {}): EmployerContact => ({
  employerId: E1,
  date,
  faceToFace: true,
  specialistId: S1,
  kind: "for_participant",
  participantIds: [P1],
  ...over,
});
const job = (over: Partial<Job> = {}): Job => ({ id: J1, participantId: P1, startDate: "2026-03-16", endDate: null, ...over });

/** The day the item is due only (no look-ahead), unless a test sets the horizon. */
const exact: WorklistSettings = { ...defaultWorklistSettings, horizonDays: 0 };

const run = (over: Partial<Input>, today: string, settings: WorklistSettings = exact) =>
  computeWorklist({ participants: [person()], contacts: [], employerContacts: [], jobs: [], benefitsPlans: [], snoozes: [], ...over }, today, settings);

/** The items of one rule, as [due, overdueDays]. */
const itemsOf = (rule: WorklistRule, over: Partial<Input>, today: string, settings: WorklistSettings = exact) =>
  run(over, today, settings)
    .items.filter((i) => i.rule === rule)
    .map((i) => [i.due, i.overdueDays]);

describe("calendar", () => {
  it("adds days across months and leap years, counts days, finds Mondays", () => {
    expect(addDays("2026-03-02", 30)).toBe("2026-04-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-03-20", "2026-03-23")).toBe(3);
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-03-01")).toBe("2026-02-23");
  });
});

describe("settings", () => {
  it("defaults to the issue's thresholds", () => {
    expect(worklistSettingsSchema.parse({})).toEqual({
      referralMeetingDays: 7,
      firstEmployerContactDays: 30,
      jobStartFirstContactDays: 7,
      jobStartWeeklyContactDays: 7,
      jobStartSupportPeriodDays: 30,
      jobEndContactDays: 3,
      noContactDays: 30,
      employerContactsWeeklyTarget: 6,
      benefitsPlanValidDays: 90,
      employerNextStepListedDays: 60,
      horizonDays: 7,
    });
  });
});

describe("rule: referral not met within 7 days (referral 2 March, due 9 March)", () => {
  const referred = { participants: [person({ status: "referred" })] };
  it.each([
    ["the day before it is due", {}, "2026-03-08", []],
    ["the day it is due", {}, "2026-03-09", [["2026-03-09", 0]]],
    ["a day late", {}, "2026-03-10", [["2026-03-09", 1]]],
    ["after a phone call only", { contacts: [contact("2026-03-04", { mode: "phone" })] }, "2026-03-10", [["2026-03-09", 1]]],
    ["after a meeting by video", { contacts: [contact("2026-03-04", { mode: "video" })] }, "2026-03-10", []],
    ["after a meeting in person on the referral day", { contacts: [contact(REFERRAL)] }, "2026-03-10", []],
    ["after a meeting before the referral", { contacts: [contact("2026-03-01")] }, "2026-03-10", [["2026-03-09", 1]]],
    ["after meeting the family only", { contacts: [contact("2026-03-04", { withWhom: ["family"] })] }, "2026-03-10", [["2026-03-09", 1]]],
  ] as const)("%s", (_label, over, today, expected) => {
    expect(itemsOf("referral_not_met", { ...referred, ...over }, today)).toEqual(expected);
  });

  it("only while the status is referred", () => {
    expect(itemsOf("referral_not_met", {}, "2026-03-10")).toEqual([]);
  });

  it("shows from the referral day with the 7-day horizon", () => {
    expect(itemsOf("referral_not_met", referred, "2026-03-02", defaultWorklistSettings)).toEqual([["2026-03-09", -7]]);
    expect(run(referred, "2026-03-02", defaultWorklistSettings).items[0].state).toBe("upcoming");
  });

  it("explains itself", () => {
    expect(run(referred, "2026-03-09").items[0]).toEqual({
      id: `referral_not_met:${P1}`,
      rule: "referral_not_met",
      participantId: P1,
      specialistId: S1,
      due: "2026-03-09",
      overdueDays: 0,
      state: "due_today",
      explanation: { anchor: "referral", anchorDate: REFERRAL, thresholdDays: 7, lastContactDate: null, nextStep: null },
    });
  });
});

describe("rule: first face-to-face employer contact within 30 days of entry (due 1 April)", () => {
  const searching = { participants: [person({ status: "job_search" })] };
  it.each([
    ["the day before", {}, "2026-03-31", []],
    ["the day it is due", {}, "2026-04-01", [["2026-04-01", 0]]],
    ["after a face-to-face contact for the person", { employerContacts: [employerContact("2026-03-20")] }, "2026-04-02", []],
    ["after a colleague's face-to-face contact for the person", { employerContacts: [employerContact("2026-03-20", { specialistId: S2 })] }, "2026-04-02", []],
    ["after a phone call for the person", { employerContacts: [employerContact("2026-03-20", { faceToFace: false })] }, "2026-04-02", [["2026-04-01", 1]]],
    ["after a generic visit", { employerContacts: [employerContact("2026-03-20", { kind: "generic", participantIds: [] })] }, "2026-04-02", [["2026-04-01", 1]]],
    ["after a visit for someone else", { employerContacts: [employerContact("2026-03-20", { participantIds: [P2] })] }, "2026-04-02", [["2026-04-01", 1]]],
    ["after a visit before entry", { employerContacts: [employerContact("2026-02-20")] }, "2026-04-02", [["2026-04-01", 1]]],
    ["once a job has started", { jobs: [job({ startDate: "2026-03-25" })] }, "2026-04-02", []],
  ] as const)("%s", (_label, over, today, expected) => {
    expect(itemsOf("first_employer_contact", { ...searching, ...over }, today)).toEqual(expected);
  });

  it.each(["working", "follow_along", "closed"] as const)("not for a person %s", (status) => {
    expect(itemsOf("first_employer_contact", { participants: [person({ status })] }, "2026-04-02")).toEqual([]);
  });
});

describe("rule: job started (in person within 7 days, then weekly during 30 days); start Monday 16 March", () => {
  const working = { participants: [person({ status: "working" })], jobs: [job()] };
  const weekly = (dates: string[]) => ({ ...working, contacts: dates.map((d) => contact(d)) });

  it.each([
    ["first contact: the day before it is due", {}, "2026-03-22", []],
    ["first contact: due the 23rd", {}, "2026-03-23", [["2026-03-23", 0]]],
    ["first contact: two days late", {}, "2026-03-25", [["2026-03-23", 2]]],
    ["first contact: a phone call does not count", { contacts: [contact("2026-03-17", { mode: "phone" })] }, "2026-03-23", [["2026-03-23", 0]]],
    ["first contact: a visit before the start does not count", { contacts: [contact("2026-03-15")] }, "2026-03-23", [["2026-03-23", 0]]],
    ["first contact: still asked on day 30", {}, "2026-04-15", [["2026-03-23", 23]]],
    ["first contact: no longer after the first month", {}, "2026-04-16", []],
    ["first contact: not for a job held before entry", { jobs: [job({ startDate: "2026-02-25" })] }, "2026-03-05", []],
  ] as const)("%s", (_label, over, today, expected) => {
    expect(itemsOf("job_start_first_contact", { ...working, ...over }, today)).toEqual(expected);
  });

  it.each([
    ["seen on the start day: next due a week later", ["2026-03-16"], "2026-03-23", [["2026-03-23", 0]]],
    ["seen on the 20th: not due yet on the 23rd", ["2026-03-20"], "2026-03-23", []],
    ["seen on the 20th: due the 27th", ["2026-03-20"], "2026-03-28", [["2026-03-27", 1]]],
    ["seen weekly: the last week of the month is due on the 13th", ["2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"], "2026-04-13", [["2026-04-13", 0]]],
    ["seen on 10 April: the next visit would fall after the month", ["2026-04-10"], "2026-04-14", []],
  ] as const)("weekly: %s", (_label, dates, today, expected) => {
    expect(itemsOf("job_start_weekly_contact", weekly([...dates]), today)).toEqual(expected);
  });

  it("stops when the job ends (the job-end rule takes over)", () => {
    const ended = { ...working, jobs: [job({ endDate: "2026-03-20" })] };
    expect(itemsOf("job_start_first_contact", ended, "2026-03-23")).toEqual([]);
    expect(itemsOf("job_end_contact", ended, "2026-03-23")).toEqual([["2026-03-23", 0]]);
  });

  it("gives each overlapping job its own item", () => {
    const two = { ...working, jobs: [job(), job({ id: J2, startDate: "2026-03-18" })] };
    expect(run(two, "2026-03-25").items.filter((i) => i.rule === "job_start_first_contact").map((i) => i.jobId)).toEqual([J1, J2]);
  });
});

describe("rule: job ended, contact within 3 days (end Friday 20 March, due the 23rd)", () => {
  const ended = { participants: [person({ status: "working" })], jobs: [job({ startDate: "2026-01-05", endDate: "2026-03-20" })] };
  it.each([
    ["the day before it is due", {}, "2026-03-22", []],
    ["the day it is due", {}, "2026-03-23", [["2026-03-23", 0]]],
    ["a phone call after the end is enough", { contacts: [contact("2026-03-21", { mode: "phone" })] }, "2026-03-23", []],
    ["a contact on the last day is enough", { contacts: [contact("2026-03-20", { mode: "message" })] }, "2026-03-23", []],
    ["a contact before the end is not", { contacts: [contact("2026-03-19")] }, "2026-03-23", [["2026-03-23", 0]]],
    ["learned a week later: 3 days from then", { jobs: [job({ startDate: "2026-01-05", endDate: "2026-03-20", endRecordedOn: "2026-03-27" })] }, "2026-03-30", [["2026-03-30", 0]]],
    ["still listed 30 days after", {}, "2026-04-19", [["2026-03-23", 27]]],
    ["then the no-contact rule takes over", {}, "2026-04-20", []],
    ["an end recorded ahead is not an ending yet", { jobs: [job({ startDate: "2026-01-05", endDate: "2026-03-31" })] }, "2026-03-23", []],
  ] as const)("%s", (_label, over, today, expected) => {
    expect(itemsOf("job_end_contact", { ...ended, ...over }, today)).toEqual(expected);
  });

  it("says when the person was last contacted", () => {
    const item = run({ ...ended, contacts: [contact("2026-03-19")] }, "2026-03-23").items.find((i) => i.rule === "job_end_contact");
    expect(item?.explanation).toEqual({ anchor: "job_end", anchorDate: "2026-03-20", thresholdDays: 3, lastContactDate: "2026-03-19", nextStep: null });
  });
});

describe("rule: no contact for 30 days (last contact 1 March, due 31 March)", () => {
  // In follow-along, so that no job-search rule adds its own items.
  const seen = { contacts: [contact("2026-03-01", { mode: "message" })], participants: [person({ status: "follow_along", referralDate: "2026-02-01" })] };
  it.each([
    ["the day before", {}, "2026-03-30", []],
    ["the day it is due", {}, "2026-03-31", [["2026-03-31", 0]]],
    ["a week late", {}, "2026-04-07", [["2026-03-31", 7]]],
    ["a contact with the family only does not reset it", { contacts: [contact("2026-03-01"), contact("2026-03-20", { withWhom: ["family"] })] }, "2026-03-31", [["2026-03-31", 0]]],
    ["a later contact does", { contacts: [contact("2026-03-01"), contact("2026-03-20", { mode: "phone" })] }, "2026-03-31", []],
    ["a contact logged ahead (tomorrow) does not", { contacts: [contact("2026-03-01"), contact("2026-04-01")] }, "2026-03-31", [["2026-03-31", 0]]],
    ["never contacted: counted from the referral", { contacts: [], participants: [person({ status: "follow_along", referralDate: "2026-03-01" })] }, "2026-03-31", [["2026-03-31", 0]]],
    ["never for a closed record", { participants: [person({ status: "closed", referralDate: "2026-02-01" })] }, "2026-04-07", []],
  ] as const)("%s", (_label, over, today, expected) => {
    expect(itemsOf("no_contact", { ...seen, ...over }, today)).toEqual(expected);
  });

  it("is not repeated when the referral or a job ending already asks for contact", () => {
    const referred = run({ participants: [person({ status: "referred", referralDate: "2026-02-01" })] }, "2026-03-31").items.map((i) => i.rule);
    expect(referred).toContain("referral_not_met");
    expect(referred).not.toContain("no_contact");
    const ended = { ...seen, jobs: [job({ startDate: "2026-01-05", endDate: "2026-03-28" })] };
    expect(run(ended, "2026-03-31").items.map((i) => i.rule)).toEqual(["job_end_contact"]);
  });

  it("lists it ahead within the horizon, with its anchor", () => {
    const [item] = run(seen, "2026-03-24", defaultWorklistSettings).items;
    expect(item).toMatchObject({ rule: "no_contact", overdueDays: -7, state: "upcoming" });
    expect(item.explanation).toMatchObject({ anchor: "last_contact", anchorDate: "2026-03-01", lastContactDate: "2026-03-01" });
  });
});

describe("rule: employer next steps due", () => {
  const withStep = (over: Partial<EmployerContact> = {}) =>
    employerContact("2026-03-02", { kind: "generic", participantIds: [], nextStep: "Rappeler la gérante", nextStepDate: "2026-03-09", ...over });
  const only = { participants: [] };

  it.each([
    ["the day before", [withStep()], "2026-03-08", []],
    ["the day it is due", [withStep()], "2026-03-09", [["2026-03-09", 0]]],
    ["done", [withStep({ nextStepDoneOn: "2026-03-06" })], "2026-03-10", []],
    ["superseded by a later contact with no next step", [withStep(), employerContact("2026-03-05", { kind: "generic", participantIds: [] })], "2026-03-10", []],
    ["replaced by a later contact's next step", [withStep(), withStep({ date: "2026-03-05", nextStepDate: "2026-03-12" })], "2026-03-12", [["2026-03-12", 0]]],
    ["the later of two contacts on the same day wins", [withStep(), withStep({ nextStepDate: null })], "2026-03-10", []],
    ["still listed 60 days past its date", [withStep()], "2026-05-08", [["2026-03-09", 60]]],
    ["off the list the 61st day (it stays on the employer's record)", [withStep()], "2026-05-09", []],
  ] as const)("%s", (_label, contacts, today, expected) => {
    expect(itemsOf("employer_next_step", { ...only, employerContacts: [...contacts] }, today)).toEqual(expected);
  });

  it("belongs to the contact's author; each specialist has their own thread", () => {
    const contacts = [withStep(), withStep({ specialistId: S2, nextStepDate: "2026-03-10" })];
    const team = computeWorklist({ participants: [], contacts: [], employerContacts: contacts, jobs: [], benefitsPlans: [], snoozes: [], employers: [{ id: E1, name: "Le Bouchon" }] }, "2026-03-10", exact);
    expect(team.items.map((i) => [i.id, i.specialistId, i.employerName, i.explanation.nextStep])).toEqual([
      [`employer_next_step:${E1}:${S1}`, S1, "Le Bouchon", "Rappeler la gérante"],
      [`employer_next_step:${E1}:${S2}`, S2, "Le Bouchon", "Rappeler la gérante"],
    ]);
    const mine = computeWorklist({ participants: [], contacts: [], employerContacts: contacts, jobs: [], benefitsPlans: [], snoozes: [], forSpecialistId: S2 }, "2026-03-10", exact);
    expect(mine.items.map((i) => i.specialistId)).toEqual([S2]);
  });
});

describe("rule: benefits planning before a job start (start 16 March)", () => {
  const starting = { participants: [person({ status: "job_search" })], jobs: [job()], contacts: [contact("2026-03-10")] };
  const plan = (planDate: string, jobId: string | null = null) => ({ participantId: P1, planDate, jobId });
  it.each([
    ["no plan, on the start day", [], "2026-03-16", [["2026-03-16", 0]]],
    ["no plan, a week ahead (horizon)", [], "2026-03-09", []],
    ["a plan a week before", [plan("2026-03-09")], "2026-03-16", []],
    ["a plan exactly 90 days before", [plan("2025-12-16")], "2026-03-16", []],
    ["a plan 91 days before", [plan("2025-12-15")], "2026-03-16", [["2026-03-16", 0]]],
    ["an old plan made for this job", [plan("2025-06-01", J1)], "2026-03-16", []],
    ["an old plan made for another job", [plan("2025-06-01", J2)], "2026-03-16", [["2026-03-16", 0]]],
    ["a plan made late, after the start", [plan("2026-03-18")], "2026-03-20", []],
    ["no plan, 30 days after the start", [], "2026-04-15", [["2026-03-16", 30]]],
    ["no plan, past the first month", [], "2026-04-16", []],
  ] as const)("%s", (_label, plans, today, expected) => {
    expect(itemsOf("benefits_before_start", { ...starting, benefitsPlans: [...plans] }, today)).toEqual(expected);
  });

  it("is listed a week ahead with the default horizon", () => {
    expect(itemsOf("benefits_before_start", starting, "2026-03-09", defaultWorklistSettings)).toEqual([["2026-03-16", -7]]);
  });

  it("not for a job held before entry, nor an ended one", () => {
    expect(itemsOf("benefits_before_start", { ...starting, jobs: [job({ startDate: "2026-02-25" })] }, "2026-03-05")).toEqual([]);
    expect(itemsOf("benefits_before_start", { ...starting, jobs: [job({ endDate: "2026-03-17" })] }, "2026-03-18")).toEqual([]);
  });
});

describe("snoozes", () => {
  const silent = { participants: [person({ status: "follow_along", referralDate: "2026-02-01" })], contacts: [contact("2026-03-01")] };
  const snooze = (until: string, over: Partial<Input["snoozes"][number]> = {}) => ({ rule: "no_contact" as const, participantId: P1, until, reason: "hospitalisé·e, la famille prévient", ...over });

  it.each([
    ["set aside until 3 April, on 31 March", [snooze("2026-04-03")], "2026-03-31", 0, 1],
    ["back on the 3rd", [snooze("2026-04-03")], "2026-04-03", 1, 0],
    ["a snooze for another person does not apply", [snooze("2026-04-03", { participantId: P2 })], "2026-03-31", 1, 0],
    ["a snooze of another rule does not apply", [snooze("2026-04-03", { rule: "referral_not_met" })], "2026-03-31", 1, 0],
    ["the latest of two snoozes wins", [snooze("2026-04-01"), snooze("2026-04-10")], "2026-04-05", 0, 1],
  ] as const)("%s", (_label, snoozes, today, items, snoozed) => {
    const result = run({ ...silent, snoozes: [...snoozes] }, today);
    expect([result.items.length, result.snoozed.length]).toEqual([items, snoozed]);
  });

  it("keeps the reason and the date with the snoozed item", () => {
    expect(run({ ...silent, snoozes: [snooze("2026-04-03")] }, "2026-03-31").snoozed[0].snooze).toEqual({ until: "2026-04-03", reason: "hospitalisé·e, la famille prévient" });
  });

  it("covers one job or all jobs of the rule", () => {
    const jobs = { participants: [person({ status: "working" })], jobs: [job(), job({ id: J2, startDate: "2026-03-17" })] };
    const jobSnooze = { rule: "job_start_first_contact" as const, participantId: P1, until: "2026-04-01", reason: "r" };
    const oneJob = run({ ...jobs, snoozes: [{ ...jobSnooze, jobId: J2 }] }, "2026-03-25");
    expect(oneJob.items.filter((i) => i.rule === "job_start_first_contact").map((i) => i.jobId)).toEqual([J1]);
    const allJobs = run({ ...jobs, snoozes: [jobSnooze] }, "2026-03-25");
    expect(allJobs.items.filter((i) => i.rule === "job_start_first_contact")).toEqual([]);
    expect(allJobs.snoozed.map((i) => i.jobId)).toEqual([J1, J2]);
  });

  it("names the employer contact that carries the step, when known", () => {
    const cid = "00000000-0000-7000-8000-000000000098";
    const step = employerContact("2026-03-02", { id: cid, kind: "generic", participantIds: [], nextStep: "Rappeler", nextStepDate: "2026-03-09" });
    expect(run({ participants: [], employerContacts: [step] }, "2026-03-10").items[0].employerContactId).toBe(cid);
  });

  it("carries the snooze's id, so the page can lift it", () => {
    const id = "00000000-0000-7000-8000-000000000099";
    expect(run({ ...silent, snoozes: [snooze("2026-04-03", { id })] }, "2026-03-31").snoozed[0].snooze.id).toBe(id);
  });

  it("snoozes an employer item by employer", () => {
    const step = employerContact("2026-03-02", { kind: "generic", participantIds: [], nextStepDate: "2026-03-09" });
    const result = run({ participants: [], employerContacts: [step], snoozes: [{ rule: "employer_next_step", employerId: E1, until: "2026-03-20", reason: "fermé" }] }, "2026-03-10");
    expect([result.items.length, result.snoozed.length]).toEqual([0, 1]);
  });

  it("requires the subject and a reason", () => {
    expect(snoozeWorklistItemInput.safeParse({ rule: "no_contact", participantId: P1, until: "2026-04-03", reason: "r" }).success).toBe(true);
    expect(snoozeWorklistItemInput.safeParse({ rule: "no_contact", until: "2026-04-03", reason: "r" }).success).toBe(false);
    expect(snoozeWorklistItemInput.safeParse({ rule: "employer_next_step", participantId: P1, until: "2026-04-03", reason: "r" }).success).toBe(false);
    expect(snoozeWorklistItemInput.safeParse({ rule: "no_contact", participantId: P1, until: "2026-04-03", reason: " " }).success).toBe(false);
  });
});

describe("the list", () => {
  it("orders by urgency: most overdue first, then the rule's priority", () => {
    const input: Partial<Input> = {
      participants: [person({ status: "working", referralDate: "2026-01-05" }), person({ id: P2, status: "referred", referralDate: "2026-03-13" })],
      contacts: [contact("2026-03-01")],
      jobs: [job({ startDate: "2026-01-12", endDate: "2026-03-17" })],
      employerContacts: [employerContact("2026-03-02", { kind: "generic", participantIds: [], nextStepDate: "2026-03-20" })],
    };
    expect(run(input, "2026-03-20").items.map((i) => [i.rule, i.overdueDays])).toEqual([
      ["job_end_contact", 0],
      ["referral_not_met", 0],
      ["employer_next_step", 0],
    ]);
    expect(run(input, "2026-03-25").items.map((i) => [i.rule, i.overdueDays])).toEqual([
      ["job_end_contact", 5],
      ["referral_not_met", 5],
      ["employer_next_step", 5],
    ]);
  });

  it("lists one specialist's people, or the whole team's", () => {
    const input: Partial<Input> = { participants: [person({ status: "follow_along" }), person({ id: P2, status: "follow_along", specialistId: S2 })] };
    expect(run(input, "2026-04-01").items.map((i) => [i.participantId, i.specialistId])).toEqual([
      [P1, S1],
      [P2, S2],
    ]);
    expect(run({ ...input, forSpecialistId: S2 }, "2026-04-01").items.map((i) => i.participantId)).toEqual([P2]);
  });

  it("labels items with the names it is given", () => {
    const [item] = run({ participants: [person({ status: "follow_along", name: "Awa Diallo" })] }, "2026-04-01").items;
    expect(item.participantName).toBe("Awa Diallo");
  });

  // Speed is the benchmark's business (bench/run.ts, route "worklist"); this checks the rules hold at that size.
  it("computes a specialist's week from a year of history (20 people): one item per rule and record, sorted by urgency", () => {
    const participants = Array.from({ length: 20 }, (_, i) => person({ id: id(100 + i), status: (["engaged", "job_search", "working", "follow_along"] as const)[i % 4], referralDate: "2025-03-02" }));
    const contacts = participants.flatMap((p, i) => Array.from({ length: 80 }, (_, k) => contact(addDays("2025-03-02", (k * 4 + i) % 360), { participantId: p.id, mode: k % 3 ? "phone" : "in_person" })));
    const jobs = participants.filter((_, i) => i % 2).map((p, i) => job({ id: id(500 + i), participantId: p.id, startDate: addDays("2026-01-05", i * 5), endDate: i % 3 ? null : addDays("2026-02-20", i) }));
    const employerContacts = Array.from({ length: 300 }, (_, k) => employerContact(addDays("2025-03-02", k), { employerId: id(700 + (k % 40)), participantIds: [participants[k % 20].id], nextStepDate: addDays("2025-03-02", k + 10) }));
    const input: Input = { participants, contacts, employerContacts, jobs, benefitsPlans: [], snoozes: [], forSpecialistId: S1 };
    const result = computeWorklist(input, "2026-03-10");
    expect(result.items.length).toBeGreaterThan(0);
    expect(new Set(result.items.map((i) => i.id)).size).toBe(result.items.length);
    expect([...result.items].sort(byUrgency)).toEqual(result.items);
    expect(result.items.every((i) => !i.participantId || participants.some((p) => p.id === i.participantId))).toBe(true);
  });
});

describe("weekly face-to-face employer contacts (week of Monday 9 March)", () => {
  const week = "2026-03-09";
  const c = (specialistId: string | null, date: string, faceToFace = true) => ({ specialistId, date, faceToFace });

  it("counts each specialist's face-to-face contacts from Monday to Sunday against the target of 6", () => {
    const contacts = [
      ...["2026-03-09", "2026-03-10", "2026-03-12", "2026-03-15"].map((d) => c(S1, d)),
      c(S1, "2026-03-11", false),
      ...["2026-03-09", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"].map((d) => c(S2, d)),
      c(S1, "2026-03-08"),
      c(S1, "2026-03-16"),
      c(null, "2026-03-10"),
    ];
    expect(weeklyEmployerContacts(contacts, week, { specialists: [{ id: S1, name: "Marie" }, { id: S2 }, { id: S3 }] })).toEqual({
      weekStart: week,
      weekEnd: "2026-03-15",
      target: 6,
      rows: [
        { specialistId: S1, specialistName: "Marie", faceToFace: 4, total: 5, target: 6, met: false, missing: 2 },
        { specialistId: S2, faceToFace: 6, total: 6, target: 6, met: true, missing: 0 },
        { specialistId: S3, faceToFace: 0, total: 0, target: 6, met: false, missing: 6 },
      ],
    });
  });

  it("takes the program's target", () => {
    expect(weeklyEmployerContacts([c(S1, week)], week, { target: 1 }).rows[0]).toMatchObject({ met: true, missing: 0 });
  });
});
