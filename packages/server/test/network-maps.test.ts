import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { insertConsent } from "../src/modules/consents/consents.repository";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let lead: ApiClient;
const clock = fixedClock("2026-10-15T10:00:00Z");

const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);

/** A person of program 1, shared with the care team of service1 and accompanied by the peer. */
const person = async (extra: Record<string, unknown> = {}): Promise<string> => {
  const res = await lead.post("/api/participants", {
    programId: world.program1, firstName: "Réseau", lastName: `Nom${newId().slice(-6)}`, referralDate: "2026-09-01", specialistId: world.users.specialist.id, ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

const sharedPerson = async (): Promise<string> => {
  const id = await person({ peerSupporterId: world.users.peer.id, referringServiceId: world.service1 });
  await insertConsent(t.database.db, { id: newId(), participantId: id, scope: "care_team", details: "", givenOn: "2026-09-02" });
  return id;
};

const ids = { mother: newId(), karim: newId(), gem: newId() };
const threeMembers = () => [
  { id: ids.karim, name: "Karim", kind: "friend", supports: ["companionship", "emotional"], closeness: 1, effect: "helps", note: "Le voit le samedi." },
  { id: ids.gem, name: "GEM La Passerelle", kind: "association", supports: ["companionship"], closeness: 2, effect: "helps" },
  { id: ids.mother, name: "Maman", kind: "family", supports: ["tangible", "emotional"], closeness: 1, effect: "mixed" },
];
const map = (extra: Record<string, unknown> = {}) => ({ drawnOn: "2026-10-14", members: threeMembers(), comment: "Dessinée ensemble.", ...extra });

const audits = async (participantId: string) =>
  t.database.db
    .select({ action: auditLog.action, recordId: auditLog.recordId })
    .from(auditLog)
    .where(and(eq(auditLog.participantId, participantId), eq(auditLog.recordType, "network_map")));

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  lead = await login("team_lead");
});
afterAll(async () => t?.close());

describe("POST /api/participants/:id/network-maps", () => {
  it("saves a snapshot in the map's order, and a timeline event with counts and no name", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/network-maps`, map());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ participantId: id, drawnOn: "2026-10-14", comment: "Dessinée ensemble.", sharedWithCareTeam: false, createdBy: "User specialist" });
    // family, then friends, then associations; supports in the domain's order
    expect(res.body.members.map((m: { name: string }) => m.name)).toEqual(["Maman", "Karim", "GEM La Passerelle"]);
    expect(res.body.members[0]).toEqual({ id: ids.mother, name: "Maman", kind: "family", supports: ["emotional", "tangible"], closeness: 1, effect: "mixed", note: "" });

    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const event = timeline.body.items.find((e: { type: string }) => e.type === "network_map.saved");
    expect(event.data).toEqual({ mapId: res.body.id, drawnOn: "2026-10-14", members: 3, helps: 2, weighs: 0, sharedWithCareTeam: false });
    const text = JSON.stringify(timeline.body);
    for (const word of ["Maman", "Karim", "GEM", "samedi", "ensemble"]) expect(text).not.toContain(word);
    expect(await audits(id)).toContainEqual({ action: "create", recordId: res.body.id });
  });

  it("keeps each snapshot: a second save is a new record, the first one unchanged", async () => {
    const id = await person();
    const first = await specialist.post(`/api/participants/${id}/network-maps`, map({ drawnOn: "2026-06-10" }));
    const changed = threeMembers().map((m) => (m.id === ids.karim ? { ...m, closeness: 3, effect: "weighs" } : m));
    const second = await specialist.post(`/api/participants/${id}/network-maps`, map({ members: changed }));
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const list = await specialist.get(`/api/participants/${id}/network-maps`);
    expect(list.body.items.map((m: { drawnOn: string }) => m.drawnOn)).toEqual(["2026-10-14", "2026-06-10"]);
    expect(list.body.items[1].members.find((m: { id: string }) => m.id === ids.karim)).toMatchObject({ closeness: 1, effect: "helps" });
  });

  it("accepts an empty map (having nobody is worth writing down too)", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/network-maps`, { drawnOn: "2026-10-15", members: [] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ members: [], comment: "", sharedWithCareTeam: false });
  });

  it.each([
    ["tomorrow's date", map({ drawnOn: "2026-10-16" }), "drawnOn", "Cette date est dans le futur."],
    ["a date before 2000", map({ drawnOn: "1999-06-01" }), "drawnOn", "Cette date est antérieure à 2000 : vérifiez-la."],
    ["the same member twice", map({ members: [...threeMembers(), { ...threeMembers()[0], name: "Karim bis" }] }), "members.3.id", "Cette personne figure deux fois sur la carte."],
    [
      "two members of the same name",
      map({ members: [...threeMembers(), { ...threeMembers()[0], id: newId(), name: " karim " }] }),
      "members.3.name",
      "Ce nom figure déjà sur la carte : ajoutez une précision (par exemple « Julie, voisine »).",
    ],
  ])("refuses %s with 422 naming the field, and saves nothing", async (_label, body, path, message) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/network-maps`, body);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toContainEqual({ path, message });
    expect((await specialist.get(`/api/participants/${id}/network-maps`)).body.items).toEqual([]);
  });

  it.each([
    ["an empty name", map({ members: [{ ...threeMembers()[0], name: "   " }] }), "members.0.name", "Champ obligatoire."],
    ["a name of 81 characters", map({ members: [{ ...threeMembers()[0], name: "x".repeat(81) }] }), "members.0.name", "Valeur trop longue ou trop grande."],
    ["closeness 4", map({ members: [{ ...threeMembers()[0], closeness: 4 }] }), "members.0.closeness", "Valeur non autorisée."],
    ["an unknown kind", map({ members: [{ ...threeMembers()[0], kind: "pet" }] }), "members.0.kind", "Valeur non autorisée."],
    ["an unknown support", map({ members: [{ ...threeMembers()[0], supports: ["money"] }] }), "members.0.supports.0", "Valeur non autorisée."],
    ["an unknown effect", map({ members: [{ ...threeMembers()[0], effect: "neutral" }] }), "members.0.effect", "Valeur non autorisée."],
    [
      "61 members",
      map({ members: Array.from({ length: 61 }, (_, i) => ({ ...threeMembers()[0], id: newId(), name: `P${i}` })) }),
      "members",
      "Une carte compte 60 personnes au plus.",
    ],
    ["a comment of 2,001 characters", map({ comment: "x".repeat(2_001) }), "comment", "Valeur trop longue ou trop grande."],
    ["a bad date", map({ drawnOn: "2026-02-30" }), "drawnOn", "Date invalide (format AAAA-MM-JJ)."],
  ])("refuses %s with 400 and a translated message on the field", async (_label, body, path, message) => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/network-maps`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toContainEqual({ path, message });
  });

  it("answers in English", async () => {
    const id = await person();
    const res = await specialist.post(`/api/participants/${id}/network-maps`, map({ drawnOn: "2026-11-01" }), { "accept-language": "en" });
    expect(res.body.error.fields).toContainEqual({ path: "drawnOn", message: "This date is in the future." });
  });
});

