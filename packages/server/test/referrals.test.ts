import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { notifications } from "../src/db/schema/index";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

// 10:00 in Paris on 31 March 2026.
const clock = fixedClock("2026-03-31T08:00:00Z");
let t: TestApp;
let world: World;
let clinician: ApiClient;
let clinicianOther: ApiClient;
let lead: ApiClient;
let specialist: ApiClient;
let peer: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
  clinician = await login("clinician");
  clinicianOther = await login("clinicianOther");
  lead = await login("team_lead");
  specialist = await login("specialist");
  peer = await login("peer");
  other = await login("otherSpecialist");
});
afterAll(async () => t?.close());

/** The notifications written about a referral (the notification list itself is another module's). */
const notificationsOf = (referralId: string) =>
  t.database.db.select({ userId: notifications.userId, kind: notifications.kind }).from(notifications).where(eq(notifications.subjectId, referralId)).orderBy(asc(notifications.kind));

const send = async (client: ApiClient, body: Record<string, unknown> = {}) => {
  const res = await client.post("/api/referrals", {
    firstName: "Nora",
    lastName: "Belkacem",
    phone: "06 12 34 56 78",
    reason: "Souhaite reprendre une activité",
    wishInOwnWords: "Je voudrais travailler avec des animaux.",
    consentToShare: true,
    consentDate: "2026-03-20",
    referredOn: "2026-03-24",
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body;
};

describe("sending a referral", () => {
  it("records the clinician's service, notifies the team lead, and shows the clinician their own view", async () => {
    const r = await send(clinician, { serviceId: world.service2 });
    // The clinician refers for their own service, whatever the body says.
    expect(r).toMatchObject({ view: "referrer", status: "pending", serviceId: world.service1, serviceName: "CMP Un", referrerName: "User clinician", decidedOn: null });
    expect(r).not.toHaveProperty("outreach");
    expect(r).not.toHaveProperty("version");
    const team = await lead.get(`/api/referrals/${r.id}`);
    expect(team.body).toMatchObject({ view: "team", version: 1, outreach: [], wishInOwnWords: "Je voudrais travailler avec des animaux.", referrerId: world.users.clinician.id });
    expect(await notificationsOf(r.id)).toEqual([{ userId: world.users.team_lead.id, kind: "referral_received" }]);
  });

  it("needs only a name and a date; consent needs its date", async () => {
    const bare = await clinician.post("/api/referrals", { firstName: "A", lastName: "B", referredOn: "2026-03-24" });
    expect(bare.status).toBe(201);
    expect(bare.body.consentToShare).toBe(false);
    const noDate = await clinician.post("/api/referrals", { firstName: "A", lastName: "B", referredOn: "2026-03-24", consentToShare: true });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.fields[0].path).toBe("consentDate");
    expect((await clinician.post("/api/referrals", { firstName: " ", lastName: "B", referredOn: "2026-03-24" })).status).toBe(400);
  });

  it("lets a team lead send on a clinician's behalf with a service of the register, and refuses another program's", async () => {
    const r = await send(lead, { serviceId: world.service2 });
    expect(r).toMatchObject({ view: "team", serviceId: world.service2, referrerId: world.users.team_lead.id });
    const unknown = await lead.post("/api/referrals", { firstName: "A", lastName: "B", referredOn: "2026-03-24", serviceId: world.program2 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0]).toMatchObject({ path: "serviceId" });
    // The other clinician's service sees the referral sent for it.
    expect((await clinicianOther.get(`/api/referrals/${r.id}`)).body.view).toBe("referrer");
  });

  it("is refused to specialists and peers (403) and to another program (404)", async () => {
    const body = { firstName: "A", lastName: "B", referredOn: "2026-03-24", programId: world.program1 };
    expect((await specialist.post("/api/referrals", body)).status).toBe(403);
    expect((await peer.post("/api/referrals", body)).status).toBe(403);
    expect((await other.post("/api/referrals", body)).status).toBe(404);
  });
});

describe("accepting a referral", () => {
  it("creates the participant with the referring service and consent in one step; the clinician can read them", async () => {
    const r = await send(clinician);
    const accepted = await lead.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialist.id });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: "accepted", decidedOn: "2026-03-31", specialistName: "User specialist", decidedByName: "User lead", version: 2 });
    const participantId = accepted.body.participantId;
    const person = await lead.get(`/api/participants/${participantId}`);
    expect(person.body).toMatchObject({
      firstName: "Nora",
      lastName: "Belkacem",
      referralDate: "2026-03-24",
      referralSource: "care_team",
      referringServiceId: world.service1,
      specialistId: world.users.specialist.id,
      status: "referred",
    });
    const consents = await lead.get(`/api/participants/${participantId}/consents`);
    expect(consents.body.items ?? consents.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: "care_team", givenOn: "2026-03-20", withdrawnOn: null })]),
    );
    const timeline = await lead.get(`/api/participants/${participantId}/timeline`);
    expect(timeline.body.items.map((e: { type: string }) => e.type).sort()).toEqual(["consent.recorded", "participant.created", "referral.accepted"]);
    // The referrer sees the decision, and the person (care-team consent, their service).
    const seen = await clinician.get(`/api/referrals/${r.id}`);
    expect(seen.body).toMatchObject({ view: "referrer", status: "accepted", decidedOn: "2026-03-31", specialistName: "User specialist", participantId });
    expect((await clinician.get(`/api/participants/${participantId}`)).status).toBe(200);
    // Another service's clinician does not.
    expect((await clinicianOther.get(`/api/participants/${participantId}`)).status).toBe(404);
  });

  it("refuses a second decision, a stale version, and a specialist of another program", async () => {
    const r = await send(clinician);
    const stranger = await lead.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.otherSpecialist.id });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.fields[0].path).toBe("specialistId");
    const stale = await lead.patch(`/api/referrals/${r.id}`, { action: "accept", version: 7, specialistId: world.users.specialist.id });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: r.id, version: 1, status: "pending" });
    expect((await lead.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialist.id })).status).toBe(200);
    const again = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 2, reason: "not_wanting_support_now", date: "2026-03-31" });
    expect(again.status).toBe(422);
    expect(again.body.error.fields[0].path).toBe("action");
  });

  it("without consent, the clinician sees the decision but not the person", async () => {
    const r = await send(clinician, { consentToShare: false, consentDate: null });
    const accepted = await lead.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialistB.id });
    expect((await lead.get(`/api/participants/${accepted.body.participantId}/consents`)).body.items ?? []).toEqual([]);
    expect((await clinician.get(`/api/referrals/${r.id}`)).body.status).toBe("accepted");
    expect((await clinician.get(`/api/participants/${accepted.body.participantId}`)).status).toBe(404);
  });
});

