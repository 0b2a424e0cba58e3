import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, events, participantReferents, serviceReferents } from "../src/db/schema/index";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { insertEmployer } from "../src/modules/employers/employers.repository";
import { insertJob } from "../src/modules/jobs/jobs.repository";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 10 March 2026.
const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
let clinician: ApiClient;
let peer: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
  clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
  peer = await new ApiClient(t.baseUrl).login(world.users.peer.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
});
afterAll(async () => t?.close());

/**
 * A person of program 1 followed by `service1` (the clinician's) with care-team consent, accompanied by the peer
 * unless told otherwise, with an active family consent.
 */
const newPerson = async (options: { peer?: boolean } = {}) => {
  const id = newId();
  const lastName = `Proche${id.slice(-6)}`;
  await insertParticipant(t.database.db, {
    id, programId: world.program1, firstName: "Camille", lastName, searchName: searchNameOf("Camille", lastName), referralDate: "2026-01-05",
    specialistId: world.users.specialist.id, peerSupporterId: options.peer === false ? null : world.users.peer.id, referringServiceId: world.service1,
  });
  await insertConsent(t.database.db, { id: newId(), participantId: id, scope: "care_team", details: "", givenOn: "2026-01-06" });
  const family = newId();
  await insertConsent(t.database.db, { id: family, participantId: id, scope: "family", details: "Sa mère peut être informée.", givenOn: "2026-01-06" });
  return { id, familyConsentId: family };
};

const mother = (consentId: string | null, over: Record<string, unknown> = {}) => ({
  name: "Marie Martin", relation: "parent", phone: "06 12 34 56 78", email: "marie@example.org", consentId, mayShare: consentId ? ["status", "appointments"] : [], ...over,
});

const addCloseOne = async (personId: string, body: Record<string, unknown>) => {
  const res = await specialist.post(`/api/participants/${personId}/network`, body);
  expect(res.status).toBe(201);
  return res.body;
};

