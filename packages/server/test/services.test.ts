import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, events } from "../src/db/schema/index";
import { newId } from "../src/platform/ids";
import { insertService } from "../src/modules/services/services.repository";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let lead: ApiClient;
let specialist: ApiClient;
let clinician: ApiClient;
let clinicianOther: ApiClient;
let peer: ApiClient;
let outsider: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
  lead = await login("team_lead");
  specialist = await login("specialist");
  clinician = await login("clinician");
  clinicianOther = await login("clinicianOther");
  peer = await login("peer");
  outsider = await login("otherSpecialist");
  admin = await login("admin");
});
afterAll(async () => t?.close());

const newService = async (body: Record<string, unknown>) => {
  const res = await lead.post("/api/services", { kind: "cmp", ...body });
  expect(res.status).toBe(201);
  return res.body;
};

/** A person of program 1 who consented to share with the care team (or not). */
const newPerson = async (consent: boolean) => {
  const p = await lead.post("/api/participants", { firstName: "Léa", lastName: `Soin${newId().slice(-6)}`, referralDate: "2026-01-05" });
  expect(p.status).toBe(201);
  if (consent) expect((await lead.post(`/api/participants/${p.body.id}/consents`, { scope: "care_team", details: "", givenOn: "2026-01-06" })).status).toBe(201);
  return p.body as { id: string; version: number; lastName: string };
};

const versionOf = async (id: string): Promise<number> => (await lead.get(`/api/participants/${id}`)).body.version;

/** A referent of service1 (the clinician's service), added through the API. */
const referentOfService1 = async () => {
  const res = await lead.post(`/api/services/${world.service1}/referents`, { name: `Inf ${newId().slice(-5)}`, profession: "Infirmière" });
  expect(res.status).toBe(201);
  return res.body as { id: string };
};