describe("declining a referral: only two reasons", () => {
  it("declines when the person does not want support now, with the date and a note", async () => {
    const r = await send(clinician);
    const res = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 1, reason: "not_wanting_support_now", date: "2026-03-28", note: "Rappeler dans 3 mois" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "declined", declineReason: "not_wanting_support_now", decidedOn: "2026-03-28", decisionNote: "Rappeler dans 3 mois", participantId: null });
    const seen = await clinician.get(`/api/referrals/${r.id}`);
    expect(seen.body).toMatchObject({ status: "declined", declineReason: "not_wanting_support_now", decidedOn: "2026-03-28" });
    expect(seen.body).not.toHaveProperty("decisionNote");
  });

  it("declines as unreachable only after two logged outreach attempts", async () => {
    const r = await send(clinician);
    const none = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 1, reason: "unreachable_after_outreach", date: "2026-03-30" });
    expect(none.status).toBe(422);
    expect(none.body.error.fields[0]).toMatchObject({ path: "reason" });
    expect(none.body.error.fields[0].message).toMatch(/deux tentatives/);
    const first = await specialist.post(`/api/referrals/${r.id}/outreach`, { date: "2026-03-25", mode: "phone", note: "Messagerie" });
    expect(first.status).toBe(201);
    expect(first.body.outreach).toEqual([{ date: "2026-03-25", mode: "phone", note: "Messagerie", byName: "User specialist" }]);
    const one = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 2, reason: "unreachable_after_outreach", date: "2026-03-30" });
    expect(one.status).toBe(422);
    expect((await lead.post(`/api/referrals/${r.id}/outreach`, { date: "2026-03-27", mode: "via_care_team" })).status).toBe(201);
    const ok = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 3, reason: "unreachable_after_outreach", date: "2026-03-30" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: "declined", declineReason: "unreachable_after_outreach", decidedOn: "2026-03-30" });
    // Once decided, no more outreach is logged.
    expect((await lead.post(`/api/referrals/${r.id}/outreach`, { date: "2026-03-31", mode: "visit" })).status).toBe(422);
  });

  it("refuses any other reason with a 422 that names the two allowed ones, and saves nothing", async () => {
    const r = await send(clinician);
    for (const reason of ["not_ready", "symptoms", "no_consent", ""]) {
      const res = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 1, reason, date: "2026-03-30" });
      expect(res.status).toBe(422);
      expect(res.body.error.fields[0].path).toBe("reason");
      expect(res.body.error.fields[0].message).toMatch(/deux raisons/);
    }
    const en = await lead.request("PATCH", `/api/referrals/${r.id}`, { action: "decline", version: 1, reason: "not_ready", date: "2026-03-30" }, { "accept-language": "en" });
    expect(en.body.error.fields[0].message).toMatch(/only be closed for one of these two reasons/);
    expect((await lead.get(`/api/referrals/${r.id}`)).body).toMatchObject({ status: "pending", version: 1 });
  });

  it("refuses a decline dated before the referral, an outreach in the future, and an unknown action", async () => {
    const r = await send(clinician);
    const early = await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 1, reason: "not_wanting_support_now", date: "2026-03-01" });
    expect(early.status).toBe(422);
    expect(early.body.error.fields[0].path).toBe("date");
    expect((await lead.post(`/api/referrals/${r.id}/outreach`, { date: "2026-04-02", mode: "phone" })).status).toBe(422);
    expect((await lead.post(`/api/referrals/${r.id}/outreach`, { date: "2026-03-30", mode: "pigeon" })).status).toBe(400);
    expect((await lead.patch(`/api/referrals/${r.id}`, { action: "close", version: 1 })).status).toBe(400);
  });
});

