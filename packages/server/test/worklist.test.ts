import type { ParticipantStatus, WorklistItem, WorklistResponse } from "@passerelle/domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, jobs } from "../src/db/schema/index";
import { insertBenefitsPlan } from "../src/modules/benefits/benefits.repository";
import { getEmployer } from "../src/modules/employers/employers.repository";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on Tuesday 31 March 2026; the week runs from Monday 30 March; the horizon ends on 7 April.
const NOW = "2026-03-31T08:00:00Z";
const clock = fixedClock(NOW);
let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;

const login = (email: string) => new ApiClient(t.baseUrl).login(email, PASSWORD);

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login(world.users.specialist.email);
  specialistB = await login(world.users.specialistB.email);
  lead = await login(world.users.team_lead.email);
});
afterAll(async () => t?.close());
beforeEach(() => clock.set(NOW));

let counter = 0;
const person = async (status: ParticipantStatus, referralDate: string, specialistId: string | null = world.users.specialist.id, programId?: string) => {
  const id = newId();
  counter += 1;
  await insertParticipant(t.database.db, {
    id,
    programId: programId ?? world.program1,
    firstName: `Personne${counter}`,
    lastName: "Test",
    searchName: searchNameOf(`Personne${counter}`, "Test"),
    referralDate,
    status,
    specialistId,
  });
  return id;
};

const contact = async (participantId: string, date: string, mode = "in_person", withWhom = ["participant"]) => {
  const res = await specialist.post(`/api/participants/${participantId}/contacts`, { date, mode, withWhom, phase: "engagement" });
  expect(res.status).toBe(201);
};

const job = async (participantId: string, startDate: string, end: { endDate?: string; endRecordedOn?: string } = {}) => {
  const id = newId();
  await t.database.db.insert(jobs).values({
    id,
    programId: world.program1,
    participantId,
    title: "Serveur·se",
    employerName: "Le Bouchon",
    startDate,
    contract: "cdi",
    disclosure: { level: "none" },
    endDate: end.endDate ?? null,
    endRecordedOn: end.endRecordedOn ?? null,
  });
  return id;
};

const employer = async (client: ApiClient, name = `Employeur ${newId()}`): Promise<string> => {
  const res = await client.post("/api/employers", { name });
  expect(res.status).toBe(201);
  return res.body.id;
};

const employerContact = async (client: ApiClient, employerId: string, body: Record<string, unknown>) => {
  const res = await client.post(`/api/employers/${employerId}/contacts`, { faceToFace: true, kind: "generic", ...body });
  expect(res.status).toBe(201);
  return res.body;
};

