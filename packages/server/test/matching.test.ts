import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "../src/db/schema/index";
import { newId } from "../src/platform/ids";
import { insertParticipant, searchNameOf } from "../src/modules/participants/participants.repository";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let clinician: ApiClient;
let other: ApiClient;
let employerId: string;
let camille: string;
let noProfile: string;
let bob: string;

const commune = (inseeCode: string, name: string) => ({ kind: "commune", inseeCode, name });
const LYON = commune("69123", "Lyon");
const VILLEURBANNE = commune("69266", "Villeurbanne"); // Métropole de Lyon, like Lyon
const VILLEFRANCHE = commune("69264", "Villefranche-sur-Saône"); // Rhône, another EPCI
const SAINT_ETIENNE = commune("42218", "Saint-Étienne"); // Loire

const newPerson = async (firstName: string, specialistId: string) => {
  const res = await specialist.post("/api/participants", { programId: world.program1, firstName, lastName: "Test", referralDate: "2026-09-01", specialistId });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const saveProfile = async (id: string, preferences: Record<string, unknown>) => {
  const res = await specialist.put(`/api/participants/${id}/profile`, { version: 0, data: { preferences } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const newOpening = async (body: Record<string, unknown>) => {
  const res = await specialist.post("/api/openings", { employerId, source: "job_development", ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  world = await seedWorld(t.database);
  specialist = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
  specialistB = await new ApiClient(t.baseUrl).login(world.users.specialistB.email, PASSWORD);
  clinician = await new ApiClient(t.baseUrl).login(world.users.clinician.email, PASSWORD);
  other = await new ApiClient(t.baseUrl).login(world.users.otherSpecialist.email, PASSWORD);
  employerId = (await specialist.post("/api/employers", { name: "Brasserie des Halles" })).body.id;

  camille = await newPerson("Camille", world.users.specialist.id);
  await saveProfile(camille, {
    jobTypes: ["serveuse"],
    places: [{ name: "Lyon 3e", inseeCode: "69383" }],
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 30,
    schedule: ["weekday_daytime"],
    environment: "calme, en équipe",
  });
  bob = await newPerson("Bob", world.users.specialistB.id);
  await saveProfile(bob, { jobTypes: ["jardinier"], places: [{ name: "Saint-Étienne", inseeCode: "42218" }] });
  noProfile = await newPerson("Dominique", world.users.specialistB.id);
  // A closed record is never proposed.
  await insertParticipant(t.database.db, {
    id: newId(), programId: world.program1, firstName: "Closed", lastName: "Person", searchName: searchNameOf("Closed", "Person"), referralDate: "2026-01-01", status: "closed",
  });

  ids.same = await newOpening({ title: "Serveur en salle", place: LYON, hoursPerWeek: 24, schedule: ["mornings"], environment: ["team"] });
  ids.epci = await newOpening({ title: "Serveur", place: VILLEURBANNE, hoursPerWeek: 24 });
  ids.department = await newOpening({ title: "Serveur", place: VILLEFRANCHE, hoursPerWeek: 24 });
  ids.elsewhere = await newOpening({ title: "Serveur", place: SAINT_ETIENNE, hoursPerWeek: 35, schedule: ["weekends"], environment: ["busy"] });
  ids.gardener = await newOpening({ title: "Jardinier", occupationCode: "A12", place: SAINT_ETIENNE });
  ids.filled = await newOpening({ title: "Serveur", place: LYON, hoursPerWeek: 24 });
  expect((await specialist.patch(`/api/openings/${ids.filled}`, { version: 1, status: "filled" })).status).toBe(200);
});
afterAll(async () => t?.close());

type Reason = { criterion: string; verdict: string; missing: string | null; detail: Record<string, unknown> };
type Item = { score: number; coverage: number; reasons: Reason[]; opening: { id: string; employerName: string } };
const reason = (item: { reasons: Reason[] }, criterion: string) => item.reasons.find((r) => r.criterion === criterion);

describe("matches for a person", () => {
  it("ranks the program's open openings by fit: same commune, then same EPCI, then same department, then elsewhere", async () => {
    const res = await specialist.get(`/api/participants/${camille}/matches`);
    expect(res.status).toBe(200);
    expect(res.body.profileVersion).toBe(1);
    const items = res.body.items as Item[];
    expect(items.map((i) => i.opening.id)).toEqual([ids.same, ids.epci, ids.department, ids.elsewhere, ids.gardener]);
    const [same, epci, department] = items;
    expect(same).toMatchObject({ score: 100, coverage: 100, opening: { employerName: "Brasserie des Halles" } });
    expect(reason(same, "place")).toMatchObject({ verdict: "agrees", detail: { level: "same_commune", nearestPlace: "Lyon 3e" } });
    expect(reason(same, "job_type")).toMatchObject({ verdict: "agrees", detail: { matched: ["serveuse"] } });
    expect(reason(same, "environment")).toMatchObject({ verdict: "agrees", detail: { agreeing: ["team"] } });
    expect(reason(epci, "place")).toMatchObject({ verdict: "agrees", detail: { level: "same_epci" } });
    expect(reason(epci, "schedule")).toMatchObject({ verdict: "unknown", missing: "opening" });
    expect(reason(department, "place")).toMatchObject({ verdict: "agrees", detail: { level: "same_department" } });
    const elsewhere = items.find((i) => i.opening.id === ids.elsewhere);
    expect(elsewhere && reason(elsewhere, "place")).toMatchObject({ verdict: "differs", detail: { level: "other_department" } });
    expect(elsewhere && reason(elsewhere, "hours")).toMatchObject({ verdict: "differs", detail: { preferredMin: 20, preferredMax: 30, offered: 35 } });
    expect(elsewhere && reason(elsewhere, "schedule")).toMatchObject({ verdict: "differs", detail: { outside: ["weekends"] } });
    expect(elsewhere && reason(elsewhere, "environment")).toMatchObject({ verdict: "differs", detail: { conflicting: ["busy"] } });
  });

  it("follows the profile: a new version changes the ranking; limit and minScore apply", async () => {
    const res = await specialist.get(`/api/participants/${bob}/matches?limit=1`);
    expect(res.body.items.map((i: Item) => i.opening.id)).toEqual([ids.gardener]);
    const strict = await specialist.get(`/api/participants/${camille}/matches?minScore=90`);
    expect(strict.body.items.map((i: Item) => i.opening.id)).toEqual([ids.same, ids.epci]);
    expect((await specialist.get(`/api/participants/${camille}/matches?limit=0`)).status).toBe(400);
  });

  it("sees openings added, corrected and closed since the last read", async () => {
    const ids = async () => (await specialist.get(`/api/participants/${bob}/matches`)).body.items.map((i: Item) => i.opening.id) as string[];
    const before = await ids();
    const added = await newOpening({ title: "Jardinier", place: SAINT_ETIENNE });
    const withAdded = await ids();
    expect(withAdded).toHaveLength(before.length + 1);
    expect(withAdded.slice(0, 2)).toContain(added); // a gardener's job in the commune Bob named: among the best
    const corrected = await specialist.patch(`/api/openings/${added}`, { version: 1, title: "Comptable" });
    expect(corrected.status).toBe(200);
    const afterCorrection = (await specialist.get(`/api/participants/${bob}/matches`)).body.items as Item[];
    const correctedItem = afterCorrection.find((i) => i.opening.id === added);
    expect(correctedItem && reason(correctedItem, "job_type")?.verdict).toBe("differs");
    expect((await specialist.patch(`/api/openings/${added}`, { version: 2, status: "closed" })).status).toBe(200);
    expect(await ids()).toEqual(before);
  });

  it("lists every open opening as unknown when there is no profile yet", async () => {
    const res = await specialist.get(`/api/participants/${noProfile}/matches`);
    expect(res.body.profileVersion).toBe(0);
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items.every((i: Item) => i.score === 0 && reason(i, "job_type")?.missing === "preference")).toBe(true);
  });

  it("answers each opening's whole record as its own page does, also when the openings changed since the last read", async () => {
    const sameAsPage = async () => {
      const items = (await specialist.get(`/api/participants/${camille}/matches`)).body.items as Item[];
      expect(items.length).toBeGreaterThan(1);
      for (const item of items) expect(JSON.stringify(item.opening)).toBe(JSON.stringify((await specialist.get(`/api/openings/${item.opening.id}`)).body));
    };
    await sameAsPage(); // the openings kept in memory, the records read with the access history's row
    // A new version: the fingerprint read with the records is not the kept one, so the openings are read again.
    expect((await specialist.patch(`/api/openings/${ids.epci}`, { version: 1, requirements: "Permis B" })).status).toBe(200);
    await sameAsPage();
  });

  it("is audited in the person's access history, and needs both the record and job development", async () => {
    await specialistB.get(`/api/participants/${camille}/matches`);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.participantId, camille), eq(auditLog.action, "read_matches"), eq(auditLog.userId, world.users.specialistB.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0].recordType).toBe("career_profile");
    expect((await clinician.get(`/api/participants/${camille}/matches`)).status).toBe(404); // no care-team consent: not visible at all
    expect((await other.get(`/api/participants/${camille}/matches`)).status).toBe(404);
  });
});

describe("matches for an opening", () => {
  it("lists the program's active people it fits, best first, with why and who follows them", async () => {
    const res = await specialist.get(`/api/openings/${ids.same}/matches`);
    expect(res.status).toBe(200);
    const items = res.body.items as (Item & { participantId: string; participantName: string; specialistName: string | null; status: string })[];
    expect(items.map((i) => i.participantId)).toEqual(expect.arrayContaining([camille, bob, noProfile]));
    expect(items).toHaveLength(3); // the closed record is left out
    expect(items[0]).toMatchObject({ participantId: camille, participantName: "Camille Test", score: 100, specialistId: world.users.specialist.id, specialistName: "User specialist", status: "referred" });
    expect(reason(items[0], "place")).toMatchObject({ verdict: "agrees", detail: { level: "same_commune" } });
    const forBob = items.find((i) => i.participantId === bob);
    expect(forBob && reason(forBob, "job_type")).toMatchObject({ verdict: "differs", detail: { preferred: ["jardinier"], matched: [] } });
  });

  it("narrows to the reader's own people with mine=true, and audits each listed person", async () => {
    const mine = await specialistB.get(`/api/openings/${ids.gardener}/matches?mine=true`);
    expect(mine.body.items.map((i: { participantId: string }) => i.participantId).sort()).toEqual([bob, noProfile].sort());
    expect(mine.body.items[0]).toMatchObject({ participantId: bob, score: 100 });
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "read_matches"), eq(auditLog.recordId, ids.gardener), eq(auditLog.userId, world.users.specialistB.id)));
    expect(rows.map((r) => r.participantId).sort((a, b) => String(a).localeCompare(String(b)))).toEqual([bob, noProfile, null].sort((a, b) => String(a).localeCompare(String(b))));
  });

  it("answers 404 to another program and 403 to roles without job development", async () => {
    expect((await other.get(`/api/openings/${ids.same}/matches`)).status).toBe(404);
    expect((await clinician.get(`/api/openings/${ids.same}/matches`)).status).toBe(403);
  });
});
