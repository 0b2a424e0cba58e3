import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, events, meetingDiscussions, meetings, participantNotes } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;
let peer: ApiClient;
let clinician: ApiClient;
let clinicianOther: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (u: { email: string }) => new ApiClient(t.baseUrl).login(u.email, PASSWORD);
  specialist = await login(world.users.specialist);
  specialistB = await login(world.users.specialistB);
  lead = await login(world.users.team_lead);
  peer = await login(world.users.peer);
  clinician = await login(world.users.clinician);
  clinicianOther = await login(world.users.clinicianOther);
  other = await login(world.users.otherSpecialist);
});
afterAll(async () => t?.close());

/** A person referred by service 1, accompanied by the peer, who consented to share with the care team. */
const sharedPerson = async () => {
  const res = await specialist.post("/api/participants", {
    programId: world.program1, firstName: "Inès", lastName: `Note${newId().slice(-6)}`, referralDate: "2026-01-05",
    referringServiceId: world.service1, peerSupporterId: world.users.peer.id,
  });
  expect(res.status).toBe(201);
  const consent = await specialist.post(`/api/participants/${res.body.id}/consents`, { scope: "care_team", details: "CMP", givenOn: "2026-01-06" });
  expect(consent.status).toBe(201);
  return { id: res.body.id as string, consentId: consent.body.id as string };
};

const write = async (client: ApiClient, personId: string, body: Record<string, unknown>) => client.post(`/api/participants/${personId}/notes`, body);
const bodies = async (client: ApiClient, personId: string) => ((await client.get(`/api/participants/${personId}/notes`)).body.items as { body: string }[]).map((n) => n.body);

describe("a clinician never reads a private note", () => {
  it("lists only the shared notes to a clinician; the team and the accompanying peer read all", async () => {
    const person = await sharedPerson();
    expect((await write(specialist, person.id, { body: "Privé : difficultés familiales évoquées" })).status).toBe(201);
    const shared = await write(specialist, person.id, { body: "Partagé : entretien chez le fleuriste jeudi", sharedWithCareTeam: true });
    expect(shared.body).toMatchObject({ sharedWithCareTeam: true, authorName: "User specialist", mentions: [], version: 1 });

    expect(await bodies(clinician, person.id)).toEqual(["Partagé : entretien chez le fleuriste jeudi"]);
    expect((await clinician.get(`/api/participants/${person.id}/notes`)).body.total).toBe(1);
    for (const client of [specialist, specialistB, lead, peer]) expect(await bodies(client, person.id)).toHaveLength(2);

    const record = await clinician.get(`/api/participants/${person.id}/shared-record`);
    expect(record.status).toBe(200);
    expect(record.body.sharedNotes.map((n: { body: string }) => n.body)).toEqual(["Partagé : entretien chez le fleuriste jeudi"]);
    expect(JSON.stringify(record.body)).not.toContain("difficultés");
    // The team's preview is the same view.
    expect((await specialist.get(`/api/participants/${person.id}/shared-record`)).body.sharedNotes).toHaveLength(1);
  });

  it("does not let a clinician reach a private note by its id either", async () => {
    const person = await sharedPerson();
    const note = await write(specialist, person.id, { body: "Privé" });
    expect((await clinician.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: true })).status).toBe(404);
  });

  it("ends a clinician's access at once when consent is withdrawn", async () => {
    const person = await sharedPerson();
    await write(specialist, person.id, { body: "Partagé", sharedWithCareTeam: true });
    expect((await clinician.get(`/api/participants/${person.id}/notes`)).status).toBe(200);
    const withdrawn = await specialist.post(`/api/participants/${person.id}/consents/${person.consentId}/withdraw`, { withdrawnOn: "2026-03-10" });
    expect(withdrawn.status).toBe(200);
    for (const path of ["notes", "shared-record", "mentionable"]) expect((await clinician.get(`/api/participants/${person.id}/${path}`)).status).toBe(404);
    expect((await write(clinician, person.id, { body: "Encore là ?" })).status).toBe(404);
    // Nor may they be mentioned any more.
    const mention = await write(specialist, person.id, { body: "Voir avec le CMP", sharedWithCareTeam: true, mentionedUserIds: [world.users.clinician.id] });
    expect(mention.status).toBe(422);
  });

  it("hides the person from a clinician of another service", async () => {
    const person = await sharedPerson();
    expect((await clinicianOther.get(`/api/participants/${person.id}/notes`)).status).toBe(404);
    expect((await clinicianOther.get(`/api/participants/${person.id}/shared-record`)).status).toBe(404);
  });
});