describe("partner services register", () => {
  it("creates a service with its referents; a member of one program needs no programId", async () => {
    const s = await newService({
      name: "SAMSAH Handas",
      kind: "medico_social",
      phone: "04 72 00 00 00",
      email: "contact@samsah.example.org",
      referents: [{ name: "Marc Petit", profession: "Éducateur spécialisé", phone: "06 12 34 56 78" }],
    });
    expect(s).toMatchObject({ programId: world.program1, name: "SAMSAH Handas", kind: "medico_social", archived: false, version: 1, address: "" });
    expect(s.referents).toEqual([
      { id: expect.any(String), serviceId: s.id, name: "Marc Petit", profession: "Éducateur spécialisé", phone: "06 12 34 56 78", email: "", archived: false },
    ]);
    const list = await specialist.get("/api/services");
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: { name: string }) => x.name)).toContain("SAMSAH Handas");
    expect((await clinician.get(`/api/services/${s.id}`)).body.referents).toHaveLength(1);
    const journal = await t.database.db.select().from(events).where(eq(events.type, "service.created"));
    expect(journal.find((e) => (e.data as { serviceId?: string }).serviceId === s.id)).toMatchObject({ programId: world.program1, participantId: null });
  });

  it("refuses bad input with 400 and field paths, and an unknown kind", async () => {
    const bad = await lead.post("/api/services", { name: " ", kind: "cmp", phone: "abc", email: "nope", referents: [{ name: "" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["email", "name", "phone", "referents.0.name"]);
    expect(bad.body.error.fields.find((f: { path: string }) => f.path === "phone").message).toMatch(/téléphone/);
    expect((await lead.post("/api/services", { name: "X", kind: "clinic" })).status).toBe(400);
    expect((await lead.get("/api/services/not-a-uuid")).status).toBe(400);
    expect((await lead.post(`/api/services/${world.service1}/referents`, { name: "Y", email: "pas un mail" })).status).toBe(400);
  });

  it("asks an administrator of several programs (installation admin) for nothing: lists every program", async () => {
    const all = await admin.get("/api/services");
    expect(all.status).toBe(200);
    expect(all.body.items.some((s: { id: string }) => s.id === world.service1)).toBe(true);
  });

  it("updates with the version read (409 with the current record when stale) and archives", async () => {
    const s = await newService({ name: "CATTP Croix-Rousse", kind: "cattp" });
    const renamed = await lead.patch(`/api/services/${s.id}`, { version: 1, name: "CATTP de la Croix-Rousse", address: "5 rue X" });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "CATTP de la Croix-Rousse", address: "5 rue X", version: 2 });
    const stale = await specialist.patch(`/api/services/${s.id}`, { version: 1, notes: "Trop tard" });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ name: "CATTP de la Croix-Rousse", version: 2 });
    expect((await lead.patch(`/api/services/${s.id}`, { version: 2, archived: true })).body).toMatchObject({ archived: true, version: 3 });
    const active = await lead.get(`/api/services?programId=${world.program1}`);
    expect(active.body.items.some((x: { id: string }) => x.id === s.id)).toBe(false);
    const withArchived = await lead.get(`/api/services?programId=${world.program1}&includeArchived=true`);
    expect(withArchived.body.items.some((x: { id: string }) => x.id === s.id)).toBe(true);
  });

  it("adds, edits and archives referents; archived ones are hidden from the list unless asked for", async () => {
    const s = await newService({ name: "CMP Lyon 3e" });
    const added = await lead.post(`/api/services/${s.id}/referents`, { name: "Dr Lambert", profession: "Psychiatre", email: "lambert@ch.example.org" });
    expect(added.status).toBe(201);
    const edited = await specialist.patch(`/api/services/${s.id}/referents/${added.body.id}`, { phone: "04 78 00 00 01" });
    expect(edited.body).toMatchObject({ name: "Dr Lambert", phone: "04 78 00 00 01", archived: false });
    await lead.patch(`/api/services/${s.id}/referents/${added.body.id}`, { archived: true });
    const listed = (await lead.get("/api/services")).body.items.find((x: { id: string }) => x.id === s.id);
    expect(listed.referents).toEqual([]);
    expect((await lead.get(`/api/services/${s.id}`)).body.referents[0]).toMatchObject({ name: "Dr Lambert", archived: true });
    // A referent is reached only through its own service.
    expect((await lead.patch(`/api/services/${world.service2}/referents/${added.body.id}`, { name: "Z" })).status).toBe(404);
  });

  it("keeps the register to its program: 404 for another program, 403 for roles that may only read", async () => {
    expect((await outsider.get(`/api/services/${world.service1}`)).status).toBe(404);
    expect((await outsider.get(`/api/services?programId=${world.program1}`)).status).toBe(404);
    expect((await outsider.patch(`/api/services/${world.service1}`, { version: 1, name: "X" })).status).toBe(404);
    expect((await outsider.get("/api/services")).body.items.some((s: { id: string }) => s.id === world.service1)).toBe(false);
    expect((await clinician.post("/api/services", { name: "X", kind: "cmp" })).status).toBe(403);
    expect((await peer.post(`/api/services/${world.service1}/referents`, { name: "X" })).status).toBe(403);
    expect((await peer.get(`/api/services/${world.service1}`)).status).toBe(200);
  });
});

