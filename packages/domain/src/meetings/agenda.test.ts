import { describe, expect, it } from "vitest";
import { type AgendaFacts, computeAgenda } from "./agenda";
import { defaultWorklistSettings } from "../worklist/worklist-settings.contract";
import type { ActionItem } from "./meeting.contract";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const MEETING = id(900);
const PREVIOUS = id(901);

type Person = AgendaFacts["people"][number];
const person = (n: number, over: Partial<Person> = {}): Person => ({
  id: id(n),
  name: `Personne ${n}`,
  status: "job_search",
  referralDate: "2026-01-05",
  specialistId: id(500),
  specialistName: "Léa",
  lastSeen: "2026-03-25",
  lastFaceToFaceEmployerContact: "2026-02-01",
  ...over,
});
const facts = (over: Partial<AgendaFacts> = {}): AgendaFacts => ({ people: [], jobs: [], pendingReferrals: [], flags: [], actionItems: [], ...over });
const item = (n: number, over: Partial<ActionItem> = {}): ActionItem => ({
  id: id(n),
  programId: id(800),
  meetingId: PREVIOUS,
  meetingDate: "2026-03-24",
  participantId: null,
  participantName: null,
  description: `Action ${n}`,
  ownerId: null,
  ownerName: null,
  dueDate: null,
  doneOn: null,
  version: 1,
  ...over,
});

// The meeting of Tuesday 31 March 2026; the previous one was held on 24 March.
const at = { meetingId: MEETING, meetingDate: "2026-03-31", since: "2026-03-24" };
const ids = (entries: { participantId: string }[]): string[] => entries.map((e) => e.participantId);

describe("agenda window", () => {
  it("takes a week before the meeting when there was no previous meeting", () => {
    expect(computeAgenda(facts(), { ...at, since: null }).since).toBe("2026-03-24");
  });

  it.each([
    ["2026-03-24", false, "the previous meeting's day belongs to the previous meeting"],
    ["2026-03-25", true, "the day after the previous meeting"],
    ["2026-03-31", true, "the meeting's day"],
    ["2026-04-01", false, "after the meeting"],
  ])("new referral dated %s listed: %s (%s)", (referralDate, listed) => {
    const agenda = computeAgenda(facts({ people: [person(1, { referralDate, status: "referred", lastSeen: null })] }), at);
    expect(ids(agenda.newReferrals)).toEqual(listed ? [id(1)] : []);
  });

  it("lists jobs started and ended in the window, not a job started before the previous meeting", () => {
    const agenda = computeAgenda(
      facts({
        people: [person(1, { status: "working" }), person(2, { status: "working" }), person(3, { status: "job_search" })],
        jobs: [
          { id: id(11), participantId: id(1), title: "Serveur", startDate: "2026-03-30", endDate: null },
          { id: id(12), participantId: id(2), title: "Vendeuse", startDate: "2026-03-20", endDate: null },
          { id: id(13), participantId: id(3), title: "Cariste", startDate: "2026-01-10", endDate: "2026-03-27" },
        ],
      }),
      at,
    );
    expect(agenda.jobStarts.map((e) => [e.participantId, e.detail, e.jobId])).toEqual([[id(1), "Serveur", id(11)]]);
    expect(agenda.jobEndings.map((e) => [e.participantId, e.date])).toEqual([[id(3), "2026-03-27"]]);
  });

  it("ignores closed people in every section", () => {
    const closed = person(1, { status: "closed", referralDate: "2026-03-30", lastSeen: null, lastFaceToFaceEmployerContact: null });
    const agenda = computeAgenda(
      facts({
        people: [closed],
        jobs: [{ id: id(11), participantId: id(1), title: "Serveur", startDate: "2026-03-30", endDate: null }],
        flags: [{ id: id(21), participantId: id(1), reason: "Point", flaggedOn: "2026-03-26" }],
      }),
      { ...at, meetingDate: "2026-06-30", since: "2026-03-24" },
    );
    expect([...agenda.newReferrals, ...agenda.jobStarts, ...agenda.noEmployerContact, ...agenda.notSeen, ...agenda.flagged]).toEqual([]);
  });
});

