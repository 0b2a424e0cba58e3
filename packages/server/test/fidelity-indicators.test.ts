import { and, eq } from "drizzle-orm";
import type { FidelityIndicator, FidelityIndicatorsResponse } from "@passerelle/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  benefitPlans,
  careerProfiles,
  caseloadEpisodes,
  contacts,
  employerContactPeople,
  employerContacts,
  employers,
  jobs,
  meetingDiscussions,
  meetings,
  memberships,
  participants,
  programFidelitySettings,
  referrals,
  supervisionSessions,
  supportPlans,
} from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

/**
 * A hand-built program 1 for the first quarter of 2026 (90 days, 90/7 weeks): specialist A (full time), specialist B
 * (half time), a team lead. Every expected figure below is worked out by hand from these records (INDICATORS.md).
 */
const clock = fixedClock("2026-04-02T08:00:00Z");
const Q1 = "from=2026-01-01&to=2026-03-31";
let t: TestApp;
let world: World;
let lead: ApiClient;
const id = {} as Record<string, string>;
const WEEKS = 90 / 7;

const seedProgram = async () => {
  const db = t.database.db;
  const p1 = world.program1;
  const A = world.users.specialist.id;
  const B = world.users.specialistB.id;
  const LEAD = world.users.team_lead.id;
  await db.update(memberships).set({ fte: 0.5 }).where(and(eq(memberships.userId, B), eq(memberships.programId, p1)));
  for (const key of ["P1", "P2", "P3", "P4", "P5", "P6", "E1", "E2", "J1", "J2", "J3", "J4"]) id[key] = newId();

  // People: [key, specialist, referring service, episode opened, closed, closure reason].
  const people: [string, string | null, string | null, string, string | null, string | null][] = [
    ["P1", A, world.service1, "2025-10-01", null, null],
    ["P2", A, world.service1, "2026-01-10", null, null],
    ["P3", A, world.service2, "2025-06-01", "2026-02-15", "unreachable_after_outreach"],
    ["P4", B, world.service1, "2026-02-01", null, null],
    ["P5", B, null, "2025-12-01", null, null],
    ["P6", null, null, "2026-03-20", null, null],
  ];
  for (const [key, specialistId, serviceId, openedOn, closedOn, closureReason] of people) {
    await db.insert(participants).values({
      id: id[key]!,
      programId: p1,
      firstName: "Personne",
      lastName: key,
      searchName: `personne ${key.toLowerCase()}`,
      referralDate: openedOn,
      specialistId,
      referringServiceId: serviceId,
      status: closedOn ? "closed" : "engaged",
      closureReason,
    });
    await db.insert(caseloadEpisodes).values({ id: newId(), participantId: id[key]!, programId: p1, openedOn, closedOn, closureReason });
  }

  // Contacts: [person, date, minutes, mode, place, phase, author].
  const logged: [string, string, number, string, string | null, string, string][] = [
    ["P1", "2026-01-05", 60, "in_person", "community", "job_search", A],
    ["P1", "2026-01-20", 30, "phone", null, "job_development", B],
    ["P2", "2026-02-01", 90, "in_person", "office", "career_profile", A],
    ["P4", "2026-02-10", 60, "in_person", "community", "engagement", B],
    ["P3", "2026-01-10", 15, "phone", null, "engagement", A],
    ["P3", "2026-02-01", 15, "message", null, "engagement", A],
    ["P2", "2026-03-02", 30, "in_person", "community", "coordination", LEAD],
    ["P1", "2026-02-05", 60, "in_person", "community", "follow_along", A],
    ["P4", "2026-03-10", 30, "in_person", "office", "coordination", B],
  ];
  for (const [key, date, durationMinutes, mode, place, phase, authorId] of logged) {
    await db.insert(contacts).values({ id: newId(), participantId: id[key]!, programId: p1, date, durationMinutes, mode, place, withWhom: ["participant"], phase, authorId });
  }

  for (const [key, name] of [["E1", "Hôtel du Parc"], ["E2", "ESAT des Iris"]] as const) {
    await db.insert(employers).values({ id: id[key]!, programId: p1, name, searchName: name.toLowerCase() });
  }
  // Employer contacts: [key, employer, date, face to face, author, people].
  const employerLog: [string, string, string, boolean, string, string[]][] = [
    ["ec1", "E1", "2026-01-15", true, A, ["P2"]],
    ["ec2", "E1", "2026-02-20", true, A, []],
    ["ec3", "E2", "2026-02-20", false, B, ["P4"]],
    ["ec4", "E2", "2026-03-05", true, B, ["P4"]],
    ["ec5", "E1", "2025-11-01", true, A, ["P1"]],
  ];
  for (const [key, employer, date, faceToFace, authorId, people] of employerLog) {
    id[key] = newId();
    const participantIds = people.map((p) => id[p]!);
    const kind = people.length > 0 ? "for_participant" : "generic";
    await db.insert(employerContacts).values({ id: id[key]!, programId: p1, employerId: id[employer]!, authorId, date, faceToFace, kind, participantIds });
    for (const participantId of participantIds) {
      await db.insert(employerContactPeople).values({ employerContactId: id[key]!, participantId, programId: p1, date, faceToFace, kind });
    }
  }

  // Jobs: [key, person, start, end, contract, wage, occupation, employer, employer name, disclosure].
  const held: [string, string, string, string | null, string, number | null, string | null, string | null, string, Record<string, unknown>][] = [
    ["J1", "P1", "2026-02-02", null, "cdi", 13, "G1602", "E1", "", { level: "partial", details: "Parle de son suivi", disclosedOn: null }],
    ["J2", "P4", "2025-12-01", "2026-01-31", "cdd", 14, "K2204", null, "Boulangerie Martin", { level: "none", details: "" }],
    ["J3", "P2", "2026-03-01", null, "esat", 5, "G1602", "E2", "", { level: "full", details: "", disclosedOn: "2026-03-01" }],
    ["J4", "P5", "2025-06-15", null, "cdi", null, null, "E1", "", { level: "none", details: "" }],
  ];
  for (const [key, person, startDate, endDate, contract, hourlyGrossWage, occupationCode, employer, employerName, disclosure] of held) {
    await db.insert(jobs).values({
      id: id[key]!,
      programId: p1,
      participantId: id[person]!,
      employerId: employer ? id[employer]! : null,
      employerName,
      title: "Poste",
      occupationCode,
      startDate,
      endDate,
      contract,
      hourlyGrossWage,
      hoursPerWeek: 20,
      disclosure,
    });
  }

  await db.insert(benefitPlans).values({
    id: newId(),
    participantId: id.P1!,
    programId: p1,
    country: "FR",
    planDate: "2025-12-01",
    situation: {},
    scenarios: [],
    results: {},
    returnToWorkCumulation: false,
  });
  await db.insert(supportPlans).values({
    jobId: id.J1!,
    participantId: id.P1!,
    version: 1,
    data: {
      supports: [
        { id: newId(), kind: "reminders", provider: "specialist", frequency: "weekly" },
        { id: newId(), kind: "supervisor_meetings", provider: "supervisor", frequency: "monthly" },
        { id: newId(), kind: "transport_training", provider: "specialist", frequency: "once" },
      ],
    },
  });
  await db.insert(careerProfiles).values({ participantId: id.P1!, version: 1, data: {}, savedAt: new Date("2026-02-10T10:00:00Z") });

  const m1 = newId();
  await db.insert(meetings).values({ id: m1, programId: p1, date: "2026-01-08", status: "held" });
  await db.insert(meetings).values({ id: newId(), programId: p1, date: "2026-01-15", status: "planned" });
  await db.insert(meetingDiscussions).values({ id: newId(), meetingId: m1, programId: p1, participantId: id.P1!, decisions: "Contacter l'hôtel" });
  await db.insert(meetingDiscussions).values({ id: newId(), meetingId: m1, programId: p1, participantId: id.P2!, decisions: "" });
  for (const [kind, date] of [["group_supervision", "2026-01-09"], ["group_supervision", "2026-01-16"], ["field_mentoring", "2026-02-03"]] as const) {
    await db.insert(supervisionSessions).values({ id: newId(), programId: p1, kind, date, leaderId: LEAD });
  }
  const referral = { programId: p1, firstName: "R", lastName: "R" };
  await db.insert(referrals).values({ id: newId(), ...referral, referredOn: "2026-01-05", status: "accepted", decidedOn: "2026-01-06" });
  await db.insert(referrals).values({ id: newId(), ...referral, referredOn: "2025-12-15", status: "declined", declineReason: "not_wanting_support_now", decidedOn: "2026-01-10" });
};

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  await seedProgram();
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
});
afterAll(async () => t?.close());