describe("who sees and decides what", () => {
  it("lists pending referrals first for the team, filters by status, and shows a clinician only their own service's", async () => {
    const list = await lead.get("/api/referrals?limit=500");
    expect(list.status).toBe(200);
    const statuses = list.body.items.map((r: { status: string }) => r.status);
    expect(statuses.indexOf("accepted")).toBeGreaterThan(statuses.lastIndexOf("pending"));
    expect(list.body.items.every((r: { view: string }) => r.view === "team")).toBe(true);
    const pending = await specialist.get(`/api/referrals?status=pending&programId=${world.program1}`);
    expect(pending.body.items.every((r: { status: string }) => r.status === "pending")).toBe(true);
    expect(pending.body.total).toBeGreaterThan(0);
    const mine = await clinician.get("/api/referrals?limit=500");
    expect(mine.body.items.every((r: { view: string; serviceId: string }) => r.view === "referrer" && r.serviceId === world.service1)).toBe(true);
    // The other service's clinician sees only the lead's referral sent for service 2.
    const theirs = await clinicianOther.get("/api/referrals");
    expect(theirs.body.items.map((r: { serviceId: string }) => r.serviceId)).toEqual([world.service2]);
  });

  it("hides another service's referral from a clinician (404), refuses peers (403) and another program (404)", async () => {
    const r = await send(clinician);
    expect((await clinicianOther.get(`/api/referrals/${r.id}`)).status).toBe(404);
    expect((await clinicianOther.get("/api/referrals?status=pending")).body.items.some((x: { id: string }) => x.id === r.id)).toBe(false);
    expect((await peer.get(`/api/referrals/${r.id}`)).status).toBe(403);
    expect((await peer.get("/api/referrals")).status).toBe(403);
    expect((await other.get(`/api/referrals/${r.id}`)).status).toBe(404);
    expect((await other.get("/api/referrals")).body.items).toEqual([]);
    expect((await other.get(`/api/referrals?programId=${world.program1}`)).status).toBe(404);
    // Deciding is the team lead's; outreach is the employment team's.
    expect((await specialist.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialist.id })).status).toBe(403);
    expect((await clinician.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialist.id })).status).toBe(403);
    expect((await clinician.post(`/api/referrals/${r.id}/outreach`, { date: "2026-03-30", mode: "phone" })).status).toBe(403);
    expect((await other.patch(`/api/referrals/${r.id}`, { action: "accept", version: 1, specialistId: world.users.specialist.id })).status).toBe(404);
  });

  it("notifies the referrer of the decision", async () => {
    const r = await send(clinician);
    await lead.patch(`/api/referrals/${r.id}`, { action: "decline", version: 1, reason: "not_wanting_support_now", date: "2026-03-31" });
    expect(await notificationsOf(r.id)).toEqual([
      { userId: world.users.clinician.id, kind: "referral_decided" },
      { userId: world.users.team_lead.id, kind: "referral_received" },
    ]);
  });
});
