import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, referrals } from "../src/db/schema/index";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { insertContact } from "../src/modules/contacts/contacts.repository";
import { insertJob } from "../src/modules/jobs/jobs.repository";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// Tuesday 31 March 2026, 10:00 in Paris. The previous meeting is held on 24 March.
const clock = fixedClock("2026-03-31T08:00:00Z");
let t: TestApp;
let world: World;
let lead: ApiClient;
let specialist: ApiClient;
let clinician: ApiClient;
let clinicianOther: ApiClient;
let peer: ApiClient;
let outsider: ApiClient;

/** People of program 1: `shared*` consented to share with the care team of service 1; `private` did not. */
const people = { newcomer: newId(), starter: newId(), silent: newId(), closed: newId(), flagged: newId(), privateOne: newId() };

const person = async (id: string, first: string, over: Record<string, unknown> = {}) =>
  insertParticipant(t.database.db, {
    id, programId: world.program1, firstName: first, lastName: "Test", searchName: searchNameOf(first, "Test"), referralDate: "2026-01-05",
    status: "job_search", specialistId: world.users.specialist.id, referringServiceId: world.service1, ...over,
  });
const consent = (participantId: string) => insertConsent(t.database.db, { id: newId(), participantId, scope: "care_team", details: "", givenOn: "2026-01-06" });
const seen = (participantId: string, date: string) =>
  insertContact(t.database.db, { id: newId(), participantId, programId: world.program1, date, durationMinutes: 30, mode: "in_person", withWhom: ["participant"], phase: "engagement", notes: "" });

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (email: string) => new ApiClient(t.baseUrl).login(email, PASSWORD);
  lead = await login(world.users.team_lead.email);
  specialist = await login(world.users.specialist.email);
  clinician = await login(world.users.clinician.email);
  clinicianOther = await login(world.users.clinicianOther.email);
  peer = await login(world.users.peer.email);
  outsider = await login(world.users.otherSpecialist.email);

  await person(people.newcomer, "Nouvelle", { referralDate: "2026-03-26", status: "referred" });
  await person(people.starter, "Embauche", { status: "working" });
  await person(people.silent, "Silence");
  await person(people.closed, "Sortie", { status: "closed", closureReason: "moved" });
  await person(people.flagged, "Signalee");
  await person(people.privateOne, "Prive", { referringServiceId: null });
  for (const id of [people.newcomer, people.starter, people.flagged]) await consent(id);
  for (const id of [people.starter, people.flagged, people.privateOne]) await seen(id, "2026-03-20");
  await insertJob(t.database.db, {
    id: newId(), programId: world.program1, participantId: people.starter, employerName: "Café du Port", title: "Serveur", startDate: "2026-03-27", contract: "cdd",
    disclosure: { level: "none", details: "" },
  });
  await t.database.db.insert(referrals).values({
    id: newId(), programId: world.program1, serviceId: world.service1, firstName: "Jo", lastName: "Orienté", referredOn: "2026-03-28", status: "pending",
  });
});
afterAll(async () => t?.close());

let previous: { id: string; version: number };
let meeting: { id: string; version: number };

