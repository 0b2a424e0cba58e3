import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

describe("first run", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it("asks for setup, creates the first program and its administrator, then refuses a second setup", async () => {
    const client = new ApiClient(t.baseUrl);
    expect((await client.get("/api/setup")).body).toEqual({ needed: true });
    expect((await client.get("/api/me")).status).toBe(401);
    const weak = await client.post("/api/setup", { programName: "IPS Lyon", country: "FR", adminName: "Ada", email: "ada@example.org", password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].path).toBe("password");
    const res = await client.post("/api/setup", { programName: "IPS Lyon", country: "FR", adminName: "Ada", email: "Ada@Example.org", password: "a long enough passphrase" });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: "ada@example.org", isAdmin: true });
    expect(res.body.memberships[0]).toMatchObject({ programName: "IPS Lyon", role: "admin" });
    expect((await client.get("/api/me")).status).toBe(200);
    expect((await client.get("/api/setup")).body).toEqual({ needed: false });
    const again = await new ApiClient(t.baseUrl).post("/api/setup", { programName: "X", adminName: "Eve", email: "eve@example.org", password: "another long passphrase" });
    expect(again.status).toBe(409);
  });
});

describe("sign in", () => {
  let t: TestApp;
  let world: World;
  const clock = fixedClock("2026-11-23T09:00:00Z");
  beforeAll(async () => {
    t = await startTestApp(clock);
    world = await seedWorld(t.database);
  });
  afterAll(async () => t?.close());

  it("signs in with an httpOnly SameSite=Lax session cookie, and signs out", async () => {
    const client = new ApiClient(t.baseUrl);
    const res = await client.post("/api/auth/login", { email: world.users.specialist.email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.get("/api/me");
    expect(me.body.memberships).toEqual([{ programId: world.program1, programName: "Programme Un", role: "specialist", serviceId: null }]);
    const saved = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(204);
    const replay = new ApiClient(t.baseUrl);
    replay.cookie = saved;
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("marks the cookie Secure behind an HTTPS proxy", async () => {
    const secure = await startTestApp(clock, { trustProxy: true });
    try {
      const w = await seedWorld(secure.database);
      const client = new ApiClient(secure.baseUrl);
      const viaHttps = await client.post("/api/auth/login", { email: w.users.peer.email, password: PASSWORD }, { "x-forwarded-proto": "https" });
      expect(viaHttps.headers.get("set-cookie")).toMatch(/; Secure/);
      const viaHttp = await client.post("/api/auth/login", { email: w.users.peer.email, password: PASSWORD });
      expect(viaHttp.headers.get("set-cookie")).not.toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it("locks an account after 5 wrong passwords, for 15 minutes", async () => {
    const client = new ApiClient(t.baseUrl, { "x-test": "lockout" });
    for (let i = 0; i < 4; i++) {
      expect((await client.post("/api/auth/login", { email: world.users.peer.email, password: "wrong" })).status).toBe(401);
    }
    const fifth = await client.post("/api/auth/login", { email: world.users.peer.email, password: "wrong" });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe("locked_out");
    expect((await client.post("/api/auth/login", { email: world.users.peer.email, password: PASSWORD })).status).toBe(429);
    clock.set("2026-11-23T09:16:00Z");
    expect((await client.post("/api/auth/login", { email: world.users.peer.email, password: PASSWORD })).status).toBe(200);
  });

  it("rate-limits failed sign-ins per address, whatever the account", async () => {
    clock.set("2026-11-23T12:00:00Z");
    const client = new ApiClient(t.baseUrl);
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await client.post("/api/auth/login", { email: `nobody${i}@example.org`, password: "x" })).status;
    expect(last).toBe(429);
    expect((await client.post("/api/auth/login", { email: world.users.clinician.email, password: PASSWORD })).status).toBe(429);
    clock.set("2026-11-23T12:20:00Z");
    expect((await client.post("/api/auth/login", { email: world.users.clinician.email, password: PASSWORD })).status).toBe(200);
  });

  it("changes the password and signs out the other sessions", async () => {
    clock.set("2026-11-23T13:00:00Z");
    const tab1 = await new ApiClient(t.baseUrl).login(world.users.specialistB.email, PASSWORD);
    const tab2 = await new ApiClient(t.baseUrl).login(world.users.specialistB.email, PASSWORD);
    expect((await tab2.get("/api/me")).status).toBe(200); // resolved once: now in the session cache
    const wrong = await tab1.post("/api/auth/password", { currentPassword: "nope", newPassword: "a brand new passphrase" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe("currentPassword");
    expect((await tab1.post("/api/auth/password", { currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).status).toBe(204);
    expect((await tab1.get("/api/me")).status).toBe(200);
    expect((await tab2.get("/api/me")).status).toBe(401);
    expect((await new ApiClient(t.baseUrl).post("/api/auth/login", { email: world.users.specialistB.email, password: PASSWORD })).status).toBe(401);
  });

  it("ends idle sessions", async () => {
    clock.set("2026-11-23T14:00:00Z");
    const client = await new ApiClient(t.baseUrl).login(world.users.team_lead.email, PASSWORD);
    clock.set("2026-11-23T16:01:00Z");
    expect((await client.get("/api/me")).status).toBe(401);
  });

  it("refuses cross-site writes (Origin and Fetch-Metadata)", async () => {
    clock.set("2026-11-23T17:00:00Z");
    const client = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
    const body = { firstName: "A", lastName: "B", referralDate: "2026-10-01" };
    const evil = await client.request("POST", "/api/participants", body, { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe("cross_site_request");
    expect((await client.request("POST", "/api/participants", body, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    const same = await client.request("POST", "/api/participants", body, { origin: t.baseUrl, "sec-fetch-site": "same-origin" });
    expect(same.status).toBe(201);
  });

  it("lets a user choose the interface language", async () => {
    const c = await new ApiClient(t.baseUrl).login(world.users.specialist.email, PASSWORD);
    const res = await c.patch("/api/me", { locale: "en" });
    expect(res.body.user.locale).toBe("en");
    // Error messages follow the account's language when the request names none.
    const anonymousLanguage = await c.request("POST", "/api/participants", {}, { "accept-language": "" });
    expect(anonymousLanguage.body.error.message).toBe("Some information is invalid.");
    expect((await c.patch("/api/me", { locale: "de" })).status).toBe(400);
  });
});

describe("administration", () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t.database);
  });
  afterAll(async () => t?.close());

  it("creates users with roles in programs; refuses duplicates and unknown programs", async () => {
    const admin = await new ApiClient(t.baseUrl).login(world.users.admin.email, PASSWORD);
    const created = await admin.post("/api/users", { email: "new@example.org", name: "Nouvelle", password: "a long enough passphrase", memberships: [{ programId: world.program2, role: "team_lead" }] });
    expect(created.status).toBe(201);
    expect(created.body.memberships).toEqual([{ programId: world.program2, programName: "Programme Deux", role: "team_lead", serviceId: null }]);
    expect((await admin.post("/api/users", { email: "new@example.org", name: "Bis", password: "a long enough passphrase" })).status).toBe(409);
    const unknown = await admin.post("/api/users", { email: "x@example.org", name: "X", password: "a long enough passphrase", memberships: [{ programId: "01a20801-0531-7eb2-87e3-7a45ea4670ba", role: "peer" }] });
    expect(unknown.status).toBe(400);
    const updated = await admin.put(`/api/users/${created.body.id}/memberships`, { memberships: [{ programId: world.program1, role: "specialist" }, { programId: world.program2, role: "team_lead" }] });
    expect(updated.body.memberships).toHaveLength(2);
    const newbie = await new ApiClient(t.baseUrl).login("new@example.org", "a long enough passphrase");
    expect((await newbie.get("/api/programs")).body.items).toHaveLength(2);
    const program = await admin.post("/api/programs", { name: "Troisième", country: "FR" });
    expect(program.status).toBe(201);
    expect((await newbie.post("/api/programs", { name: "Non", country: "FR" })).status).toBe(403);
  });

  it("puts a clinician in one partner service of the program, and refuses a service for any other role", async () => {
    const admin = await new ApiClient(t.baseUrl).login(world.users.admin.email, PASSWORD);
    const body = { name: "Soignante", password: "a long enough passphrase" };
    const created = await admin.post("/api/users", { ...body, email: "cmp@example.org", memberships: [{ programId: world.program1, role: "clinician", serviceId: world.service1 }] });
    expect(created.status).toBe(201);
    expect(created.body.memberships[0].serviceId).toBe(world.service1);
    const wrongRole = await admin.post("/api/users", { ...body, email: "s@example.org", memberships: [{ programId: world.program1, role: "specialist", serviceId: world.service1 }] });
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.error.fields[0].path).toBe("memberships.0.serviceId");
    const otherProgram = await admin.post("/api/users", { ...body, email: "o@example.org", memberships: [{ programId: world.program2, role: "clinician", serviceId: world.service1 }] });
    expect(otherProgram.status).toBe(400);
  });

  it("lets a program administrator manage roles only in the programs they administer", async () => {
    const programAdmin = await new ApiClient(t.baseUrl).login(world.users.programAdmin.email, PASSWORD);
    const body = { email: "pa-made@example.org", name: "PA", password: "a long enough passphrase" };
    expect((await programAdmin.post("/api/users", { ...body, memberships: [{ programId: world.program2, role: "peer" }] })).status).toBe(403);
    expect((await programAdmin.post("/api/users", { ...body, isAdmin: true })).status).toBe(403);
    const created = await programAdmin.post("/api/users", { ...body, memberships: [{ programId: world.program1, role: "peer" }] });
    expect(created.status).toBe(201);
    const other = world.users.otherSpecialist.id;
    const res = await programAdmin.put(`/api/users/${other}/memberships`, { memberships: [{ programId: world.program1, role: "clinician" }] });
    expect(res.status).toBe(200);
    expect(res.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual(["clinician", "specialist"]);
  });
});
