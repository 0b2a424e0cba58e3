import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { employerListSchema, employerSummaryListSchema } from "@passerelle/domain";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 31 March 2026: the 30-day window runs from 1 March to 31 March.
const clock = fixedClock("2026-03-31T08:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  specialistB = await new ApiClient(t.baseUrl).login(world.users.specialistB.email, PASSWORD);
  lead = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
});
afterAll(async () => t?.close());

const newEmployer = async (client: ApiClient, body: Record<string, unknown>) => {
  const res = await client.post("/api/employers", body);
  expect(res.status).toBe(201);
  return res.body;
};

describe("employer register", () => {
  it("creates an employer from a name only; the author knows them", async () => {
    const e = await newEmployer(specialist, { name: "Boulangerie Dupont" });
    expect(e).toMatchObject({ name: "Boulangerie Dupont", stage: "prospect", setting: "ordinary", siret: null, version: 1, programId: world.program1 });
    expect(e.specialists).toEqual([{ id: world.users.specialist.id, name: "User specialist" }]);
    const read = await specialist.get(`/api/employers/${e.id}`);
    expect(read.status).toBe(200);
    expect(read.body.recentContactsByOthers).toEqual([]);
  });

  it("keeps the whole record: SIRET, NAF, place, size, contact people, known specialists", async () => {
    const e = await newEmployer(specialist, {
      name: "Hôtel du Parc",
      siret: "73282932000074",
      nafCode: "55.10Z",
      address: "3 place Bellecour",
      place: { kind: "commune", inseeCode: "69123", name: "Lyon" },
      size: "20_49",
      stage: "in_contact",
      contactPeople: [{ name: "Mme Roux", role: "DRH", phone: "04 72 00 00 00", email: "roux@example.org" }],
      notes: "Saisonniers en été",
      specialistIds: [world.users.specialistB.id],
    });
    expect(e.specialistIds.sort()).toEqual([world.users.specialist.id, world.users.specialistB.id].sort());
    expect(e.contactPeople[0]).toMatchObject({ name: "Mme Roux", role: "DRH" });
    expect(e.place).toEqual({ kind: "commune", inseeCode: "69123", name: "Lyon" });
  });

  it("refuses an invalid SIRET, NAF code or a specialist of another program with 400 and field paths", async () => {
    const bad = await specialist.post("/api/employers", { name: "X", siret: "12345678901234", nafCode: "5610" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["nafCode", "siret"]);
    expect(bad.body.error.fields.find((f: { path: string }) => f.path === "siret").message).toMatch(/SIRET/);
    const stranger = await specialist.post("/api/employers", { name: "X", specialistIds: [world.users.otherSpecialist.id] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].path).toBe("specialistIds.0");
    expect((await specialist.post("/api/employers", { name: " " })).status).toBe(400);
    expect((await specialist.get("/api/employers?stage=nope")).status).toBe(400);
    expect((await specialist.get("/api/employers/not-a-uuid")).status).toBe(400);
  });

  it("searches names by prefix or contained word, without accents, and filters by stage", async () => {
    await newEmployer(specialist, { name: "Écomusée de l'Été", stage: "partner" });
    await newEmployer(specialist, { name: "Garage Éric", stage: "hiring" });
    const prefix = await specialist.get("/api/employers?q=ecom");
    expect(prefix.body.items.map((e: { name: string }) => e.name)).toEqual(["Écomusée de l'Été"]);
    const contains = await specialist.get(`/api/employers?q=${encodeURIComponent("ÉRIC")}`);
    expect(contains.body.items.map((e: { name: string }) => e.name)).toEqual(["Garage Éric"]);
    const hiring = await specialist.get(`/api/employers?stage=hiring&programId=${world.program1}`);
    expect(hiring.body.total).toBe(1);
    const all = await specialist.get("/api/employers?limit=2");
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
  });

  it("lists the names that start with the search first, then those that contain it, page by page with one total", async () => {
    for (const name of ["La Zorglube Lyonnaise", "Zorglubterie Zola", "Zorglubterie Ampère", "Pâtisserie Zorglubard", "Zorglub"]) await newEmployer(specialist, { name });
    const page = async (offset: number, limit = 2) => (await specialist.get(`/api/employers?q=zorglub&limit=${limit}&offset=${offset}&programId=${world.program1}`)).body;
    const pages = [await page(0), await page(2), await page(4)];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap((p) => p.items.map((e: { name: string }) => e.name))).toEqual([
      "Zorglub",
      "Zorglubterie Ampère",
      "Zorglubterie Zola",
      "La Zorglube Lyonnaise",
      "Pâtisserie Zorglubard",
    ]);
    expect((await page(3, 10)).items.map((e: { name: string }) => e.name)).toEqual(["La Zorglube Lyonnaise", "Pâtisserie Zorglubard"]);
    expect((await page(5)).items).toEqual([]);
    // Each employer as its record reads it (the search builds them in SQL, the record through toEmployer).
    const one = (await page(0, 1)).items[0];
    const record = (await specialist.get(`/api/employers/${one.id}`)).body;
    delete record.recentContactsByOthers;
    expect(one).toEqual(record);
    expect(one.specialists.length).toBeGreaterThan(0);
    // PostgreSQL writes this answer and the server sends it as is: the contract is checked here, not by the serializer.
    const answer = await specialist.get(`/api/employers?q=zorglub&programId=${world.program1}`);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(employerListSchema.parse(answer.body)).toEqual(answer.body);
  });

  it("answers a list's lines with view=summary: the record's values, without contact people or notes, searched or not", async () => {
    const e = await newEmployer(specialist, {
      name: "Quincaillerie Quirinal",
      stage: "partner",
      place: { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69001" },
      contactPeople: [{ name: "M. Quirin", role: "Gérant", phone: "04 72 00 00 00" }],
      notes: "Cherche un magasinier",
    });
    const record = (await specialist.get(`/api/employers/${e.id}`)).body;
    const line = { id: e.id, programId: world.program1, name: "Quincaillerie Quirinal", setting: "ordinary", place: record.place, stage: "partner", lastContactDate: null, nextStepDate: null };
    // The search box's path (PostgreSQL writes the answer) and the list's path (the serializer does) agree.
    for (const query of ["q=quinc&view=summary", `view=summary&stage=partner&programId=${world.program1}&limit=500`]) {
      const answer = await specialist.get(`/api/employers?${query}`);
      expect(answer.status).toBe(200);
      expect(employerSummaryListSchema.parse(answer.body)).toEqual(answer.body);
      expect(answer.body.items.find((x: { id: string }) => x.id === e.id)).toEqual(line);
    }
    // The default stays the whole record.
    expect((await specialist.get("/api/employers?q=quinc")).body.items[0].contactPeople).toEqual(record.contactPeople);
    expect((await specialist.get("/api/employers?view=everything")).status).toBe(400);
  });

  it("filters by sector, department, known specialist and due next step, and sorts, without a 500", async () => {
    const e = await newEmployer(specialistB, {
      name: "Crêperie Ker Breizh",
      nafCode: "56.10C",
      place: { kind: "commune", inseeCode: "35238", name: "Rennes", postalCode: "35000" },
      contactPeople: [{ name: "Mme Le Goff", role: "Gérante", phone: null }],
    });
    const ids = async (query: string) => (await specialist.get(`/api/employers?${query}`)).body.items.map((x: { id: string }) => x.id);
    expect(await ids("sector=56")).toEqual([e.id]);
    expect(await ids("sector=56.10C&department=35")).toEqual([e.id]);
    expect(await ids("department=2A")).toEqual([]);
    expect(await ids(`specialistId=${world.users.specialistB.id}&q=creperie`)).toEqual([e.id]);
    expect(await ids("q=%25_%5C")).toEqual([]);
    for (const sort of ["name", "last_contact", "next_step"]) expect((await specialist.get(`/api/employers?sort=${sort}&nextStepDueBy=2026-12-31`)).status).toBe(200);
    expect((await specialist.get("/api/employers?sector=5")).status).toBe(400);
    // Saving the record unchanged (jsonb reorders keys) is not a change.
    const same = await specialistB.patch(`/api/employers/${e.id}`, { version: 1, contactPeople: [{ role: "Gérante", name: "Mme Le Goff" }], place: e.place });
    expect(same.body.version).toBe(1);
  });

  it("updates with versions: a stale version gets 409 with the current record", async () => {
    const e = await newEmployer(specialist, { name: "Jardins Partagés" });
    const ok = await specialist.patch(`/api/employers/${e.id}`, { version: 1, stage: "partner", notes: "Visite faite" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ stage: "partner", notes: "Visite faite", version: 2 });
    const stale = await specialistB.patch(`/api/employers/${e.id}`, { version: 1, stage: "hiring" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ stage: "partner", version: 2 });
    const renamed = await specialist.patch(`/api/employers/${e.id}`, { version: 2, name: "Les Jardins d'Émile" });
    expect(renamed.body.version).toBe(3);
    expect((await specialist.get("/api/employers?q=emile")).body.items.map((x: { id: string }) => x.id)).toEqual([e.id]);
  });
});

describe("employer contact log", () => {
  it("logs a generic contact and a contact for a named participant, which goes on the person's timeline", async () => {
    const e = await newEmployer(specialist, { name: "Supermarché Central" });
    const generic = await specialist.post(`/api/employers/${e.id}/contacts`, {
      date: "2026-03-20", faceToFace: true, kind: "generic", purpose: "Découvrir le magasin", hiringNeeds: "Mise en rayon, matin", outcome: "Bon accueil",
      nextStep: "Rappeler la gérante", nextStepDate: "2026-04-03", peopleMet: ["Mme Blanc"],
    });
    expect(generic.status).toBe(201);
    expect(generic.body).toMatchObject({ kind: "generic", faceToFace: true, hiringNeeds: "Mise en rayon, matin", specialistId: world.users.specialist.id, specialistName: "User specialist" });

    const person = await specialist.post("/api/participants", { firstName: "Camille", lastName: "Martin", referralDate: "2026-01-10" });
    const forPerson = await specialist.post(`/api/employers/${e.id}/contacts`, {
      date: "2026-03-25", faceToFace: false, kind: "for_participant", participantIds: [person.body.id], purpose: "Présenter Camille",
    });
    expect(forPerson.status).toBe(201);
    expect(forPerson.body.participants).toEqual([{ id: person.body.id, name: "Camille Martin" }]);

    const log = await specialist.get(`/api/employers/${e.id}/contacts`);
    expect(log.body.total).toBe(2);
    expect(log.body.items.map((c: { date: string }) => c.date)).toEqual(["2026-03-25", "2026-03-20"]);
    const read = await specialist.get(`/api/employers/${e.id}`);
    expect(read.body).toMatchObject({ lastContactDate: "2026-03-25", nextStepDate: "2026-04-03" });
    const timeline = await specialist.get(`/api/participants/${person.body.id}/timeline`);
    expect(timeline.body.items.map((i: { type: string }) => i.type)).toContain("employer_contact.logged");
  });

  it("checks the contact's shape and the people named", async () => {
    const e = await newEmployer(specialist, { name: "Menuiserie Lenoir" });
    const missing = await specialist.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-20", faceToFace: true, kind: "for_participant" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe("participantIds");
    const before = await specialist.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-20", faceToFace: true, kind: "generic", nextStepDate: "2026-03-01" });
    expect(before.body.error.fields[0].path).toBe("nextStepDate");
    const other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
    const stranger = await other.post("/api/participants", { firstName: "Autre", lastName: "Programme", referralDate: "2026-01-10" });
    const wrong = await specialist.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-20", faceToFace: true, kind: "for_participant", participantIds: [stranger.body.id] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe("participantIds.0");
    expect((await specialist.post(`/api/employers/${e.id}/contacts`, { date: "2026-02-30", faceToFace: true, kind: "generic" })).status).toBe(400);
  });

  it("records an awareness session with who attended; it counts for the registered employers who came", async () => {
    const host = await newEmployer(specialist, { name: "Club des entreprises" });
    const guest = await newEmployer(specialist, { name: "Imprimerie Morel" });
    const session = await specialist.post(`/api/employers/${host.id}/contacts`, {
      date: "2026-03-18", faceToFace: true, kind: "awareness_session", purpose: "Petit-déjeuner emploi accompagné",
      attendees: [{ name: "M. Morel", role: "gérant", employerId: guest.id }, { name: "Mme Petit", role: "RH" }],
    });
    expect(session.status).toBe(201);
    expect(session.body.attendees).toHaveLength(2);
    const guestLog = await specialist.get(`/api/employers/${guest.id}/contacts`);
    expect(guestLog.body.items.map((c: { id: string }) => c.id)).toEqual([session.body.id]);
    expect((await specialist.get(`/api/employers/${guest.id}`)).body.lastContactDate).toBe("2026-03-18");
    const notSession = await specialist.post(`/api/employers/${host.id}/contacts`, { date: "2026-03-18", faceToFace: true, kind: "generic", attendees: [{ name: "X" }] });
    expect(notSession.body.error.fields[0].path).toBe("attendees");
  });

  it("tells a specialist that a colleague contacted the same employer in the last 30 days", async () => {
    const e = await newEmployer(specialist, { name: "Restaurant Le Cèdre" });
    await specialistB.post(`/api/employers/${e.id}/contacts`, { date: "2026-02-28", faceToFace: true, kind: "generic" }); // 31 days ago
    expect((await specialist.get(`/api/employers/${e.id}`)).body.recentContactsByOthers).toEqual([]);
    await specialistB.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-01", faceToFace: false, kind: "generic" });
    await specialistB.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-12", faceToFace: true, kind: "generic" });
    const read = await specialist.get(`/api/employers/${e.id}`);
    expect(read.body.recentContactsByOthers).toEqual([
      { specialistId: world.users.specialistB.id, specialistName: "User specialistB", lastDate: "2026-03-12", count: 2, faceToFace: true },
    ]);
    // Not about one's own contacts.
    expect((await specialistB.get(`/api/employers/${e.id}`)).body.recentContactsByOthers).toEqual([]);
    // On 12 April the contact of 12 March is 31 days old (a fresh session: the others have expired by then).
    clock.set("2026-04-12T08:00:00Z");
    try {
      const later = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
      expect((await later.get(`/api/employers/${e.id}`)).body.recentContactsByOthers).toEqual([]);
      clock.set("2026-04-11T08:00:00Z");
      expect((await later.get(`/api/employers/${e.id}`)).body.recentContactsByOthers).toHaveLength(1);
    } finally {
      clock.set("2026-03-31T08:00:00Z");
    }
  });
});

describe("access", () => {
  it("hides another program's employers (404) and refuses clinicians and peers (403)", async () => {
    const e = await newEmployer(specialist, { name: "Pharmacie Centrale" });
    const other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
    expect((await other.get(`/api/employers/${e.id}`)).status).toBe(404);
    expect((await other.patch(`/api/employers/${e.id}`, { version: 1, stage: "partner" })).status).toBe(404);
    expect((await other.get(`/api/employers/${e.id}/contacts`)).status).toBe(404);
    expect((await other.post(`/api/employers/${e.id}/contacts`, { date: "2026-03-20", faceToFace: true, kind: "generic" })).status).toBe(404);
    expect((await other.get("/api/employers?q=pharmacie")).body.total).toBe(0);
    expect((await other.get(`/api/employers?programId=${world.program1}`)).status).toBe(404);
    for (const who of [world.users.clinician, world.users.peer]) {
      const client = await new ApiClient(t.baseUrl).login(who.email, PASSWORD);
      expect((await client.get("/api/employers")).status).toBe(403);
      expect((await client.get(`/api/employers/${e.id}`)).status).toBe(403);
      expect((await client.get(`/api/employers/${e.id}/contacts`)).status).toBe(403);
      expect((await client.post("/api/employers", { name: "Y" })).status).toBe(403);
    }
    expect((await lead.get(`/api/employers/${e.id}`)).status).toBe(200);
  });
});