describe("no face-to-face employer contact 30 days after entry", () => {
  const searching = (referralDate: string, over: Partial<Person> = {}) => person(1, { referralDate, lastFaceToFaceEmployerContact: null, ...over });

  it.each([
    ["2026-03-02", false, "29 days after entry"],
    ["2026-03-01", true, "exactly 30 days"],
    ["2026-01-05", true, "long ago"],
  ])("entry %s listed: %s (%s)", (referralDate, listed) => {
    const agenda = computeAgenda(facts({ people: [searching(referralDate)] }), at);
    expect(ids(agenda.noEmployerContact)).toEqual(listed ? [id(1)] : []);
    if (listed) expect(agenda.noEmployerContact[0]).toMatchObject({ date: referralDate, reason: "no_employer_contact" });
  });

  it("counts 30 days from entry in the agenda entry", () => {
    expect(computeAgenda(facts({ people: [searching("2026-03-01")] }), at).noEmployerContact[0].days).toBe(30);
  });

  it("is met by a face-to-face contact for the person on or after entry, not one before", () => {
    expect(computeAgenda(facts({ people: [searching("2026-02-01", { lastFaceToFaceEmployerContact: "2026-02-01" })] }), at).noEmployerContact).toEqual([]);
    expect(ids(computeAgenda(facts({ people: [searching("2026-02-01", { lastFaceToFaceEmployerContact: "2026-01-31" })] }), at).noEmployerContact)).toEqual([id(1)]);
  });

  it("is met by a job started since entry; a job held before entry does not count", () => {
    const since = { id: id(11), participantId: id(1), title: "Serveur", startDate: "2026-02-10", endDate: null };
    const before = { ...since, startDate: "2025-12-01", endDate: "2025-12-31" };
    expect(computeAgenda(facts({ people: [searching("2026-02-01")], jobs: [since] }), at).noEmployerContact).toEqual([]);
    expect(ids(computeAgenda(facts({ people: [searching("2026-02-01")], jobs: [before] }), at).noEmployerContact)).toEqual([id(1)]);
  });

  it("applies to people still looking for work, not to employed people", () => {
    expect(computeAgenda(facts({ people: [searching("2026-01-05", { status: "working" })] }), at).noEmployerContact).toEqual([]);
  });

  it("follows the program's thresholds (the same as \"my week\")", () => {
    const settings = { ...defaultWorklistSettings, firstEmployerContactDays: 14, noContactDays: 14 };
    const agenda = computeAgenda(facts({ people: [searching("2026-03-17", { lastSeen: "2026-03-17" })] }), at, settings);
    expect(ids(agenda.noEmployerContact)).toEqual([id(1)]);
    expect(ids(agenda.notSeen)).toEqual([id(1)]);
    expect(agenda.thresholds).toEqual({ firstEmployerContactDays: 14, noContactDays: 14 });
  });
});

describe("not seen for 30 days", () => {
  it.each([
    ["2026-03-02", false, "29 days ago"],
    ["2026-03-01", true, "exactly 30 days"],
    ["2026-04-02", true, "a contact after the meeting does not count: referral date is the anchor"],
  ])("last contact %s listed: %s (%s)", (lastSeen, listed) => {
    const agenda = computeAgenda(facts({ people: [person(1, { lastSeen })] }), at);
    expect(ids(agenda.notSeen)).toEqual(listed ? [id(1)] : []);
  });

  it("anchors on the referral date when the person was never seen", () => {
    const recent = person(1, { lastSeen: null, referralDate: "2026-03-10", status: "referred" });
    const old = person(2, { lastSeen: null, referralDate: "2026-02-01", status: "referred" });
    const agenda = computeAgenda(facts({ people: [recent, old] }), at);
    expect(agenda.notSeen.map((e) => [e.participantId, e.date, e.days, e.detail])).toEqual([[id(2), "2026-02-01", 58, "referral"]]);
  });

  it("orders the longest unseen first", () => {
    const agenda = computeAgenda(facts({ people: [person(1, { lastSeen: "2026-02-20" }), person(2, { lastSeen: "2026-01-20" })] }), at);
    expect(ids(agenda.notSeen)).toEqual([id(2), id(1)]);
  });
});

describe("flags, pending referrals and open action items", () => {
  it("lists flags up to the meeting date, with their reason", () => {
    const agenda = computeAgenda(
      facts({
        people: [person(1), person(2)],
        flags: [
          { id: id(21), participantId: id(1), reason: "Crainte de perdre l'AAH", flaggedOn: "2026-03-20" },
          { id: id(22), participantId: id(2), reason: "Plus tard", flaggedOn: "2026-04-02" },
        ],
      }),
      at,
    );
    expect(agenda.flagged.map((e) => [e.participantId, e.detail, e.flagId])).toEqual([[id(1), "Crainte de perdre l'AAH", id(21)]]);
  });

  it("lists pending referrals however old, with their age", () => {
    const agenda = computeAgenda(facts({ pendingReferrals: [{ id: id(31), name: "Jo Durand", serviceName: "CMP Nord", referredOn: "2026-03-01" }] }), at);
    expect(agenda.pendingReferrals).toEqual([{ referralId: id(31), name: "Jo Durand", serviceName: "CMP Nord", referredOn: "2026-03-01", days: 30 }]);
  });

  it("brings back the open action items of earlier meetings, not this meeting's own nor those done before it", () => {
    const agenda = computeAgenda(
      facts({
        actionItems: [
          item(41, { dueDate: "2026-04-10" }),
          item(42, { doneOn: "2026-03-28" }),
          item(43, { doneOn: "2026-03-31", dueDate: "2026-03-30" }),
          item(44, { meetingId: MEETING, meetingDate: "2026-03-31" }),
          item(45, { meetingId: id(902), meetingDate: "2026-04-07" }),
        ],
      }),
      at,
    );
    expect(agenda.openActionItems.map((a) => a.id)).toEqual([id(43), id(41)]);
  });
});