describe("close ones and the family consent", () => {
  it("adds a close one linked to an active family consent: sharing is active; the timeline and the audit trail say it", async () => {
    const person = await newPerson();
    const created = await addCloseOne(person.id, mother(person.familyConsentId, { mayShare: ["job", "status", "job"] }));
    expect(created).toMatchObject({
      name: "Marie Martin", relation: "parent", consentId: person.familyConsentId, mayShare: ["status", "job"], sharing: "active", sharedNow: ["status", "job"], archived: false, version: 1,
      consent: { givenOn: "2026-01-06", details: "Sa mère peut être informée.", active: true },
    });
    const list = await specialist.get(`/api/participants/${person.id}/network`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([created]);
    const types = (await t.database.db.select({ type: events.type }).from(events).where(eq(events.participantId, person.id))).map((e) => e.type);
    expect(types).toContain("close_one.added");
    const reads = await t.database.db.select().from(auditLog).where(and(eq(auditLog.participantId, person.id), eq(auditLog.recordType, "close_one"), eq(auditLog.action, "read")));
    expect(reads).toHaveLength(1);
  });

  it("adds a friend without consent: nothing is shared", async () => {
    const person = await newPerson();
    const friend = await addCloseOne(person.id, { name: "Karim", relation: "friend" });
    expect(friend).toMatchObject({ consentId: null, consent: null, mayShare: [], sharing: "no_consent", sharedNow: [], phone: "", email: "" });
  });

  it("refuses with 422 on consentId: sharing without consent, another person's consent, a care-team consent, a withdrawn one", async () => {
    const person = await newPerson();
    const stranger = await newPerson();
    const careTeam = newId();
    await insertConsent(t.database.db, { id: careTeam, participantId: person.id, scope: "care_team", details: "", givenOn: "2026-01-06" });
    const withdrawn = newId();
    await insertConsent(t.database.db, { id: withdrawn, participantId: person.id, scope: "family", details: "", givenOn: "2026-01-06", withdrawnOn: "2026-02-01" });
    const cases: [Record<string, unknown>, string][] = [
      [mother(null, { mayShare: ["status"] }), "Rien ne peut être partagé avec un proche sans consentement famille en cours de la personne : liez ce consentement ou retirez les sujets de partage."],
      [mother(stranger.familyConsentId), "Choisissez un consentement famille en cours de cette personne (celui-ci n'existe pas, a été retiré ou ne concerne pas la famille)."],
      [mother(careTeam), "Choisissez un consentement famille en cours de cette personne (celui-ci n'existe pas, a été retiré ou ne concerne pas la famille)."],
      [mother(withdrawn), "Choisissez un consentement famille en cours de cette personne (celui-ci n'existe pas, a été retiré ou ne concerne pas la famille)."],
    ];
    for (const [body, message] of cases) {
      const res = await specialist.post(`/api/participants/${person.id}/network`, body);
      expect(res.status).toBe(422);
      expect(res.body.error.fields).toEqual([{ path: "consentId", message }]);
    }
    expect((await specialist.get(`/api/participants/${person.id}/network`)).body.items).toEqual([]);
  });

  it("shows the sharing as suspended once the family consent is withdrawn (kept, not deleted), and restores it with a new consent", async () => {
    const person = await newPerson();
    const created = await addCloseOne(person.id, mother(person.familyConsentId));
    const withdraw = await specialist.post(`/api/participants/${person.id}/consents/${person.familyConsentId}/withdraw`, { withdrawnOn: "2026-03-09" });
    expect(withdraw.status).toBe(200);
    const [suspended] = (await specialist.get(`/api/participants/${person.id}/network`)).body.items;
    expect(suspended).toMatchObject({ sharing: "suspended", sharedNow: [], mayShare: ["status", "appointments"], consent: { active: false }, version: 1 });

    // A phone number can still be corrected; a topic cannot be added while suspended.
    const phone = await specialist.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 1, phone: "07 00 00 00 00" });
    expect(phone.status).toBe(200);
    expect(phone.body).toMatchObject({ phone: "07 00 00 00 00", sharing: "suspended", version: 2 });
    const more = await specialist.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 2, mayShare: ["status", "appointments", "job"] });
    expect(more.status).toBe(422);
    expect(more.body.error.fields[0].path).toBe("consentId");

    const renewed = (await specialist.post(`/api/participants/${person.id}/consents`, { scope: "family", details: "Renouvelé", givenOn: "2026-03-10" })).body;
    const relinked = await specialist.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 2, consentId: renewed.id });
    expect(relinked.status).toBe(200);
    expect(relinked.body).toMatchObject({ sharing: "active", sharedNow: ["status", "appointments"], consent: { details: "Renouvelé", active: true }, version: 3 });
  });

  it("refuses a stale version with 409 and the current record; archives; journals the update", async () => {
    const person = await newPerson();
    const created = await addCloseOne(person.id, { name: "Paul", relation: "sibling" });
    const first = await specialist.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 1, notes: "Appelle le dimanche" });
    expect(first.status).toBe(200);
    const stale = await lead.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 1, notes: "Autre" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ notes: "Appelle le dimanche", version: 2 });
    const archived = await lead.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 2, archived: true });
    expect(archived.body).toMatchObject({ archived: true, version: 3 });
    const unchanged = await lead.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 3, archived: true });
    expect(unchanged.body.version).toBe(3);
    const updates = await t.database.db.select({ data: events.data }).from(events).where(and(eq(events.participantId, person.id), eq(events.type, "close_one.updated")));
    expect(updates.map((u) => u.data)).toEqual([
      expect.objectContaining({ closeOneId: created.id, fields: ["notes"] }),
      expect.objectContaining({ closeOneId: created.id, fields: ["archived"], archived: true }),
    ]);
  });

  it("refuses bad input with 400 and field paths, and unknown close ones with 404", async () => {
    const person = await newPerson();
    const bad = await specialist.post(`/api/participants/${person.id}/network`, { name: "", relation: "cousin", email: "nope", mayShare: ["health"] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["email", "mayShare.0", "name", "relation"]);
    const noVersion = await specialist.patch(`/api/participants/${person.id}/network/${newId()}`, { notes: "x" });
    expect(noVersion.status).toBe(400);
    expect((await specialist.patch(`/api/participants/${person.id}/network/${newId()}`, { version: 1, notes: "x" })).status).toBe(404);
    const stranger = await newPerson();
    const theirs = await addCloseOne(stranger.id, { name: "Autre", relation: "friend" });
    expect((await specialist.patch(`/api/participants/${person.id}/network/${theirs.id}`, { version: 1, notes: "x" })).status).toBe(404);
    expect((await specialist.post(`/api/participants/${person.id}/network`, "{not json")).status).toBe(400);
  });
});