describe("meetings", () => {
  it("plans meetings; the history is newest first; bad input is refused with field paths", async () => {
    const first = await lead.post("/api/meetings", { programId: world.program1, date: "2026-03-24", startTime: "14:00", place: "Salle du CMP" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "planned", startTime: "14:00", place: "Salle du CMP", view: "team", discussions: [], version: 1 });
    previous = first.body;
    const second = await specialist.post("/api/meetings", { date: "2026-03-31", startTime: "14:00" });
    expect(second.status).toBe(201);
    meeting = second.body;
    const list = await clinician.get(`/api/meetings?programId=${world.program1}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { date: string }) => m.date)).toEqual(["2026-03-31", "2026-03-24"]);

    const bad = await lead.post("/api/meetings", { date: "2026-02-30", startTime: "25:00" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["date", "startTime"]);
    expect((await clinician.post("/api/meetings", { date: "2026-04-07" })).status).toBe(403);
    expect((await peer.get("/api/meetings")).status).toBe(403);
    expect((await outsider.get(`/api/meetings/${meeting.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/meetings?programId=${world.program1}`)).status).toBe(404);
  });

  it("holds the previous meeting with an action item; the owner is notified", async () => {
    const held = await lead.patch(`/api/meetings/${previous.id}`, {
      version: previous.version, status: "held",
      attendance: [
        { userId: world.users.specialist.id, name: "User specialist", role: "Conseillère emploi", present: true },
        { userId: null, name: "Dr Martin", role: "CMP Un", present: true },
      ],
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: "held", version: 2 });
    expect(held.body.attendance).toHaveLength(2);
    const item = await lead.post(`/api/meetings/${previous.id}/action-items`, {
      description: "Préparer la simulation de droits", participantId: people.flagged, ownerId: world.users.specialist.id, dueDate: "2026-04-03",
    });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ ownerName: "User specialist", participantName: "Signalee Test", meetingDate: "2026-03-24", doneOn: null });
    const sent = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, world.users.specialist.id), eq(notifications.kind, "action_item_assigned")));
    expect(sent.map((n) => n.subjectId)).toEqual([item.body.id]);

    const badOwner = await lead.post(`/api/meetings/${previous.id}/action-items`, { description: "X", ownerId: world.users.otherSpecialist.id });
    expect(badOwner.status).toBe(400);
    expect(badOwner.body.error.fields[0]).toMatchObject({ path: "ownerId" });
    const badGuest = await lead.patch(`/api/meetings/${previous.id}`, { version: 2, attendance: [{ userId: world.users.otherSpecialist.id, name: "X", role: "", present: true }] });
    expect(badGuest.status).toBe(400);
    expect(badGuest.body.error.fields[0].path).toBe("attendance.0.userId");
  });

  it("flags a person for the next meeting (team only, their own people)", async () => {
    const flag = await specialist.post(`/api/participants/${people.flagged}/meeting-flags`, { reason: "Crainte de perdre l'AAH" });
    expect(flag.status).toBe(201);
    expect(flag.body).toMatchObject({ participantId: people.flagged, flaggedOn: "2026-03-31", resolvedMeetingId: null });
    expect((await specialist.post(`/api/participants/${people.flagged}/meeting-flags`, { reason: " " })).status).toBe(400);
    expect((await clinician.post(`/api/participants/${people.flagged}/meeting-flags`, { reason: "X" })).status).toBe(403);
    expect((await outsider.post(`/api/participants/${people.flagged}/meeting-flags`, { reason: "X" })).status).toBe(404);
  });

  it("computes the agenda from the records since the previous held meeting", async () => {
    const res = await specialist.get(`/api/meetings/${meeting.id}/agenda`);
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a.since).toBe("2026-03-24");
    const names = (entries: { participantName: string }[]) => entries.map((e) => e.participantName);
    expect(names(a.newReferrals)).toEqual(["Nouvelle Test"]);
    expect(a.pendingReferrals.map((r: { name: string; serviceName: string }) => [r.name, r.serviceName])).toEqual([["Jo Orienté", "CMP Un"]]);
    expect(a.jobStarts.map((e: { participantName: string; detail: string }) => [e.participantName, e.detail])).toEqual([["Embauche Test", "Serveur (Café du Port)"]]);
    expect(names(a.noEmployerContact).sort()).toEqual(["Prive Test", "Signalee Test", "Silence Test"]);
    expect(names(a.notSeen)).toEqual(["Silence Test"]);
    expect(a.flagged.map((e: { participantName: string; detail: string }) => [e.participantName, e.detail])).toEqual([["Signalee Test", "Crainte de perdre l'AAH"]]);
    expect(a.openActionItems.map((i: { description: string }) => i.description)).toEqual(["Préparer la simulation de droits"]);
    expect(JSON.stringify(a)).not.toContain("Sortie");
    // The agenda names everyone: the care team reads the minutes, not the agenda.
    expect((await clinician.get(`/api/meetings/${meeting.id}/agenda`)).status).toBe(403);
    expect((await outsider.get(`/api/meetings/${meeting.id}/agenda`)).status).toBe(404);
  });

  it("records discussions by person; a stale version gets 409 with the current minutes", async () => {
    const res = await specialist.patch(`/api/meetings/${meeting.id}`, {
      version: meeting.version, status: "held", generalNotes: "Tour de table habituel",
      discussions: [
        { participantId: people.starter, notes: "Premier jour bien passé", sharedWithCareTeam: true, decisions: "Visite sur site vendredi" },
        { participantId: people.flagged, notes: "Parle de ses dettes", sharedWithCareTeam: false, decisions: "Rendez-vous conseil en droits et revenus" },
        { participantId: people.privateOne, notes: "Note sur une personne non partagée", decisions: "Relancer" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.discussions).toHaveLength(3);
    expect(res.body.version).toBe(2);
    meeting = res.body;
    const stale = await lead.patch(`/api/meetings/${meeting.id}`, { version: 1, generalNotes: "Écrasé ?" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, generalNotes: "Tour de table habituel" });
    // Upsert: the same person again changes their discussion, never a second one.
    const again = await lead.patch(`/api/meetings/${meeting.id}`, {
      version: 2, discussions: [{ participantId: people.starter, notes: "Premier jour bien passé", sharedWithCareTeam: true, decisions: "Visite sur site vendredi ; point dans 15 jours" }],
    });
    expect(again.body.discussions).toHaveLength(3);
    expect(again.body.discussions.find((d: { participantId: string }) => d.participantId === people.starter).decisions).toContain("15 jours");
    meeting = again.body;
    const unknown = await lead.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, discussions: [{ participantId: newId() }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].path).toBe("discussions.0.participantId");
    expect((await lead.patch(`/api/meetings/${meeting.id}`, { version: meeting.version, status: "cancelled" })).status).toBe(400);
  });

  it("puts the discussion on the person's timeline and resolves their flag", async () => {
    const timeline = await specialist.get(`/api/participants/${people.flagged}/timeline`);
    const types = timeline.body.items.map((i: { type: string }) => i.type);
    expect(types).toEqual(expect.arrayContaining(["meeting.discussed", "meeting.flagged", "action_item.created"]));
    expect(JSON.stringify(timeline.body)).not.toContain("dettes");
    // The held meeting's agenda keeps its flag; the next meeting's no longer lists it.
    expect((await lead.get(`/api/meetings/${meeting.id}/agenda`)).body.flagged).toHaveLength(1);
    const next = await lead.post("/api/meetings", { date: "2026-04-07" });
    const agenda = (await lead.get(`/api/meetings/${next.body.id}/agenda`)).body;
    expect(agenda.since).toBe("2026-03-31");
    expect(agenda.flagged).toEqual([]);
    expect(agenda.newReferrals).toEqual([]);
    expect(agenda.openActionItems).toHaveLength(1);
  });

  it("shows a clinician the decisions about their people, shared notes only, nobody else", async () => {
    const res = await clinician.get(`/api/meetings/${meeting.id}`);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe("care_team");
    expect(res.body.generalNotes).toBe("");
    const byName = Object.fromEntries(res.body.discussions.map((d: { participantName: string }) => [d.participantName, d]));
    expect(Object.keys(byName).sort()).toEqual(["Embauche Test", "Signalee Test"]);
    expect(byName["Embauche Test"]).toMatchObject({ notes: "Premier jour bien passé", decisions: expect.stringContaining("Visite sur site") });
    expect(byName["Signalee Test"]).toMatchObject({ notes: null, decisions: "Rendez-vous conseil en droits et revenus" });
    expect(JSON.stringify(res.body)).not.toContain("dettes");
    expect(JSON.stringify(res.body)).not.toContain("Prive");
    expect(res.body.discussionCount).toBe(2);
    // Another service's clinician sees the meeting but none of these people.
    const other = await clinicianOther.get(`/api/meetings/${meeting.id}`);
    expect(other.status).toBe(200);
    expect(other.body.discussions).toEqual([]);
    expect(other.body.openActionItems).toEqual([]);
    // The team sees everything.
    const team = await lead.get(`/api/meetings/${meeting.id}`);
    expect(team.body.discussions.find((d: { participantName: string }) => d.participantName === "Signalee Test").notes).toBe("Parle de ses dettes");
    expect(team.body.openActionItems).toHaveLength(1);
  });

  it("closes an action item (done today), reopens it; stale 409, other program 404, clinician 403", async () => {
    const item = (await lead.get(`/api/meetings/${meeting.id}`)).body.openActionItems[0];
    const done = await specialist.patch(`/api/action-items/${item.id}`, { version: item.version, done: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ doneOn: "2026-03-31", version: item.version + 1 });
    expect((await specialist.patch(`/api/action-items/${item.id}`, { version: item.version, done: false })).status).toBe(409);
    expect((await clinician.patch(`/api/action-items/${item.id}`, { version: done.body.version, done: false })).status).toBe(403);
    expect((await outsider.patch(`/api/action-items/${item.id}`, { version: done.body.version, done: false })).status).toBe(404);
    expect((await specialist.patch(`/api/action-items/${item.id}`, { version: done.body.version, dueDate: "2026-13-01" })).status).toBe(400);
    // Done on the meeting's day: still shown (ticked) on this meeting, gone from the next one.
    expect((await lead.get(`/api/meetings/${meeting.id}/agenda`)).body.openActionItems[0].doneOn).toBe("2026-03-31");
    const reopened = await specialist.patch(`/api/action-items/${item.id}`, { version: done.body.version, done: false, ownerId: world.users.specialistB.id });
    expect(reopened.body).toMatchObject({ doneOn: null, ownerId: world.users.specialistB.id });
  });
});