const read = async (client: ApiClient, programId: string, period = Q1) => client.get<FidelityIndicatorsResponse>(`/api/fidelity/indicators?programId=${programId}&${period}`);
const item = (body: FidelityIndicatorsResponse, itemId: string): FidelityIndicator => body.indicators.find((i) => i.itemId === itemId)!;
const line = (indicator: FidelityIndicator, code: string) => indicator.evidence.find((e) => e.code === code)!;
const ids = (...keys: string[]) => keys.map((k) => id[k]!).sort();

describe("GET /api/fidelity/indicators", () => {
  it("computes the hand-worked indicators of the quarter", async () => {
    const res = await read(lead, world.program1);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({ programId: world.program1, from: "2026-01-01", to: "2026-03-31" });
    expect(body.indicators).toHaveLength(22);
    const A = world.users.specialist.id;
    const B = world.users.specialistB.id;

    // S1: P1, P2, P4, P5, P6 open on 31 March (P3 closed 15 Feb) over 1.5 fte.
    const s1 = item(body, "S1");
    expect(s1.value).toBeCloseTo(5 / 1.5);
    expect([s1.suggestedScore, s1.usesUnconfirmedThreshold]).toEqual([5, false]);
    expect(line(s1, "S1.active_people").ids).toEqual(ids("P1", "P2", "P4", "P5", "P6"));
    expect(Object.fromEntries(s1.evidence.filter((e) => e.code === "S1.specialist").map((e) => [e.specialistId, e.value]))).toEqual({ [A]: 2, [B]: 4 });
    expect(line(s1, "S1.unassigned").ids).toEqual(ids("P6"));

    // S2: 330 of the 360 minutes specialists logged are in employment phases.
    expect(item(body, "S2").value).toBeCloseTo(330 / 360);
    // S3: P2, P3, P4 seen only by their specialist; P1 also by B: 3/4 -> 3.
    expect([item(body, "S3").value, item(body, "S3").suggestedScore]).toEqual([0.75, 3]);
    // O1: A's caseload all from CMP Un; B's half (P5 has no referring service): 1 of 2 -> 3.
    expect([item(body, "O1").value, item(body, "O1").suggestedScore]).toEqual([0.5, 3]);
    // O2: one meeting held (the planned one does not count), 2 people discussed, 1 decision; 1 week of 13.
    const o2 = item(body, "O2");
    expect(o2.value).toBeCloseTo(1 / 13);
    expect([line(o2, "O2.meetings_held").value, line(o2, "O2.discussions").value, line(o2, "O2.decisions").value]).toEqual([1, 2, 1]);
    expect(item(body, "O4").value).toBeCloseTo(2 / 13);
    expect([item(body, "O5").value, line(item(body, "O5"), "O5.field_mentoring_sessions").value]).toEqual([2, 1]);
    expect(item(body, "O6").evidence.map((e) => [e.code, e.value])).toEqual([
      ["O6.referrals_received", 1],
      ["O6.referrals_accepted", 1],
      ["O6.referrals_declined", 1],
      ["O6.declined.not_wanting_support_now", 1],
      ["O6.declined_on_readiness", 0],
    ]);

    // Sv1: J1 planned 63 days before its start, J3 not: 1/2 -> 3.
    expect([item(body, "Sv1").value, item(body, "Sv1").suggestedScore]).toEqual([0.5, 3]);
    expect(line(item(body, "Sv1"), "Sv1.without_plan").ids).toEqual(ids("J3"));
    expect(item(body, "Sv2").value).toBe(1);
    expect(item(body, "Sv3").value).toBeCloseTo(1 / 3);
    // Sv4: P2 5 days, P4 32 days (the phone call does not count): mean 18.5 -> 5; P5 waiting since December.
    const sv4 = item(body, "Sv4");
    expect([sv4.value, sv4.suggestedScore]).toEqual([18.5, 5]);
    expect(line(sv4, "Sv4.still_waiting").ids).toEqual(ids("P5"));
    expect(item(body, "Sv5").value).toBe(0.75);
    // Sv6: 3 face-to-face contacts / (90/7) weeks / 1.5 fte -> 1; A 2 / weeks / 1, B 1 / weeks / 0.5.
    const sv6 = item(body, "Sv6");
    expect(sv6.value).toBeCloseTo(3 / WEEKS / 1.5);
    expect([sv6.suggestedScore, sv6.usesUnconfirmedThreshold]).toEqual([1, true]);
    const perSpecialist = Object.fromEntries(sv6.evidence.filter((e) => e.code === "Sv6.specialist").map((e) => [e.specialistId, e.value]));
    expect(perSpecialist[A]).toBeCloseTo(2 / WEEKS);
    expect(perSpecialist[B]).toBeCloseTo(1 / WEEKS / 0.5);
    expect(item(body, "Sv7").value).toBe(0.5);
    // Sv8: G1602 twice, K2204 (J4 has no code): 2/3 -> 3. Sv9: E1, E2, the typed bakery; E1 twice: 3/4 -> 4.
    expect([item(body, "Sv8").value, item(body, "Sv8").suggestedScore]).toEqual([2 / 3, 3]);
    expect([item(body, "Sv9").value, item(body, "Sv9").suggestedScore]).toEqual([0.75, 4]);
    // Sv10: J1 and J2 competitive, J3 ESAT, J4 no wage: 2/4 -> 2.
    expect([item(body, "Sv10").value, item(body, "Sv10").suggestedScore]).toEqual([0.5, 2]);
    expect(line(item(body, "Sv10"), "Sv10.unknown").ids).toEqual(ids("J4"));
    expect(item(body, "Sv11").value).toBe(0.25);
    // Sv12: starts J1 (seen 5 Feb) and J3 (seen 2 Mar) met; J2's end (31 Jan) not; J4's months 8 and 9 not: 2/5 -> 2.
    expect([item(body, "Sv12").value, item(body, "Sv12").suggestedScore]).toEqual([0.4, 2]);
    // Sv13: 180 of 360 minutes in person in the community -> 4.
    expect([item(body, "Sv13").value, item(body, "Sv13").suggestedScore]).toEqual([0.5, 4]);
    // Sv14: P3 closed unreachable after 2 contacts in the 60 days before.
    expect([item(body, "Sv14").value, line(item(body, "Sv14"), "Sv14.unreachable_with_outreach").ids]).toEqual([0, ids("P3")]);
  });

  it("names nobody: ids only", async () => {
    const res = await read(lead, world.program1);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain("Personne");
    expect(text).not.toContain("User specialist");
    expect(text).not.toContain("Hôtel");
  });

  it("applies the program's own unconfirmed thresholds (the band setting stored beside them is left aside)", async () => {
    await t.database.db.insert(programFidelitySettings).values({
      programId: world.program1,
      thresholds: { band: { exemplaryFrom: 112 }, Sv10: { score5: 0.5, score4: 0.45, score3: 0.4, score2: 0.3 } },
    });
    const sv10 = item((await read(lead, world.program1)).body, "Sv10");
    expect([sv10.suggestedScore, sv10.usesUnconfirmedThreshold, sv10.rule?.params.score5]).toEqual([5, true, 0.5]);
    await t.database.db.delete(programFidelitySettings).where(eq(programFidelitySettings.programId, world.program1));
  });

  it("reads for a specialist of the program; refuses other programs (404), clinicians, peers and network members (403)", async () => {
    const as = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
    expect((await read(await as("specialist"), world.program1)).status).toBe(200);
    expect((await read(await as("otherSpecialist"), world.program1)).status).toBe(404);
    for (const who of ["clinician", "peer", "network"] as const) expect((await read(await as(who), world.program1)).status).toBe(403);
    expect((await read(await as("admin"), newId())).status).toBe(404);
  });

  it("answers 400 to a period that ends before it starts or a date that does not exist", async () => {
    expect((await read(lead, world.program1, "from=2026-03-31&to=2026-01-01")).status).toBe(400);
    expect((await read(lead, world.program1, "from=2026-02-30&to=2026-03-31")).status).toBe(400);
  });

  it("a program with a specialist and nobody yet: 0 people per fte (5), no employer contact (1), nothing else scored", async () => {
    const admin = await new ApiClient(t.baseUrl).login(world.users.admin.email, PASSWORD);
    const res = await read(admin, world.program2);
    expect(res.status).toBe(200);
    expect(item(res.body, "S1").value).toBe(0);
    expect(res.body.indicators.filter((i) => i.suggestedScore !== null).map((i) => [i.itemId, i.value, i.suggestedScore])).toEqual([
      ["S1", 0, 5],
      ["Sv6", 0, 1],
    ]);
  });
});