describe("writing notes", () => {
  it("shares a clinician's note always, and lets them read it back", async () => {
    const person = await sharedPerson();
    const res = await write(clinician, person.id, { body: "Le Dr M. soutient le projet de reprise", sharedWithCareTeam: false });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ sharedWithCareTeam: true, authorName: "User clinician" });
    expect(await bodies(clinician, person.id)).toEqual(["Le Dr M. soutient le projet de reprise"]);
    expect((await clinician.patch(`/api/notes/${res.body.id}`, { version: 1, sharedWithCareTeam: false })).status).toBe(422);
  });

  it("appends note.added with ids and the sharing flag, never the text", async () => {
    const person = await sharedPerson();
    const note = await write(specialist, person.id, { body: "Texte confidentiel", mentionedUserIds: [world.users.specialistB.id] });
    const [event] = await t.database.db.select().from(events).where(and(eq(events.participantId, person.id), eq(events.type, "note.added")));
    expect(event.data).toEqual({ noteId: note.body.id, sharedWithCareTeam: false, mentionedUserIds: [world.users.specialistB.id] });
    expect(JSON.stringify(event.data)).not.toContain("confidentiel");
  });

  it("refuses bad input with 400 and saves nothing", async () => {
    const person = await sharedPerson();
    const tooMany = Array.from({ length: 21 }, () => newId());
    for (const body of [{ body: "" }, { body: "   " }, { body: "x".repeat(5001) }, { body: "ok", mentionedUserIds: tooMany }, { body: "ok", mentionedUserIds: ["nope"] }, { body: 3 }]) {
      const res = await write(specialist, person.id, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation");
    }
    expect((await specialist.get("/api/participants/not-a-uuid/notes")).status).toBe(400);
    expect((await specialist.patch(`/api/notes/${newId()}`, { version: 0, sharedWithCareTeam: true })).status).toBe(400);
    const rows = await t.database.db.select().from(participantNotes).where(eq(participantNotes.participantId, person.id));
    expect(rows).toHaveLength(0);
  });

  it("answers 404 to another program's user", async () => {
    const person = await sharedPerson();
    const note = await write(specialist, person.id, { body: "Note" });
    expect((await other.get(`/api/participants/${person.id}/notes`)).status).toBe(404);
    expect((await write(other, person.id, { body: "Intrus" })).status).toBe(404);
    expect((await other.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: true })).status).toBe(404);
    expect((await other.get(`/api/participants/${person.id}/shared-record`)).status).toBe(404);
    expect((await specialist.patch(`/api/notes/${newId()}`, { version: 1, sharedWithCareTeam: true })).status).toBe(404);
  });
});

describe("mentions", () => {
  it("lists the colleagues who may read the person's record, not the user themself", async () => {
    const person = await sharedPerson();
    const res = await specialist.get(`/api/participants/${person.id}/mentionable`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((m: { userId: string }) => m.userId);
    const u = world.users;
    expect(ids).toEqual(expect.arrayContaining([u.specialistB.id, u.team_lead.id, u.peer.id, u.clinician.id, u.programAdmin.id]));
    expect(ids).not.toContain(u.specialist.id);
    expect(ids).not.toContain(u.clinicianOther.id);
    expect(ids).not.toContain(u.otherSpecialist.id);
    expect(res.body.items.find((m: { userId: string }) => m.userId === u.clinician.id)).toEqual({ userId: u.clinician.id, name: "User clinician", role: "clinician" });
  });

  it("leaves out the peer who does not accompany the person and the clinicians without consent", async () => {
    const res = await specialist.post("/api/participants", { programId: world.program1, firstName: "Sans", lastName: "Pair", referralDate: "2026-01-05", referringServiceId: world.service1 });
    const ids = (await specialist.get(`/api/participants/${res.body.id}/mentionable`)).body.items.map((m: { userId: string }) => m.userId);
    expect(ids).not.toContain(world.users.peer.id);
    expect(ids).not.toContain(world.users.clinician.id);
    expect(ids).toContain(world.users.team_lead.id);
  });

  it("names the mentioned colleagues on the note", async () => {
    const person = await sharedPerson();
    const res = await write(specialist, person.id, { body: "À voir ensemble", sharedWithCareTeam: true, mentionedUserIds: [world.users.specialistB.id, world.users.clinician.id, world.users.specialistB.id] });
    expect(res.status).toBe(201);
    expect(res.body.mentions).toEqual([
      { userId: world.users.specialistB.id, name: "User specialistB" },
      { userId: world.users.clinician.id, name: "User clinician" },
    ]);
  });

  it("refuses with 422 naming mentionedUserIds.N anyone who may not read the record, and saves nothing", async () => {
    const person = await sharedPerson();
    const u = world.users;
    const res = await write(specialist, person.id, { body: "Mentions", sharedWithCareTeam: true, mentionedUserIds: [u.specialistB.id, u.clinicianOther.id, u.otherSpecialist.id, newId()] });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["mentionedUserIds.1", "mentionedUserIds.2", "mentionedUserIds.3"]);
    expect(res.body.error.fields[0].message).toContain("mentionnée");

    const noPeer = await specialist.post("/api/participants", { programId: world.program1, firstName: "Sans", lastName: "Pair", referralDate: "2026-01-05" });
    const peerRes = await write(specialist, noPeer.body.id, { body: "Mention du pair", mentionedUserIds: [u.peer.id] });
    expect(peerRes.status).toBe(422);
    expect(peerRes.body.error.fields[0].path).toBe("mentionedUserIds.0");

    const rows = await t.database.db.select().from(participantNotes).where(eq(participantNotes.participantId, person.id));
    expect(rows).toHaveLength(0);
  });

  it("refuses to name a clinician in a private note (they could not read it)", async () => {
    const person = await sharedPerson();
    const res = await write(specialist, person.id, { body: "Privé", mentionedUserIds: [world.users.clinician.id] });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: "mentionedUserIds.0", message: expect.stringContaining("partagées") }]);
  });
});

