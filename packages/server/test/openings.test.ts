import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let clinician: ApiClient;
let other: ApiClient;
let employerId: string;
let otherEmployerId: string;

const LYON = { kind: "commune", inseeCode: "69123", name: "Lyon", postalCode: "69002" } as const;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
  employerId = (await specialist.post("/api/employers", { name: "Brasserie du Parc" })).body.id;
  otherEmployerId = (await other.post("/api/employers", { name: "Taverne de Liège" })).body.id;
});
afterAll(async () => t?.close());

const create = async (body: Record<string, unknown>, client = specialist) => {
  const res = await client.post("/api/openings", { employerId, source: "job_development", ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};

describe("openings", () => {
  it("creates an open opening of a registered employer, with the employer's name and program", async () => {
    const o = await create({
      title: "Serveur·se en salle",
      occupationCode: "G18",
      hoursPerWeek: 24,
      schedule: ["mornings"],
      place: LYON,
      environment: ["team"],
      requirements: "Débutant accepté",
      postedOn: "2026-10-01",
    });
    expect(o).toMatchObject({
      programId: world.program1,
      employerId,
      employerName: "Brasserie du Parc",
      status: "open",
      version: 1,
      place: LYON,
      hoursPerWeek: 24,
      description: "",
      employerContactId: null,
      closesOn: null,
    });
    const read = await specialist.get(`/api/openings/${o.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(o);
  });

  it("files an arrondissement under its commune, and refuses an unknown commune, occupation or employer with 400", async () => {
    const o = await create({ title: "Plongeur", place: { kind: "commune", inseeCode: "69383", name: "Lyon 3e" } });
    expect(o.place.inseeCode).toBe("69123");
    const bad = await specialist.post("/api/openings", {
      employerId,
      source: "other",
      title: "X",
      occupationCode: "Z99",
      place: { kind: "commune", inseeCode: "99999", name: "Nulle part" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain("occupationCode");
    const unknownCommune = await specialist.post("/api/openings", { employerId, source: "other", title: "X", place: { kind: "commune", inseeCode: "99999", name: "Nulle part" } });
    expect(unknownCommune.status).toBe(400);
    expect(unknownCommune.body.error.fields).toEqual([{ path: "place.inseeCode", message: "Commune inconnue (code INSEE introuvable)." }]);
    const foreignEmployer = await specialist.post("/api/openings", { employerId: otherEmployerId, programId: world.program1, source: "other", title: "X" });
    expect(foreignEmployer.status).toBe(400);
    expect(foreignEmployer.body.error.fields[0].path).toBe("employerId");
    expect((await specialist.post("/api/openings", { employerId, source: "other", title: " " })).status).toBe(400);
    expect((await specialist.post("/api/openings", { employerId, source: "nowhere", title: "X" })).status).toBe(400);
    expect((await specialist.post("/api/openings", { employerId, source: "other", title: "X", hoursPerWeek: 80 })).status).toBe(400);
  });

  it("keeps a town abroad as typed", async () => {
    const o = await create({ title: "Commis", place: { kind: "town", name: "Liège", country: "BE" } }, specialist);
    expect(o.place).toEqual({ kind: "town", name: "Liège", country: "BE" });
  });

  it("lists open ones by default, newest first, and filters by text, employer, occupation, commune and status", async () => {
    const second = (await specialist.post("/api/employers", { name: "Jardins de l'Est" })).body.id;
    const gardener = await create({ employerId: second, title: "Jardinier paysagiste", occupationCode: "A12", place: { kind: "commune", inseeCode: "69266", name: "Villeurbanne" } });
    const closed = await create({ title: "Vendeur", occupationCode: "D15" });
    const patched = await specialist.patch(`/api/openings/${closed.id}`, { version: 1, status: "closed" });
    expect(patched.status).toBe(200);

    const open = await specialist.get("/api/openings");
    expect(open.status).toBe(200);
    expect(open.body.items.every((o: { status: string }) => o.status === "open")).toBe(true);
    expect(open.body.items[0].id).toBe(gardener.id);
    expect((await specialist.get("/api/openings?q=JARDIN")).body.items.map((o: { id: string }) => o.id)).toEqual([gardener.id]);
    expect((await specialist.get(`/api/openings?q=${encodeURIComponent("jardins de l'est")}`)).body.total).toBe(1);
    expect((await specialist.get(`/api/openings?employerId=${second}`)).body.total).toBe(1);
    expect((await specialist.get("/api/openings?occupation=A")).body.items.map((o: { id: string }) => o.id)).toEqual([gardener.id]);
    expect((await specialist.get("/api/openings?occupation=A12")).body.total).toBe(1);
    expect((await specialist.get("/api/openings?inseeCode=69266")).body.total).toBe(1);
    expect((await specialist.get("/api/openings?status=closed")).body.items.map((o: { id: string }) => o.id)).toEqual([closed.id]);
    const all = await specialist.get("/api/openings?status=all&limit=2");
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    expect((await specialist.get("/api/openings?occupation=Q1")).status).toBe(400);
    // Other programs' openings stay out of the list.
    expect((await other.get("/api/openings")).body.total).toBe(0);
  });

  it("corrects fields, changes status, and answers 409 with the current record on a stale version", async () => {
    const o = await create({ title: "Agent d'entretien", hoursPerWeek: 20 });
    const first = await specialist.patch(`/api/openings/${o.id}`, { version: 1, title: "Agent·e d'entretien", hoursPerWeek: 17.5, place: { kind: "commune", inseeCode: "69266", name: "Villeurbanne" } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ title: "Agent·e d'entretien", hoursPerWeek: 17.5, version: 2, place: { inseeCode: "69266" } });
    expect((await specialist.get("/api/openings?q=agent")).body.items.map((x: { id: string }) => x.id)).toContain(o.id);
    const stale = await specialist.patch(`/api/openings/${o.id}`, { version: 1, status: "filled" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, status: "open" });
    const filled = await specialist.patch(`/api/openings/${o.id}`, { version: 2, status: "filled" });
    expect(filled.body).toMatchObject({ status: "filled", version: 3 });
    // Nothing changed: no new version.
    expect((await specialist.patch(`/api/openings/${o.id}`, { version: 3, status: "filled" })).body.version).toBe(3);
    expect((await specialist.patch(`/api/openings/${o.id}`, { version: 3, status: "gone" })).status).toBe(400);
    expect((await specialist.patch(`/api/openings/${o.id}`, { version: 3, place: { kind: "commune", inseeCode: "99999", name: "X" } })).status).toBe(400);
  });

  it("answers 404 to another program and for unknown ids, 403 to roles without job development", async () => {
    const o = await create({ title: "Caissier" });
    expect((await other.get(`/api/openings/${o.id}`)).status).toBe(404);
    expect((await other.patch(`/api/openings/${o.id}`, { version: 1, status: "closed" })).status).toBe(404);
    expect((await specialist.get("/api/openings/0190a7a0-0000-7000-8000-000000000000")).status).toBe(404);
    expect((await clinician.get(`/api/openings/${o.id}`)).status).toBe(403);
    expect((await clinician.get("/api/openings")).status).toBe(403);
    expect((await clinician.post("/api/openings", { employerId, source: "other", title: "X" })).status).toBe(403);
  });

  it("links the employer contact it came from, only one of that employer's", async () => {
    const contact = await specialist.post(`/api/employers/${employerId}/contacts`, { date: "2026-10-03", faceToFace: true, kind: "generic", hiringNeeds: "Un poste en cuisine" });
    expect(contact.status).toBe(201);
    const o = await create({ title: "Commis de cuisine", employerContactId: contact.body.id });
    expect(o.employerContactId).toBe(contact.body.id);
    const elsewhere = (await specialist.post("/api/employers", { name: "Autre" })).body.id;
    const bad = await specialist.post("/api/openings", { employerId: elsewhere, source: "job_development", title: "X", employerContactId: contact.body.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("employerContactId");
  });
});