describe("a participant's care services", () => {
  it("sets the referring service and referents, bumps the version and appends care_services.updated", async () => {
    const person = await newPerson(true);
    const r = await referentOfService1();
    const res = await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: world.service2, referentIds: [r.id, r.id] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ referringService: { id: world.service2, name: "CATTP Deux" }, version: person.version + 1 });
    expect(res.body.referents).toEqual([{ id: r.id, name: expect.any(String), profession: "Infirmière", phone: "", email: "", serviceId: world.service1, serviceName: "CMP Un" }]);
    expect((await lead.get(`/api/participants/${person.id}`)).body).toMatchObject({ referringServiceId: world.service2, version: person.version + 1 });
    const read = await specialist.get(`/api/participants/${person.id}/care-services`);
    expect(read.body).toEqual(res.body);
    const timeline = await lead.get(`/api/participants/${person.id}/timeline`);
    expect(timeline.body.items[0]).toMatchObject({ type: "care_services.updated", data: { referringServiceName: "CATTP Deux", referentIds: [r.id] } });
    const audits = await t.database.db.select().from(auditLog);
    expect(audits.some((a) => a.recordType === "care_services" && a.action === "read" && a.participantId === person.id)).toBe(true);
  });

  it("lets the clinician of service1 see a consenting person once they have a referent of service1, without referring service", async () => {
    const person = await newPerson(true);
    expect((await clinician.get(`/api/participants/${person.id}`)).status).toBe(404);
    const r = await referentOfService1();
    const set = await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: null, referentIds: [r.id] });
    expect(set.status).toBe(200);
    expect((await clinician.get(`/api/participants/${person.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/participants/${person.id}/care-services`)).body.referents[0].id).toBe(r.id);
    expect((await clinician.get(`/api/participants?q=${person.lastName}`)).body.items.some((p: { id: string }) => p.id === person.id)).toBe(true);
    // The clinician of another service does not, nor does anyone once the referent is removed.
    expect((await clinicianOther.get(`/api/participants/${person.id}`)).status).toBe(404);
    expect((await clinicianOther.get(`/api/participants/${person.id}/care-services`)).status).toBe(404);
    await lead.put(`/api/participants/${person.id}/care-services`, { version: set.body.version, referringServiceId: null, referentIds: [] });
    expect((await clinician.get(`/api/participants/${person.id}`)).status).toBe(404);
  });

  it("does not open a person who did not consent to the care team, whatever their services", async () => {
    const person = await newPerson(false);
    const r = await referentOfService1();
    await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: world.service1, referentIds: [r.id] });
    expect((await clinician.get(`/api/participants/${person.id}`)).status).toBe(404);
  });

  it("refuses another program's, unknown or archived services and referents with 400 and field paths; keeps what the person already has", async () => {
    const person = await newPerson(true);
    const foreign = newId();
    await insertService(t.database.db, { id: foreign, programId: world.program2, name: "CMP Bruxelles", kind: "cmp" });
    const archived = await referentOfService1();
    await lead.patch(`/api/services/${world.service1}/referents/${archived.id}`, { archived: true });
    const bad = await lead.put(`/api/participants/${person.id}/care-services`, {
      version: person.version,
      referringServiceId: foreign,
      referentIds: [newId(), archived.id],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(["referringServiceId", "referentIds.0", "referentIds.1"]);
    expect(bad.body.error.fields[1].message).toMatch(/référent/);
    expect((await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: null, referentIds: "x" })).status).toBe(400);
    const tooMany = Array.from({ length: 11 }, () => newId());
    expect((await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: null, referentIds: tooMany })).status).toBe(400);
    // Nothing was saved.
    expect(await versionOf(person.id)).toBe(person.version);

    // A referent archived after being chosen stays on the record through later edits.
    const kept = await referentOfService1();
    const first = await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: null, referentIds: [kept.id] });
    await lead.patch(`/api/services/${world.service1}/referents/${kept.id}`, { archived: true });
    const again = await lead.put(`/api/participants/${person.id}/care-services`, { version: first.body.version, referringServiceId: world.service1, referentIds: [kept.id] });
    expect(again.status).toBe(200);
    expect(again.body.referents.map((x: { id: string }) => x.id)).toEqual([kept.id]);
  });

  it("answers 409 with the current care services on a stale version, and saves nothing", async () => {
    const person = await newPerson(true);
    const first = await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: world.service1, referentIds: [] });
    expect(first.status).toBe(200);
    const stale = await specialist.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: world.service2, referentIds: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ referringService: { id: world.service1 }, version: person.version + 1 });
    expect((await lead.get(`/api/participants/${person.id}`)).body.referringServiceId).toBe(world.service1);
  });

  it("keeps other programs out (404) and read-only roles from editing (403)", async () => {
    const person = await newPerson(true);
    expect((await outsider.get(`/api/participants/${person.id}/care-services`)).status).toBe(404);
    expect((await outsider.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: null, referentIds: [] })).status).toBe(404);
    await lead.put(`/api/participants/${person.id}/care-services`, { version: person.version, referringServiceId: world.service1, referentIds: [] });
    expect((await clinician.put(`/api/participants/${person.id}/care-services`, { version: person.version + 1, referringServiceId: null, referentIds: [] })).status).toBe(403);
    expect((await specialist.get(`/api/participants/${newId()}/care-services`)).status).toBe(404);
  });
});