describe("family contacts and family meetings", () => {
  it("logs a family meeting with the person's close ones and lists it", async () => {
    const person = await newPerson();
    const mum = await addCloseOne(person.id, mother(person.familyConsentId));
    const res = await specialist.post(`/api/participants/${person.id}/family-contacts`, {
      kind: "family_meeting", date: "2026-03-05", mode: "in_person", closeOneIds: [mum.id], participantPresent: true, notes: "Point sur la recherche d'emploi.",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "family_meeting", closeOneIds: [mum.id], participantPresent: true, authorName: "User specialist" });
    const list = await specialist.get(`/api/participants/${person.id}/family-contacts`);
    expect(list.body.items).toEqual([res.body]);
    const [event] = await t.database.db.select({ data: events.data }).from(events).where(and(eq(events.participantId, person.id), eq(events.type, "family_contact.logged")));
    expect(event.data).toMatchObject({ kind: "family_meeting", date: "2026-03-05", closeOneCount: 1 });
  });

  it("refuses close ones of another person with 422, none with 400", async () => {
    const person = await newPerson();
    const stranger = await newPerson();
    const theirs = await addCloseOne(stranger.id, { name: "Autre", relation: "friend" });
    const foreign = await specialist.post(`/api/participants/${person.id}/family-contacts`, { kind: "contact", date: "2026-03-05", mode: "phone", closeOneIds: [theirs.id] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual([{ path: "closeOneIds", message: "Ce proche ne fait pas partie de l'entourage de cette personne." }]);
    const none = await specialist.post(`/api/participants/${person.id}/family-contacts`, { kind: "contact", date: "2026-03-05", mode: "phone", closeOneIds: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toEqual([{ path: "closeOneIds", message: "Indiquez au moins un proche." }]);
    expect((await specialist.get(`/api/participants/${person.id}/family-contacts`)).body.items).toEqual([]);
  });
});

describe("who sees the network", () => {
  it("gives a clinician 403 on a person they see, 404 on one they do not", async () => {
    const person = await newPerson();
    expect((await clinician.get(`/api/participants/${person.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/participants/${person.id}/network`)).status).toBe(403);
    expect((await clinician.get(`/api/participants/${person.id}/family-contacts`)).status).toBe(403);
    const hidden = newId();
    await insertParticipant(t.database.db, { id: hidden, programId: world.program1, firstName: "Sans", lastName: "Consentement", searchName: "sans consentement", referralDate: "2026-01-05" });
    expect((await clinician.get(`/api/participants/${hidden}/network`)).status).toBe(404);
  });

  it("lets a peer read the network of people they accompany (not write it), 404 for the others", async () => {
    const person = await newPerson();
    await addCloseOne(person.id, { name: "Karim", relation: "friend" });
    const read = await peer.get(`/api/participants/${person.id}/network`);
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(1);
    expect((await peer.get(`/api/participants/${person.id}/family-contacts`)).status).toBe(200);
    expect((await peer.post(`/api/participants/${person.id}/network`, { name: "X", relation: "friend" })).status).toBe(403);
    const notMine = await newPerson({ peer: false });
    expect((await peer.get(`/api/participants/${notMine.id}/network`)).status).toBe(404);
    expect((await peer.post(`/api/participants/${notMine.id}/network`, { name: "X", relation: "friend" })).status).toBe(404);
  });

  it("answers 404 to another program", async () => {
    const person = await newPerson();
    const created = await addCloseOne(person.id, { name: "Karim", relation: "friend" });
    expect((await other.get(`/api/participants/${person.id}/network`)).status).toBe(404);
    expect((await other.post(`/api/participants/${person.id}/network`, { name: "X", relation: "friend" })).status).toBe(404);
    expect((await other.patch(`/api/participants/${person.id}/network/${created.id}`, { version: 1, notes: "x" })).status).toBe(404);
    expect((await other.get(`/api/participants/${person.id}/family-contacts`)).status).toBe(404);
    expect((await other.get(`/api/participants/${person.id}/team`)).status).toBe(404);
  });
});

describe("team around me", () => {
  const setUp = async () => {
    const person = await newPerson();
    const referent = newId();
    await t.database.db.insert(serviceReferents).values({ id: referent, serviceId: world.service2, programId: world.program1, name: "Mme Colin", profession: "Infirmière", phone: "04 72 00 00 01", email: "colin@cattp.example" });
    await t.database.db.insert(participantReferents).values({ participantId: person.id, referentId: referent });
    const gone = newId();
    await t.database.db.insert(serviceReferents).values({ id: gone, serviceId: world.service2, programId: world.program1, name: "M. Parti", archived: true });
    await t.database.db.insert(participantReferents).values({ participantId: person.id, referentId: gone });
    await addCloseOne(person.id, mother(person.familyConsentId));
    const job = async (name: string, level: string, dates: { startDate: string; endDate?: string }) => {
      const employerId = newId();
      await insertEmployer(t.database.db, {
        id: employerId, programId: world.program1, name, searchName: name.toLowerCase(),
        contactPeople: [{ name: `Contact ${name}`, role: "Gérante", phone: "04 78 00 00 00", email: null }],
      });
      await insertJob(t.database.db, {
        id: newId(), programId: world.program1, participantId: person.id, employerId, employerName: name, title: "Vendeuse", contract: "cdi",
        disclosure: { level, details: "" }, ...dates, ...(dates.endDate ? { endReason: "resigned", endedBy: "person" } : {}),
      });
    };
    await job("Boulangerie", "partial", { startDate: "2026-02-01" });
    await job("Secret SARL", "none", { startDate: "2026-02-01" });
    await job("Ancien Café", "full", { startDate: "2025-01-01", endDate: "2025-06-30" });
    await job("Futur Magasin", "full", { startDate: "2026-04-01" });
    return person;
  };

  it("lists everyone involved and how to reach them for the specialist and the peer, audited", async () => {
    const person = await setUp();
    const res = await specialist.get(`/api/participants/${person.id}/team`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { role: "specialist", name: "User specialist", detail: "", phone: "", email: world.users.specialist.email },
      { role: "peer_supporter", name: "User peer", detail: "", phone: "", email: world.users.peer.email },
      { role: "referring_service", name: "CMP Un", detail: "cmp", phone: "", email: "" },
      { role: "psychosocial_referent", name: "Mme Colin", detail: "Infirmière · CATTP Deux", phone: "04 72 00 00 01", email: "colin@cattp.example" },
      { role: "close_one", name: "Marie Martin", detail: "parent", phone: "06 12 34 56 78", email: "marie@example.org" },
      { role: "employer_contact", name: "Contact Boulangerie", detail: "Boulangerie · Gérante", phone: "04 78 00 00 00", email: "" },
    ]);
    expect((await peer.get(`/api/participants/${person.id}/team`)).body.items).toEqual(res.body.items);
    const reads = await t.database.db.select().from(auditLog).where(and(eq(auditLog.participantId, person.id), eq(auditLog.recordType, "team")));
    expect(reads).toHaveLength(2);
  });

  it("gives a clinician no family entries", async () => {
    const person = await setUp();
    const res = await clinician.get(`/api/participants/${person.id}/team`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { role: string }) => e.role)).toEqual(["specialist", "peer_supporter", "referring_service", "psychosocial_referent", "employer_contact"]);
  });

  it("answers 404 to a peer who does not accompany the person", async () => {
    const person = await newPerson({ peer: false });
    expect((await peer.get(`/api/participants/${person.id}/team`)).status).toBe(404);
    expect((await specialist.get(`/api/participants/${person.id}/team`)).body.items.map((e: { role: string }) => e.role)).toEqual(["specialist", "referring_service"]);
  });
});

describe("peer support sessions", () => {
  it("lets a peer log a peer_support session for a person they accompany, 404 for one they do not", async () => {
    const person = await newPerson();
    const session = { date: "2026-03-09", mode: "in_person", phase: "peer_support", durationMinutes: 60, notes: "Café et échange sur la reprise." };
    const res = await peer.post(`/api/participants/${person.id}/contacts`, session);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phase: "peer_support", authorId: world.users.peer.id, authorName: "User peer" });
    const notMine = await newPerson({ peer: false });
    expect((await peer.post(`/api/participants/${notMine.id}/contacts`, session)).status).toBe(404);
  });
});
