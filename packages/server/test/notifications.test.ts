import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/platform/clock";
import { newId } from "../src/platform/ids";
import { insertNotifications } from "../src/modules/notifications/notifications.repository";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

const clock = fixedClock("2026-03-10T09:00:00Z");
let t: TestApp;
let world: World;
let specialist: ApiClient;
let specialistB: ApiClient;
let lead: ApiClient;
let clinician: ApiClient;
let peer: ApiClient;

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  const login = (u: { email: string }) => new ApiClient(t.baseUrl).login(u.email, PASSWORD);
  specialist = await login(world.users.specialist);
  specialistB = await login(world.users.specialistB);
  lead = await login(world.users.team_lead);
  clinician = await login(world.users.clinician);
  peer = await login(world.users.peer);
});
afterAll(async () => t?.close());

const sharedPerson = async (lastName: string) => {
  const res = await specialist.post("/api/participants", {
    programId: world.program1, firstName: "Hugo", lastName, referralDate: "2026-01-05", referringServiceId: world.service1, peerSupporterId: world.users.peer.id,
  });
  const consent = await specialist.post(`/api/participants/${res.body.id}/consents`, { scope: "care_team", details: "", givenOn: "2026-01-06" });
  return { id: res.body.id as string, consentId: consent.body.id as string };
};

const mention = (personId: string, userIds: string[], author = specialist) =>
  author.post(`/api/participants/${personId}/notes`, { body: "Peux-tu regarder ?", sharedWithCareTeam: true, mentionedUserIds: userIds });

describe("notifications", () => {
  it("notifies a mentioned colleague, with the author, the person and a link to the notes", async () => {
    const person = await sharedPerson("Mention");
    const note = await mention(person.id, [world.users.specialistB.id]);
    const res = await specialistB.get("/api/notifications");
    expect(res.status).toBe(200);
    expect(res.body.unread).toBe(1);
    expect(res.body.items).toEqual([
      {
        id: expect.any(String), kind: "mention", actorName: "User specialist", participant: { id: person.id, name: "Hugo Mention" },
        subjectId: note.body.id, createdAt: "2026-03-10T09:00:00.000Z", readAt: null, link: `/participants/${person.id}/notes`,
      },
    ]);
    // The author is not notified of their own note, and others get nothing.
    expect((await specialist.get("/api/notifications")).body).toEqual({ items: [], unread: 0 });
    expect((await lead.get("/api/notifications")).body.unread).toBe(0);
  });

  it("does not notify the author who mentions themself", async () => {
    const person = await sharedPerson("Soi");
    expect((await mention(person.id, [world.users.team_lead.id], lead)).status).toBe(201);
    expect((await lead.get("/api/notifications")).body.unread).toBe(0);
  });

  it("marks one read, then all read; someone else's notification is 404 and stays unread", async () => {
    const person = await sharedPerson("Lecture");
    await mention(person.id, [world.users.peer.id, world.users.team_lead.id]);
    await mention(person.id, [world.users.peer.id]);
    const list = await peer.get("/api/notifications");
    expect(list.body.unread).toBe(2);
    const [newest, oldest] = list.body.items;

    expect((await lead.post(`/api/notifications/${newest.id}/read`)).status).toBe(404);
    expect((await peer.post(`/api/notifications/${newId()}/read`)).status).toBe(404);
    expect((await peer.post("/api/notifications/nope/read")).status).toBe(400);

    expect((await peer.post(`/api/notifications/${oldest.id}/read`)).status).toBe(204);
    expect((await peer.post(`/api/notifications/${oldest.id}/read`)).status).toBe(204);
    const after = await peer.get("/api/notifications");
    expect(after.body.unread).toBe(1);
    expect(after.body.items.find((n: { id: string }) => n.id === oldest.id).readAt).toBe("2026-03-10T09:00:00.000Z");

    expect((await peer.post("/api/notifications/read-all")).status).toBe(204);
    expect((await peer.get("/api/notifications")).body.unread).toBe(0);
    // The team lead's own mention is untouched by the peer's "all read".
    expect((await lead.get("/api/notifications")).body.unread).toBe(1);
  });

  it("shows no name once the user may no longer see the person", async () => {
    const person = await sharedPerson("Retrait");
    await mention(person.id, [world.users.clinician.id]);
    const before = (await clinician.get("/api/notifications")).body.items[0];
    expect(before.participant).toEqual({ id: person.id, name: "Hugo Retrait" });
    await specialist.post(`/api/participants/${person.id}/consents/${person.consentId}/withdraw`, { withdrawnOn: "2026-03-10" });
    const after = await clinician.get("/api/notifications");
    expect(after.body.items[0]).toMatchObject({ id: before.id, participant: null, link: "/notifications" });
    expect(JSON.stringify(after.body)).not.toContain("Retrait");
  });

  it("lists the newest 50 and counts every unread one", async () => {
    const user = world.users.specialistB;
    await specialistB.post("/api/notifications/read-all");
    const base = Date.parse("2026-03-11T08:00:00Z");
    for (let i = 0; i < 55; i++) {
      await insertNotifications(t.database.db, [{ userId: user.id, programId: world.program1, kind: "referral_received", actorId: world.users.team_lead.id }], new Date(base + i * 60_000));
    }
    const res = await specialistB.get("/api/notifications");
    expect(res.body.unread).toBe(55);
    expect(res.body.items).toHaveLength(50);
    expect(res.body.items[0]).toMatchObject({ kind: "referral_received", participant: null, link: "/referrals", createdAt: "2026-03-11T08:54:00.000Z" });
  });

  it("asks for a session", async () => {
    const anonymous = new ApiClient(t.baseUrl);
    expect((await anonymous.get("/api/notifications")).status).toBe(401);
    expect((await anonymous.post("/api/notifications/read-all")).status).toBe(401);
  });
});