describe("GET /api/participants/:id/network-maps and /api/network-maps/:id", () => {
  it("audits the list read, and the single read with the snapshot's id", async () => {
    const id = await person();
    const saved = await specialist.post(`/api/participants/${id}/network-maps`, map());
    expect((await specialist.get(`/api/participants/${id}/network-maps`)).status).toBe(200);
    const one = await specialist.get(`/api/network-maps/${saved.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(saved.body);
    const rows = await audits(id);
    expect(rows).toContainEqual({ action: "read", recordId: id });
    expect(rows).toContainEqual({ action: "read", recordId: saved.body.id });
  });

  it("answers 404 for a snapshot that does not exist", async () => {
    expect((await specialist.get(`/api/network-maps/${newId()}`)).status).toBe(404);
    expect((await specialist.patch(`/api/network-maps/${newId()}`, { sharedWithCareTeam: true })).status).toBe(404);
  });
});

describe("sharing with the care team", () => {
  it("gives a clinician the shared snapshots only; the others do not exist for them", async () => {
    const id = await sharedPerson();
    const privateMap = await specialist.post(`/api/participants/${id}/network-maps`, map({ drawnOn: "2026-06-01" }));
    const sharedMap = await specialist.post(`/api/participants/${id}/network-maps`, map({ sharedWithCareTeam: true }));
    const clinician = await login("clinician");
    const list = await clinician.get(`/api/participants/${id}/network-maps`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([sharedMap.body.id]);
    expect((await clinician.get(`/api/network-maps/${sharedMap.body.id}`)).status).toBe(200);
    expect((await clinician.get(`/api/network-maps/${privateMap.body.id}`)).status).toBe(404);
    // Reading is all they may do.
    expect((await clinician.post(`/api/participants/${id}/network-maps`, map())).status).toBe(403);
    expect((await clinician.patch(`/api/network-maps/${sharedMap.body.id}`, { sharedWithCareTeam: false })).status).toBe(403);
    // The clinician of another service, and any clinician once consent is missing: the person does not exist for them.
    expect((await (await login("clinicianOther")).get(`/api/participants/${id}/network-maps`)).status).toBe(404);
    const noConsent = await person({ referringServiceId: world.service1 });
    const theirs = await specialist.post(`/api/participants/${noConsent}/network-maps`, map({ sharedWithCareTeam: true }));
    expect((await clinician.get(`/api/participants/${noConsent}/network-maps`)).status).toBe(404);
    expect((await clinician.get(`/api/network-maps/${theirs.body.id}`)).status).toBe(404);
  });

  it("shares and stops sharing with a PATCH of the flag only; the same value twice changes nothing", async () => {
    const id = await sharedPerson();
    const saved = await specialist.post(`/api/participants/${id}/network-maps`, map());
    const clinician = await login("clinician");
    const shared = await specialist.patch(`/api/network-maps/${saved.body.id}`, { sharedWithCareTeam: true });
    expect(shared.status).toBe(200);
    expect(shared.body).toEqual({ ...saved.body, sharedWithCareTeam: true });
    expect((await clinician.get(`/api/network-maps/${saved.body.id}`)).status).toBe(200);
    expect((await specialist.patch(`/api/network-maps/${saved.body.id}`, { sharedWithCareTeam: true })).status).toBe(200);
    const unshared = await lead.patch(`/api/network-maps/${saved.body.id}`, { sharedWithCareTeam: false });
    expect(unshared.body.sharedWithCareTeam).toBe(false);
    expect((await clinician.get(`/api/network-maps/${saved.body.id}`)).status).toBe(404);

    // Two real changes on the timeline (shared, then no longer), no name; the repeated request wrote nothing.
    const timeline = await specialist.get(`/api/participants/${id}/timeline`);
    const sharing = timeline.body.items.filter((e: { type: string }) => e.type === "practice.sharing_changed");
    expect(sharing.map((e: { data: unknown }) => e.data)).toEqual([
      { tool: "network_map", recordId: saved.body.id, sharedWithCareTeam: false },
      { tool: "network_map", recordId: saved.body.id, sharedWithCareTeam: true },
    ]);
    expect((await audits(id)).filter((a) => a.action === "update")).toHaveLength(2);
  });

  it.each([
    ["no flag", {}],
    ["a flag that is not a boolean", { sharedWithCareTeam: "yes" }],
    ["members (the content is never edited)", { sharedWithCareTeam: true, members: [] }],
  ])("refuses a PATCH with %s (400)", async (_label, body) => {
    const id = await person();
    const saved = await specialist.post(`/api/participants/${id}/network-maps`, map());
    const res = await specialist.patch(`/api/network-maps/${saved.body.id}`, body);
    expect(res.status).toBe(400);
    expect((await specialist.get(`/api/network-maps/${saved.body.id}`)).body).toEqual(saved.body);
  });
});

describe("who may", () => {
  it("lets the peer work on the map of a person they accompany, not of others (404)", async () => {
    const accompanied = await sharedPerson();
    const other = await person();
    const otherMap = await specialist.post(`/api/participants/${other}/network-maps`, map());
    const peer = await login("peer");
    const saved = await peer.post(`/api/participants/${accompanied}/network-maps`, map());
    expect(saved.status).toBe(201);
    expect((await peer.patch(`/api/network-maps/${saved.body.id}`, { sharedWithCareTeam: true })).status).toBe(200);
    expect((await peer.get(`/api/participants/${other}/network-maps`)).status).toBe(404);
    expect((await peer.post(`/api/participants/${other}/network-maps`, map())).status).toBe(404);
    expect((await peer.get(`/api/network-maps/${otherMap.body.id}`)).status).toBe(404);
  });

  it("answers 404 to another program's member, on every route", async () => {
    const id = await person();
    const saved = await specialist.post(`/api/participants/${id}/network-maps`, map());
    const outsider = await login("otherSpecialist");
    expect((await outsider.get(`/api/participants/${id}/network-maps`)).status).toBe(404);
    expect((await outsider.post(`/api/participants/${id}/network-maps`, map())).status).toBe(404);
    expect((await outsider.get(`/api/network-maps/${saved.body.id}`)).status).toBe(404);
    expect((await outsider.patch(`/api/network-maps/${saved.body.id}`, { sharedWithCareTeam: true })).status).toBe(404);
    expect((await (await login("network")).get(`/api/network-maps/${saved.body.id}`)).status).toBe(404);
  });

  it("answers 401 without a session", async () => {
    const anonymous = new ApiClient(t.baseUrl);
    expect((await anonymous.get(`/api/network-maps/${newId()}`)).status).toBe(401);
  });
});