describe("changing a note's sharing", () => {
  it("lets the author share a note, with an event; a stale version gets 409 with the current note", async () => {
    const person = await sharedPerson();
    const note = await write(specialist, person.id, { body: "Bientôt partagée" });
    const res = await specialist.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sharedWithCareTeam: true, version: 2 });
    expect(await bodies(clinician, person.id)).toEqual(["Bientôt partagée"]);
    const [event] = await t.database.db.select().from(events).where(and(eq(events.participantId, person.id), eq(events.type, "note.sharing_changed")));
    expect(event.data).toEqual({ noteId: note.body.id, sharedWithCareTeam: true });

    const stale = await specialist.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: false });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: note.body.id, version: 2, sharedWithCareTeam: true });
  });

  it("lets the team lead change it, not another specialist nor the peer", async () => {
    const person = await sharedPerson();
    const note = await write(specialist, person.id, { body: "Note de l'auteur", sharedWithCareTeam: true });
    expect((await specialistB.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: false })).status).toBe(403);
    expect((await peer.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: false })).status).toBe(403);
    expect((await clinician.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: false })).status).toBe(403);
    const res = await lead.patch(`/api/notes/${note.body.id}`, { version: 1, sharedWithCareTeam: false });
    expect(res.status).toBe(200);
    expect(await bodies(clinician, person.id)).toEqual([]);
  });
});

describe("the shared record", () => {
  it("summarises the profile and the jobs without benefits, wages or disclosure details, and lists meeting decisions", async () => {
    const person = await sharedPerson();
    await specialist.put(`/api/participants/${person.id}/profile`, {
      version: 0,
      data: {
        workGoal: { dreamJob: "Fleuriste", shortTermGoal: "Un mi-temps" },
        strengths: "Sens du contact",
        preferences: { jobTypes: ["Vente"], hoursPerWeekMin: 15, hoursPerWeekMax: 24 },
        benefits: { current: ["aah"], notes: "AAH taux plein" },
        legalHistory: "Condamnation ancienne",
      },
    });
    await specialist.post(`/api/participants/${person.id}/jobs`, {
      employerName: "Fleurs & Co", title: "Vendeuse", startDate: "2026-03-02", contract: "cdd", hoursPerWeek: 20, hourlyGrossWage: 12.5,
      disclosure: { level: "partial", details: "Parlé de fatigue" },
    });
    const meetingId = newId();
    await t.database.db.insert(meetings).values({ id: meetingId, programId: world.program1, date: "2026-03-05" });
    await t.database.db.insert(meetingDiscussions).values([
      { id: newId(), meetingId, programId: world.program1, participantId: person.id, notes: "Discussion privée", sharedWithCareTeam: false, decisions: "Appeler l'employeur" },
      { id: newId(), meetingId, programId: world.program1, participantId: person.id, notes: "Discussion partagée", sharedWithCareTeam: true, decisions: "" },
    ]);

    const res = await clinician.get(`/api/participants/${person.id}/shared-record`);
    expect(res.status).toBe(200);
    expect(res.body.participant).toMatchObject({ id: person.id, firstName: "Inès", status: "working", specialistName: null });
    expect(res.body.profileSummary).toMatchObject({ dreamJob: "Fleuriste", jobTypes: ["Vente"], hoursPerWeekMin: 15, hoursPerWeekMax: 24, strengths: "Sens du contact" });
    expect(res.body.jobs).toEqual([
      { id: expect.any(String), employerName: "Fleurs & Co", title: "Vendeuse", startDate: "2026-03-02", plannedEndDate: null, endDate: null, hoursPerWeek: 20, contract: "cdd" },
    ]);
    expect(res.body.meetingDecisions).toEqual(
      expect.arrayContaining([
        { meetingId, meetingDate: "2026-03-05", decisions: "Appeler l'employeur", notes: null },
        { meetingId, meetingDate: "2026-03-05", decisions: "", notes: "Discussion partagée" },
      ]),
    );
    const text = JSON.stringify(res.body);
    for (const secret of ["AAH", "Condamnation", "12.5", "fatigue", "Discussion privée"]) expect(text).not.toContain(secret);
  });

  it("is audited on every read, and refused to a peer (403)", async () => {
    const person = await sharedPerson();
    await clinician.get(`/api/participants/${person.id}/shared-record`);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, person.id), eq(auditLog.recordType, "shared_record"), eq(auditLog.userId, world.users.clinician.id)));
    expect(rows).toHaveLength(1);
    expect((await peer.get(`/api/participants/${person.id}/shared-record`)).status).toBe(403);
  });
});