const worklist = async (client: ApiClient, query = ""): Promise<WorklistResponse> => {
  const res = await client.get(`/api/worklist${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

/** The items about one person (or employer), as `rule due overdueDays`. */
const about = (list: WorklistResponse, id: string, from: "items" | "snoozed" = "items") =>
  (list[from] as WorklistItem[]).filter((i) => i.participantId === id || i.employerId === id).map((i) => `${i.rule} ${i.due} ${i.overdueDays}`);

describe("the rules through the API (31 March 2026)", () => {
  it("referral not met within 7 days: a phone call does not count, a video meeting does", async () => {
    const p = await person("referred", "2026-03-20");
    expect(about(await worklist(specialist), p)).toEqual(["referral_not_met 2026-03-27 4"]);
    await contact(p, "2026-03-24", "phone");
    expect(about(await worklist(specialist), p)).toEqual(["referral_not_met 2026-03-27 4"]);
    await contact(p, "2026-03-30", "video");
    expect(about(await worklist(specialist), p)).toEqual([]);
  });

  it("a referral of 26 March is listed ahead (due 2 April) and explains itself", async () => {
    const p = await person("referred", "2026-03-26");
    const list = await worklist(specialist);
    const item = list.items.find((i) => i.participantId === p);
    expect(item).toMatchObject({
      rule: "referral_not_met",
      state: "upcoming",
      due: "2026-04-02",
      overdueDays: -2,
      specialistId: world.users.specialist.id,
      participantName: expect.stringMatching(/^Personne\d+ Test$/),
      explanation: { anchor: "referral", anchorDate: "2026-03-26", thresholdDays: 7, lastContactDate: null, nextStep: null },
    });
    expect(list.date).toBe("2026-03-31");
  });

  it("first face-to-face employer contact within 30 days of entry: a generic visit does not count", async () => {
    const p = await person("job_search", "2026-02-20");
    await contact(p, "2026-03-30");
    expect(about(await worklist(specialist), p)).toEqual(["first_employer_contact 2026-03-22 9"]);
    const e = await employer(specialist);
    await employerContact(specialist, e, { date: "2026-03-25" });
    expect(about(await worklist(specialist), p)).toEqual(["first_employer_contact 2026-03-22 9"]);
    // Logged by a colleague, it counts all the same: the rule is about the person.
    await employerContact(specialistB, e, { date: "2026-03-26", kind: "for_participant", participantIds: [p] });
    expect(about(await worklist(specialist), p)).toEqual([]);
  });

  it("job start: in person within the first week, benefits planning before it, then weekly", async () => {
    const p = await person("working", "2026-01-05");
    await contact(p, "2026-03-18", "phone");
    const j = await job(p, "2026-03-20");
    expect(about(await worklist(specialist), p).sort()).toEqual(["benefits_before_start 2026-03-20 11", "job_start_first_contact 2026-03-27 4"]);
    await insertBenefitsPlan(t.database.db, {
      id: newId(), participantId: p, programId: world.program1, country: "FR", planDate: "2026-03-25", situation: {}, scenarios: [], results: {},
      returnToWorkCumulation: true, jobId: j,
    });
    await contact(p, "2026-03-30", "in_person");
    const list = await worklist(specialist);
    expect(about(list, p)).toEqual(["job_start_weekly_contact 2026-04-06 -6"]);
    expect(list.items.find((i) => i.participantId === p)?.jobTitle).toBe("Serveur·se (Le Bouchon)");
  });

  it("a benefits plan made within 90 days before the start counts too; one made long before does not", async () => {
    const recent = await person("working", "2025-06-01");
    const old = await person("working", "2025-06-01");
    for (const [p, planDate] of [[recent, "2026-02-01"], [old, "2025-07-01"]] as const) {
      await contact(p, "2026-03-30");
      await job(p, "2026-03-28");
      await insertBenefitsPlan(t.database.db, {
        id: newId(), participantId: p, programId: world.program1, country: "FR", planDate, situation: {}, scenarios: [], results: {}, returnToWorkCumulation: true,
      });
    }
    const list = await worklist(specialist);
    expect(about(list, recent)).toEqual(["job_start_weekly_contact 2026-04-06 -6"]);
    expect(about(list, old)).toEqual(["benefits_before_start 2026-03-28 3", "job_start_weekly_contact 2026-04-06 -6"]);
  });

  it("job ended: contact within 3 days of learning of it; any contact since the end closes it", async () => {
    const p = await person("working", "2025-09-01");
    await contact(p, "2026-03-20");
    await job(p, "2025-10-01", { endDate: "2026-03-27", endRecordedOn: "2026-03-29" });
    expect(about(await worklist(specialist), p)).toEqual(["job_end_contact 2026-04-01 -1"]);
    await contact(p, "2026-03-30", "phone");
    expect(about(await worklist(specialist), p)).toEqual([]);
  });

  it("no contact for 30 days: outreach; a contact with the family does not reset it", async () => {
    const p = await person("follow_along", "2025-12-01");
    await contact(p, "2026-02-20");
    await contact(p, "2026-03-25", "phone", ["family"]);
    const list = await worklist(specialist);
    expect(about(list, p)).toEqual(["no_contact 2026-03-22 9"]);
    expect(list.items.find((i) => i.participantId === p)?.explanation).toMatchObject({ anchor: "last_contact", lastContactDate: "2026-02-20" });
    await contact(p, "2026-03-31", "message");
    expect(about(await worklist(specialist), p)).toEqual([]);
  });

  it("closed files and people of another program have no items", async () => {
    const closed = await person("closed", "2025-12-01");
    const elsewhere = await person("follow_along", "2025-12-01", world.users.specialist.id, world.program2);
    const list = await worklist(specialist);
    expect(about(list, closed)).toEqual([]);
    expect(about(list, elsewhere)).toEqual([]);
  });
});

describe("employer next steps", () => {
  it("belong to the contact's author; done clears them and moves the employer's next-step date", async () => {
    const e = await employer(specialist);
    const first = await employerContact(specialist, e, { date: "2026-03-10", nextStep: "Envoyer les CV", nextStepDate: "2026-04-20" });
    const c = await employerContact(specialist, e, { date: "2026-03-20", nextStep: "Rappeler la DRH", nextStepDate: "2026-03-30" });
    const mine = await worklist(specialist);
    expect(about(mine, e)).toEqual(["employer_next_step 2026-03-30 1"]);
    expect(mine.items.find((i) => i.employerId === e)).toMatchObject({
      employerContactId: c.id,
      specialistId: world.users.specialist.id,
      explanation: { anchor: "employer_contact", anchorDate: "2026-03-20", nextStep: "Rappeler la DRH", lastContactDate: "2026-03-20" },
      employerName: expect.stringMatching(/^Employeur /),
    });
    expect(about(await worklist(specialistB), e)).toEqual([]);
    expect(about(await worklist(lead, "?scope=team"), e)).toEqual(["employer_next_step 2026-03-30 1"]);

    const done = await specialist.post(`/api/employers/${e}/contacts/${c.id}/next-step-done`, { doneOn: "2026-03-31", version: c.version });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: c.id, nextStepDoneOn: "2026-03-31", version: c.version + 1 });
    expect(about(await worklist(specialist), e)).toEqual([]);
    // The earlier contact's step is still open (only the thread's head makes an item, the register keeps both).
    expect((await getEmployer(t.database.db, e))?.nextStepDate).toBe(first.nextStepDate);
    const timeline = await specialist.get(`/api/employers/${e}/contacts`);
    expect(timeline.body.items[0].nextStepDoneOn).toBe("2026-03-31");
  });

  it("a later contact without a next step supersedes the earlier one", async () => {
    const e = await employer(specialistB);
    await employerContact(specialistB, e, { date: "2026-03-10", nextStep: "Passer", nextStepDate: "2026-03-25" });
    expect(about(await worklist(specialistB), e)).toEqual(["employer_next_step 2026-03-25 6"]);
    await employerContact(specialistB, e, { date: "2026-03-30" });
    expect(about(await worklist(specialistB), e)).toEqual([]);
  });

  it("refuses a stale version (409), a contact without next step (422), a date before the contact (400), an unknown contact (404)", async () => {
    const e = await employer(specialist);
    const c = await employerContact(specialist, e, { date: "2026-03-20", nextStep: "Rappeler", nextStepDate: "2026-04-02" });
    const plain = await employerContact(specialist, e, { date: "2026-03-21" });
    expect((await specialist.post(`/api/employers/${e}/contacts/${c.id}/next-step-done`, { doneOn: "2026-03-31", version: c.version + 5 })).status).toBe(409);
    const none = await specialist.post(`/api/employers/${e}/contacts/${plain.id}/next-step-done`, { doneOn: "2026-03-31" });
    expect(none.status).toBe(422);
    const before = await specialist.post(`/api/employers/${e}/contacts/${c.id}/next-step-done`, { doneOn: "2026-03-19" });
    expect(before.status).toBe(400);
    expect(before.body.error.fields[0].path).toBe("doneOn");
    expect((await specialist.post(`/api/employers/${e}/contacts/${c.id}/next-step-done`, { doneOn: "2026-04-05" })).status).toBe(400);
    expect((await specialist.post(`/api/employers/${e}/contacts/${newId()}/next-step-done`, { doneOn: "2026-03-31" })).status).toBe(404);
    const other = await login(world.users.otherSpecialist.email);
    expect((await other.post(`/api/employers/${e}/contacts/${c.id}/next-step-done`, { doneOn: "2026-03-31" })).status).toBe(404);
  });
});

describe("mine and team", () => {
  it("a specialist sees their own people; the team lead the whole team's, or one specialist's", async () => {
    const mine = await person("follow_along", "2025-12-01");
    const colleague = await person("follow_along", "2025-12-01", world.users.specialistB.id);
    const nobody = await person("follow_along", "2025-12-01", null);
    const own = await worklist(specialist);
    expect(about(own, mine)).toHaveLength(1);
    expect(about(own, colleague)).toEqual([]);
    const team = await worklist(lead, "?scope=team");
    for (const p of [mine, colleague, nobody]) expect(about(team, p)).toHaveLength(1);
    expect(team.items.find((i) => i.participantId === nobody)?.specialistId).toBeNull();
    const one = await worklist(lead, `?scope=team&specialistId=${world.users.specialistB.id}`);
    expect(about(one, colleague)).toHaveLength(1);
    expect(about(one, mine)).toEqual([]);
    expect(about(await worklist(lead), mine)).toEqual([]);
  });

  it("each read is in the access history: who read whose list, in which program", async () => {
    const audits = () =>
      t.database.db
        .select({ userId: auditLog.userId, recordId: auditLog.recordId, programId: auditLog.programId, action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.recordType, "worklist"))
        .orderBy(asc(auditLog.id));
    const before = (await audits()).length;
    await worklist(specialist);
    await worklist(lead, `?scope=team&specialistId=${world.users.specialistB.id}`);
    await worklist(lead, "?scope=team");
    expect((await audits()).slice(before)).toEqual([
      { userId: world.users.specialist.id, recordId: world.users.specialist.id, programId: world.program1, action: "read" },
      { userId: world.users.team_lead.id, recordId: world.users.specialistB.id, programId: world.program1, action: "read" },
      { userId: world.users.team_lead.id, recordId: null, programId: world.program1, action: "read" },
    ]);
  });

  it("team scope needs the caseload overview (403); another program's id answers 404", async () => {
    expect((await specialist.get("/api/worklist?scope=team")).status).toBe(403);
    expect((await specialist.get(`/api/worklist?programId=${world.program2}`)).status).toBe(404);
    expect((await lead.get(`/api/worklist?scope=team&programId=${world.program1}`)).status).toBe(200);
    const clinician = await login(world.users.clinician.email);
    expect((await clinician.get("/api/worklist")).status).toBe(403);
    expect((await specialist.get("/api/worklist?scope=everyone")).status).toBe(400);
  });

  it("counts this week's face-to-face employer contacts against the target of 6", async () => {
    const e = await employer(specialist);
    await employerContact(specialist, e, { date: "2026-03-29" });
    const before = (await worklist(specialist)).employerContacts;
    await employerContact(specialist, e, { date: "2026-03-30" });
    await employerContact(specialist, e, { date: "2026-03-31" });
    await employerContact(specialist, e, { date: "2026-03-31", faceToFace: false });
    const mine = (await worklist(specialist)).employerContacts;
    expect(mine).toMatchObject({ weekStart: "2026-03-30", weekEnd: "2026-04-05", target: 6 });
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0].faceToFace - (before.rows[0]?.faceToFace ?? 0)).toBe(2);
    expect(mine.rows[0].total - (before.rows[0]?.total ?? 0)).toBe(3);
    const team = (await worklist(lead, "?scope=team")).employerContacts;
    expect(team.rows.map((r) => r.specialistName).sort()).toEqual(["User lead", "User specialist", "User specialistB"]);
    expect(team.rows.find((r) => r.specialistId === world.users.specialist.id)).toMatchObject({ met: false, target: 6 });
  });
});

describe("snoozes", () => {
  it("set an item aside until a date; it returns on that day; un-snoozing brings it back now", async () => {
    const p = await person("follow_along", "2025-12-01");
    await contact(p, "2026-02-20");
    const res = await specialist.post("/api/worklist/snoozes", { rule: "no_contact", participantId: p, until: "2026-04-03", reason: "Hospitalisé, la famille prévient" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rule: "no_contact", participantId: p, employerId: null, until: "2026-04-03", createdBy: world.users.specialist.id, createdByName: "User specialist" });
    const list = await worklist(specialist);
    expect(about(list, p)).toEqual([]);
    expect(about(list, p, "snoozed")).toEqual(["no_contact 2026-03-22 9"]);
    expect(list.snoozed.find((i) => i.participantId === p)?.snooze).toEqual({ id: res.body.id, until: "2026-04-03", reason: "Hospitalisé, la famille prévient" });
    // The team lead sees it set aside too.
    expect(about(await worklist(lead, "?scope=team"), p, "snoozed")).toHaveLength(1);
    const timeline = await specialist.get(`/api/participants/${p}/timeline`);
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toContain("worklist.snoozed");

    clock.set("2026-04-03T08:00:00Z");
    const back = await login(world.users.specialist.email);
    expect(about(await worklist(back), p)).toEqual(["no_contact 2026-03-22 12"]);
    clock.set(NOW);
    // Signing in three days later ended the sessions left idle: sign in again at today's time.
    specialist = await login(world.users.specialist.email);
    specialistB = await login(world.users.specialistB.email);
    lead = await login(world.users.team_lead.email);

    expect((await specialistB.request("DELETE", `/api/worklist/snoozes/${res.body.id}`)).status).toBe(204);
    expect(about(await worklist(specialist), p)).toEqual(["no_contact 2026-03-22 9"]);
    expect((await specialist.request("DELETE", `/api/worklist/snoozes/${res.body.id}`)).status).toBe(404);
  });

  it("snoozes one job of a rule, or an employer's next step", async () => {
    const p = await person("working", "2025-06-01");
    await contact(p, "2026-03-30");
    const j1 = await job(p, "2026-03-25");
    await job(p, "2026-03-27");
    expect((await specialist.post("/api/worklist/snoozes", { rule: "benefits_before_start", participantId: p, jobId: j1, until: "2026-04-10", reason: "Rendez-vous CAF le 9" })).status).toBe(201);
    const list = await worklist(specialist);
    expect(list.items.filter((i) => i.participantId === p && i.rule === "benefits_before_start").map((i) => i.jobId)).not.toContain(j1);
    expect(list.snoozed.filter((i) => i.participantId === p).map((i) => i.jobId)).toEqual([j1]);

    const e = await employer(specialist);
    await employerContact(specialist, e, { date: "2026-03-20", nextStep: "Rappeler", nextStepDate: "2026-03-28" });
    expect((await specialist.post("/api/worklist/snoozes", { rule: "employer_next_step", employerId: e, until: "2026-04-02", reason: "Fermé pour travaux" })).status).toBe(201);
    expect(about(await worklist(specialist), e, "snoozed")).toEqual(["employer_next_step 2026-03-28 3"]);
  });

  it("refuses a date not after today (422), an unknown or hidden person (404), a job of someone else (400), a role without the worklist (403)", async () => {
    const p = await person("follow_along", "2025-12-01");
    const body = { rule: "no_contact", participantId: p, until: "2026-04-03", reason: "r" };
    const today = await specialist.post("/api/worklist/snoozes", { ...body, until: "2026-03-31" });
    expect(today.status).toBe(422);
    expect(today.body.error.fields[0]).toMatchObject({ path: "until" });
    expect((await specialist.post("/api/worklist/snoozes", { ...body, participantId: newId() })).status).toBe(404);
    expect((await specialist.post("/api/worklist/snoozes", { rule: "employer_next_step", employerId: newId(), until: "2026-04-03", reason: "r" })).status).toBe(404);
    const other = await login(world.users.otherSpecialist.email);
    expect((await other.post("/api/worklist/snoozes", body)).status).toBe(404);
    const someoneElse = await person("working", "2025-06-01");
    const theirJob = await job(someoneElse, "2026-03-25");
    expect((await specialist.post("/api/worklist/snoozes", { ...body, rule: "benefits_before_start", jobId: theirJob })).status).toBe(400);
    expect((await specialist.post("/api/worklist/snoozes", { ...body, reason: "" })).status).toBe(400);
    const peer = await login(world.users.peer.email);
    expect((await peer.post("/api/worklist/snoozes", body)).status).toBe(404);
  });
});

describe("program settings", () => {
  it("run on the defaults until a team lead saves them; the thresholds change the list; a stale version is refused", async () => {
    const url = `/api/programs/${world.program1}/worklist-settings`;
    const read = await specialist.get(url);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ programId: world.program1, version: 0, updatedAt: null, settings: { noContactDays: 30, employerContactsWeeklyTarget: 6 } });

    const p = await person("follow_along", "2025-12-01");
    await contact(p, "2026-02-20");
    expect(about(await worklist(specialist), p)).toEqual(["no_contact 2026-03-22 9"]);

    expect((await specialist.put(url, { version: 0, settings: { ...read.body.settings, noContactDays: 60 } })).status).toBe(403);
    const saved = await lead.put(url, { version: 0, settings: { ...read.body.settings, noContactDays: 45, employerContactsWeeklyTarget: 8 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, settings: { noContactDays: 45, employerContactsWeeklyTarget: 8 } });
    const after = await worklist(specialist);
    expect(about(after, p)).toEqual(["no_contact 2026-04-06 -6"]);
    expect(after.settings.noContactDays).toBe(45);
    expect(after.employerContacts.target).toBe(8);

    const stale = await lead.put(url, { version: 0, settings: read.body.settings });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(1);
    expect((await lead.put(url, { version: 1, settings: { ...read.body.settings, noContactDays: 400 } })).status).toBe(400);
    const back = await lead.put(url, { version: 1, settings: read.body.settings });
    expect(back.body.version).toBe(2);
    expect(about(await worklist(specialist), p)).toEqual(["no_contact 2026-03-22 9"]);
    const other = await login(world.users.otherSpecialist.email);
    expect((await other.get(url)).status).toBe(404);
  });
});
