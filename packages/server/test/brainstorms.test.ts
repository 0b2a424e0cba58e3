import { createHash } from "node:crypto";
import { JOIN_CODE_ALPHABET, brainstormLimits } from "@passerelle/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brainstormGuests, brainstormNotes, events } from "../src/db/schema/index";
import { JOIN_FAILURES_PER_MINUTE } from "../src/modules/brainstorms/brainstorm-services";
import { markEnded } from "../src/modules/brainstorms/brainstorms.repository";
import { fixedClock } from "../src/platform/clock";
import { ApiClient } from "./support/http-client";
import { openSse } from "./support/sse-reader";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

let t: TestApp;
let world: World;
let specialist: ApiClient;
let peer: ApiClient;
const clock = fixedClock("2026-10-15T10:00:00Z");
const anonymous = () => new ApiClient(t.baseUrl);
const login = (who: keyof World["users"]) => new ApiClient(t.baseUrl).login(world.users[who].email, PASSWORD);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const start = async (topic = "Quel serait votre lieu de travail parfait ?", client = specialist) => {
  const res = await client.post("/api/brainstorms", { programId: world.program1, topic });
  expect(res.status).toBe(201);
  return res.body as { id: string; joinCode: string; topic: string; status: string; expiresAt: string };
};
const join = async (code: string) => {
  const res = await anonymous().post(`/api/brainstorms/join/${code}`);
  expect(res.status).toBe(200);
  return res.body as { token: string; brainstormId: string; topic: string };
};
const addAsGuest = (id: string, token: string, text: string) => anonymous().post(`/api/brainstorms/${id}/notes`, { text }, bearer(token));

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  specialist = await login("specialist");
  peer = await login("peer");
});
afterAll(async () => t?.close());

describe("POST /api/brainstorms", () => {
  it("opens a session with a 6-character code for 3 hours, and a program event without the topic", async () => {
    const s = await start("Mon lieu de travail idéal");
    expect(s.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(s).toMatchObject({ status: "open", topic: "Mon lieu de travail idéal", expiresAt: "2026-10-15T13:00:00.000Z" });
    const [event] = await t.database.db.select().from(events).where(eq(events.type, "brainstorm.started"));
    expect(event).toMatchObject({ programId: world.program1, participantId: null, data: { brainstormId: s.id } });
    expect(JSON.stringify(event?.data)).not.toContain("idéal");
  });

  it("refuses an empty or too long topic with a field message, another program (404) and a clinician (403)", async () => {
    const empty = await specialist.post("/api/brainstorms", { programId: world.program1, topic: "  " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ path: "topic", message: "Champ obligatoire." });
    const long = await specialist.post("/api/brainstorms", { programId: world.program1, topic: "x".repeat(201) });
    expect(long.status).toBe(400);
    expect(long.body.error.fields[0].message).toContain("200 caractères");
    expect((await (await login("otherSpecialist")).post("/api/brainstorms", { programId: world.program1, topic: "X" })).status).toBe(404);
    expect((await (await login("clinician")).post("/api/brainstorms", { programId: world.program1, topic: "X" })).status).toBe(403);
    expect((await anonymous().post("/api/brainstorms", { programId: world.program1, topic: "X" })).status).toBe(401);
  });

  it("lists the program's sessions for whoever may lead one (a peer co-leads)", async () => {
    const s = await start("Liste", peer);
    const list = await specialist.get(`/api/brainstorms?programId=${world.program1}`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((i: { id: string }) => i.id === s.id)).toMatchObject({ topic: "Liste", leaderName: "User peer", noteCount: 0, guestCount: 0 });
  });
});

describe("joining with the code", () => {
  it("gives an anonymous token whose hash only is stored; the code's case and spaces do not matter", async () => {
    const s = await start();
    const typed = `${s.joinCode.slice(0, 3).toLowerCase()} ${s.joinCode.slice(3)}`;
    const joined = await join(encodeURIComponent(typed));
    expect(joined).toMatchObject({ brainstormId: s.id, topic: s.topic });
    expect(joined.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.database.db.select().from(brainstormGuests).where(eq(brainstormGuests.brainstormId, s.id));
    expect(rows.map((r) => r.tokenHash)).toEqual([createHash("sha256").update(joined.token).digest("hex")]);
    expect(JSON.stringify(rows)).not.toContain(joined.token);
  });

  it("answers 404 to a wrong, malformed, ended or expired code", async () => {
    const wrong = await anonymous().post("/api/brainstorms/join/ZZZZZ2");
    expect(wrong.status).toBe(404);
    expect((await anonymous().post("/api/brainstorms/join/0OIL1")).status).toBe(404);
    const ended = await start();
    await specialist.post(`/api/brainstorms/${ended.id}/end`);
    expect((await anonymous().post(`/api/brainstorms/join/${ended.joinCode}`)).status).toBe(404);
    const expiring = await start();
    clock.set("2026-10-15T13:00:01Z");
    expect((await anonymous().post(`/api/brainstorms/join/${expiring.joinCode}`)).status).toBe(404);
    // Three hours on, the sign-in session is over too: a fresh one. The list shows the expired session ended.
    const later = await login("specialist");
    const list = await later.get(`/api/brainstorms?programId=${world.program1}`);
    expect(list.body.items.find((i: { id: string }) => i.id === expiring.id)).toMatchObject({ status: "ended", joinCode: "" });
    // A new session ends the expired ones for good (their codes are free again), with an event.
    await start("Après", later);
    const expiredEnd = (await t.database.db.select().from(events).where(eq(events.type, "brainstorm.ended"))).find((e) => (e.data as { brainstormId: string }).brainstormId === expiring.id);
    expect(expiredEnd).toMatchObject({ actorId: null, data: { brainstormId: expiring.id, expired: true } });
    clock.set("2026-10-15T10:00:00Z");
    specialist = await login("specialist");
  });
});

describe("the phone's token", () => {
  it("adds notes to its own session, face down, without any trace of who wrote them", async () => {
    const s = await start();
    const { token } = await join(s.joinCode);
    const res = await addAsGuest(s.id, token, "  Un travail près de chez moi  ");
    expect(res.status).toBe(201);
    expect(res.body.note).toMatchObject({ text: "Un travail près de chez moi", column: "pool", revealed: false });
    // A random id (v4): no creation time inside.
    expect(res.body.note.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const [row] = await t.database.db.select().from(brainstormNotes).where(eq(brainstormNotes.id, res.body.note.id));
    expect(Object.keys(row ?? {}).sort()).toEqual(["brainstormId", "column", "createdAt", "id", "position", "revealed", "text"]);
    const leaderWall = await specialist.get(`/api/brainstorms/${s.id}`);
    expect(leaderWall.body.notes.map((n: { text: string }) => n.text)).toEqual(["Un travail près de chez moi"]);
    expect(leaderWall.body.session.guestCount).toBe(1);
  });

  it("opens nothing else: another session 404, every other route 401, a wrong token 401", async () => {
    const mine = await start();
    const other = await start();
    const { token } = await join(mine.joinCode);
    expect((await addAsGuest(other.id, token, "Ailleurs")).status).toBe(404);
    const stream = await openSse(`${t.baseUrl}/api/brainstorms/${other.id}/events`, bearer(token));
    expect(stream.status).toBe(404);
    const guest = anonymous();
    for (const [method, path, body] of [
      ["GET", `/api/brainstorms/${mine.id}`, undefined],
      ["GET", `/api/brainstorms?programId=${world.program1}`, undefined],
      ["POST", `/api/brainstorms/${mine.id}/shuffle`, {}],
      ["POST", `/api/brainstorms/${mine.id}/reveal-all`, {}],
      ["POST", `/api/brainstorms/${mine.id}/end`, {}],
      ["GET", `/api/brainstorms/${mine.id}/export?format=csv`, undefined],
      ["POST", "/api/brainstorms", { programId: world.program1, topic: "X" }],
      ["GET", "/api/participants", undefined],
      ["GET", "/api/me", undefined],
    ] as const) {
      expect([method, path, (await guest.request(method, path, body, bearer(token))).status]).toEqual([method, path, 401]);
    }
    const notes = await specialist.get(`/api/brainstorms/${mine.id}`);
    expect(notes.body.notes).toEqual([]);
    expect((await addAsGuest(mine.id, "A".repeat(43), "x")).status).toBe(401);
    expect((await anonymous().post(`/api/brainstorms/${mine.id}/notes`, { text: "x" }, { authorization: "Bearer short" })).status).toBe(401);
    expect((await anonymous().post(`/api/brainstorms/${mine.id}/notes`, { text: "x" })).status).toBe(401);
  });

  it("is refused once the session has ended (422), and bounded: 280 characters, 30 notes per phone", async () => {
    const s = await start();
    const { token } = await join(s.joinCode);
    const long = await addAsGuest(s.id, token, "x".repeat(281));
    expect(long.status).toBe(400);
    expect(long.body.error.fields[0]).toMatchObject({ path: "text", message: "Une idée tient sur un post-it : 280 caractères au plus." });
    for (let i = 0; i < brainstormLimits.notesPerGuest; i++) expect((await addAsGuest(s.id, token, `Idée ${i}`)).status).toBe(201);
    const over = await addAsGuest(s.id, token, "Une de trop");
    expect(over.status).toBe(422);
    expect(over.body.error.fields[0]).toMatchObject({ path: "text", message: "Vous avez déjà déposé 30 idées dans cette séance." });
    const ended = await specialist.post(`/api/brainstorms/${s.id}/end`);
    expect(ended.status).toBe(200);
    const after = await addAsGuest(s.id, (await join((await start()).joinCode)).token, "x");
    expect(after.status).toBe(404);
    const closed = await addAsGuest(s.id, token, "Après la fin");
    expect(closed.status).toBe(422);
    expect(closed.body.error.fields[0].message).toBe("Cette séance est terminée : le mur ne change plus.");
  });
});

describe("notes arriving together (saved after they reach the screens)", () => {
  type Wall = { rev: number; notes: { id: string }[] };
  const noteIdsOf = (body: { note?: { id: string } }) => body.note?.id ?? "";

  it("saves every note accepted before an end and counts it; refuses every note after the end started", async () => {
    const s = await start();
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(async () => (await join(s.joinCode)).token));
    const leaderStream = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: specialist.cookie ?? "" });
    await leaderStream.waitFor((e) => e.event === "wall");
    const burst = (round: number) => tokens.flatMap((token, phone) => [0, 1, 2].map((n) => addAsGuest(s.id, token, `Idée ${round}.${phone}.${n}`)));
    const before = burst(1);
    const end = specialist.post(`/api/brainstorms/${s.id}/end`);
    const during = burst(2);
    const answers = await Promise.all([...before, ...during]);
    const ended = await end;
    const after = await addAsGuest(s.id, tokens[0] ?? "", "Après la fin");
    expect(after.status).toBe(422);
    for (const a of answers) expect([201, 422]).toContain(a.status);
    for (const a of answers.filter((x) => x.status === 422)) expect(a.body.error.fields[0].message).toBe("Cette séance est terminée : le mur ne change plus.");
    const accepted = answers.filter((a) => a.status === 201).map((a) => noteIdsOf(a.body)).sort();
    // Saved: the database, the end's final wall and its event hold exactly the accepted notes.
    const saved = await t.database.db.select({ id: brainstormNotes.id }).from(brainstormNotes).where(eq(brainstormNotes.brainstormId, s.id));
    expect(saved.map((r) => r.id).sort()).toEqual(accepted);
    expect((ended.body as Wall).notes.map((n) => n.id).sort()).toEqual(accepted);
    const endEvent = (await t.database.db.select().from(events).where(eq(events.type, "brainstorm.ended"))).find((e) => (e.data as { brainstormId: string }).brainstormId === s.id);
    expect(endEvent?.data).toMatchObject({ notes: accepted.length, guests: 5 });
    const guests = await t.database.db.select({ n: brainstormGuests.notesAdded }).from(brainstormGuests).where(eq(brainstormGuests.brainstormId, s.id));
    expect(guests.reduce((sum, g) => sum + g.n, 0)).toBe(accepted.length);
    // The screens were sent each accepted note once, before the final wall, and no other note.
    await leaderStream.closed;
    const sent = leaderStream.events.filter((e) => e.event === "note.added").map((e) => (e.data as { note: { id: string } }).note.id);
    expect([...sent].sort()).toEqual(accepted);
    expect(leaderStream.events.at(-1)?.event).toBe("wall");
  });

  it("takes back a note the database refused: the request fails and every screen gets the saved wall", async () => {
    const s = await start();
    const { token } = await join(s.joinCode);
    const leaderStream = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: specialist.cookie ?? "" });
    await leaderStream.waitFor((e) => e.event === "wall");
    const kept = await addAsGuest(s.id, token, "Gardée");
    expect(kept.status).toBe(201);
    // Ended behind the hub's back (as a new session ends expired ones): the held facts still say open.
    await markEnded(t.database.db, s.id, new Date("2026-10-15T10:00:00Z"));
    const refused = await addAsGuest(s.id, token, "Refusée");
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].message).toBe("Cette séance est terminée : le mur ne change plus.");
    const sent = await leaderStream.waitFor((e) => e.event === "note.added" && (e.data as { note: { text: string } }).note.text === "Refusée");
    const wall = await leaderStream.waitFor((e) => e.event === "wall" && Number(e.id) > Number(sent.id));
    expect((wall.data as { wall: { notes: { text: string }[] } }).wall.notes.map((n) => n.text)).toEqual(["Gardée"]);
    const saved = await t.database.db.select({ text: brainstormNotes.text }).from(brainstormNotes).where(eq(brainstormNotes.brainstormId, s.id));
    expect(saved.map((r) => r.text)).toEqual(["Gardée"]);
    // The next note reads the session again: refused before it reaches any screen.
    expect((await addAsGuest(s.id, token, "Encore")).status).toBe(422);
    expect(leaderStream.events.some((e) => e.event === "note.added" && (e.data as { note: { text: string } }).note.text === "Encore")).toBe(false);
    leaderStream.close();
  });

  it("holds a phone's cap when its notes arrive together", async () => {
    const s = await start();
    const { token } = await join(s.joinCode);
    for (let i = 0; i < brainstormLimits.notesPerGuest - 2; i++) expect((await addAsGuest(s.id, token, `Idée ${i}`)).status).toBe(201);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => addAsGuest(s.id, token, `Ensemble ${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 201, 422, 422, 422]);
    expect(answers.find((a) => a.status === 422)?.body.error.fields[0].message).toBe("Vous avez déjà déposé 30 idées dans cette séance.");
    const [guest] = await t.database.db.select({ n: brainstormGuests.notesAdded }).from(brainstormGuests).where(eq(brainstormGuests.brainstormId, s.id));
    expect(guest?.n).toBe(brainstormLimits.notesPerGuest);
    expect((await specialist.get(`/api/brainstorms/${s.id}`)).body.notes).toHaveLength(brainstormLimits.notesPerGuest);
  });

  it("sends no wall that misses a note the screens already have: a move waits for the notes before it to be saved", async () => {
    const s = await start();
    const tokens = await Promise.all([1, 2, 3].map(async () => (await join(s.joinCode)).token));
    const phone = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, bearer(tokens[0] ?? ""));
    const leaderStream = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: specialist.cookie ?? "" });
    await Promise.all([phone.waitFor((e) => e.event === "wall"), leaderStream.waitFor((e) => e.event === "wall")]);
    const notes = tokens.flatMap((token, i) => [0, 1, 2, 3].map((n) => addAsGuest(s.id, token, `Idée ${i}.${n}`)));
    const shuffle = specialist.post(`/api/brainstorms/${s.id}/shuffle`);
    const more = tokens.map((token, i) => addAsGuest(s.id, token, `Puis ${i}`));
    const answers = await Promise.all([...notes, ...more]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const shuffled = await shuffle;
    expect(shuffled.status).toBe(200);
    const all = await specialist.post(`/api/brainstorms/${s.id}/reveal-all`);
    await leaderStream.waitFor((e) => e.event === "wall" && (e.data as { wall: Wall }).wall.rev === all.body.rev);
    await phone.waitFor((e) => e.event === "wall" && (e.data as { wall: Wall }).wall.rev === all.body.rev);
    // Every wall a screen got holds every note announced before it (by revision), and the revisions only go up.
    const added = new Map<number, string>();
    let lastRev = 0;
    for (const e of leaderStream.events) {
      const rev = Number(e.id);
      expect(rev).toBeGreaterThanOrEqual(lastRev);
      lastRev = rev;
      if (e.event === "note.added") added.set(rev, (e.data as { note: { id: string } }).note.id);
      if (e.event === "wall") {
        const ids = new Set((e.data as { wall: Wall }).wall.notes.map((n) => n.id));
        for (const [r, id] of added) if (r < rev) expect(ids.has(id)).toBe(true);
      }
    }
    expect(added.size).toBe(answers.length);
    // The phones' face-down count follows the same order: the last wall shows every note, face up.
    expect((phone.events.at(-1)?.data as { wall: { hiddenCount: number; notes: unknown[] } }).wall).toMatchObject({ hiddenCount: 0 });
    expect((phone.events.at(-1)?.data as { wall: { notes: unknown[] } }).wall.notes).toHaveLength(answers.length);
    phone.close();
    leaderStream.close();
  });
});

describe("the leader's wall", () => {
  it("reveals, moves, shuffles, removes and reveals all; every change reaches the phones' streams without hidden texts", async () => {
    const s = await start();
    const { token } = await join(s.joinCode);
    const leaderStream = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: specialist.cookie ?? "" });
    const phone = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, bearer(token));
    expect([leaderStream.status, phone.status]).toEqual([200, 200]);
    await phone.waitFor((e) => e.event === "wall");

    const texts = ["Horaires souples", "Collègues bienveillants", "Salaire élevé"];
    const ids: string[] = [];
    for (const text of texts) ids.push((await addAsGuest(s.id, token, text)).body.note.id);
    const added = await leaderStream.waitFor((e) => e.event === "note.added" && (e.data as { note: { id: string } }).note.id === ids[2]);
    expect((added.data as { note: { text: string } }).note.text).toBe("Salaire élevé");
    await phone.waitFor((e) => e.event === "note.added" && (e.data as { hiddenCount: number }).hiddenCount === 3);
    expect(JSON.stringify(phone.events)).not.toContain("Horaires");

    const reveal = await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[0]}`, { revealed: true });
    expect(reveal.status).toBe(200);
    const revealedWall = await phone.waitFor((e) => e.event === "wall" && (e.data as { wall: { rev: number } }).wall.rev === reveal.body.rev);
    expect(revealedWall.data).toMatchObject({ wall: { hiddenCount: 2, notes: [{ id: ids[0], text: "Horaires souples", column: "pool", revealed: true }] } });
    expect(JSON.stringify(revealedWall.data)).not.toContain("Collègues");

    const moved = await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[1]}`, { column: "dream" });
    expect(moved.body.notes.find((n: { id: string }) => n.id === ids[1])).toMatchObject({ column: "dream", position: 0, revealed: true });
    const moved2 = await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[0]}`, { column: "dream", position: 0 });
    expect(moved2.body.notes.filter((n: { column: string }) => n.column === "dream").map((n: { id: string }) => n.id)).toEqual([ids[0], ids[1]]);
    await phone.waitFor((e) => e.event === "wall" && (e.data as { wall: { rev: number } }).wall.rev === moved2.body.rev);

    const shuffled = await specialist.post(`/api/brainstorms/${s.id}/shuffle`);
    expect(shuffled.status).toBe(200);
    expect(shuffled.body.notes.filter((n: { column: string }) => n.column === "dream").map((n: { id: string }) => n.id)).toEqual([ids[0], ids[1]]);

    expect((await specialist.request("DELETE", `/api/brainstorms/${s.id}/notes/${ids[0]}`)).status).toBe(200);
    expect((await specialist.request("DELETE", `/api/brainstorms/${s.id}/notes/${ids[0]}`)).status).toBe(404);
    const all = await specialist.post(`/api/brainstorms/${s.id}/reveal-all`);
    expect(all.body.notes.every((n: { revealed: boolean }) => n.revealed)).toBe(true);
    const lastWall = await phone.waitFor((e) => e.event === "wall" && (e.data as { wall: { rev: number } }).wall.rev === all.body.rev);
    expect(lastWall.data).toMatchObject({ wall: { hiddenCount: 0 } });

    const bad = await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[1]}`, {});
    expect(bad.status).toBe(400);
    expect((await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[1]}`, { column: "elsewhere" })).status).toBe(400);
    expect((await specialist.patch(`/api/brainstorms/${s.id}/notes/${ids[1]}`, { revealed: false })).status).toBe(400);

    const ended = await specialist.post(`/api/brainstorms/${s.id}/end`);
    expect(ended.body.session).toMatchObject({ status: "ended", joinCode: "" });
    await Promise.all([phone.closed, leaderStream.closed]);
    expect(phone.events.at(-1)?.data).toMatchObject({ wall: { status: "ended" } });
    expect((await specialist.post(`/api/brainstorms/${s.id}/shuffle`)).status).toBe(422);
    // Ending twice changes nothing, and the ended event carries counts only.
    expect((await specialist.post(`/api/brainstorms/${s.id}/end`)).status).toBe(200);
    const ends = (await t.database.db.select().from(events).where(eq(events.type, "brainstorm.ended"))).filter((e) => (e.data as { brainstormId: string }).brainstormId === s.id);
    expect(ends.map((e) => e.data)).toEqual([{ brainstormId: s.id, notes: 2, guests: 1 }]);
    // The stream of an ended session: the final wall, then closed.
    const late = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, bearer(token));
    await late.closed;
    expect(late.events.map((e) => e.event)).toEqual(["wall"]);
  });

  it("tells the leader how many phones joined, live", async () => {
    const s = await start();
    const stream = await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: specialist.cookie ?? "" });
    await join(s.joinCode);
    await join(s.joinCode);
    await stream.waitFor((e) => e.event === "guests" && (e.data as { guestCount: number }).guestCount === 2);
    stream.close();
  });

  it("keeps cookie-authenticated writes behind the same-origin rule", async () => {
    const s = await start();
    const crossSite = await specialist.post(`/api/brainstorms/${s.id}/notes`, { text: "x" }, { "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe("cross_site_request");
    expect((await specialist.post(`/api/brainstorms/${s.id}/shuffle`, {}, { origin: "https://evil.example" })).status).toBe(403);
    expect((await specialist.post(`/api/brainstorms/${s.id}/notes`, { text: "Idée de l'animateur" })).status).toBe(201);
  });

  it("refuses a leader of another program (404) and a clinician (403) on the wall and its stream", async () => {
    const s = await start();
    const outsider = await login("otherSpecialist");
    const clinician = await login("clinician");
    expect((await outsider.get(`/api/brainstorms/${s.id}`)).status).toBe(404);
    expect((await clinician.get(`/api/brainstorms/${s.id}`)).status).toBe(403);
    expect((await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`, { cookie: outsider.cookie ?? "" })).status).toBe(404);
    expect((await openSse(`${t.baseUrl}/api/brainstorms/${s.id}/events`)).status).toBe(401);
  });

  it("exports the wall as CSV (formula-safe) and as a Markdown page", async () => {
    const s = await start("Export");
    const { token } = await join(s.joinCode);
    const a = (await addAsGuest(s.id, token, "=HYPERLINK(\"x\")")).body.note.id;
    await addAsGuest(s.id, token, "Cachée");
    await specialist.patch(`/api/brainstorms/${s.id}/notes/${a}`, { column: "critic" });
    const csv = await specialist.get(`/api/brainstorms/${s.id}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body).toContain("Colonne;Ordre;Idée;Lue");
    expect(csv.body).toContain("(esprit) critique;1;");
    expect(csv.body).not.toMatch(/;=HYPERLINK/);
    const md = await specialist.get(`/api/brainstorms/${s.id}/export?format=md&lang=en`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(md.body).toContain("# Export");
    expect(md.body).toContain("## Critic");
    expect(md.body).toContain("Cachée (not read yet)");
  });
});

describe("guessing codes", () => {
  it(`allows ${JOIN_FAILURES_PER_MINUTE} wrong codes a minute per address, then 429 even for a right code`, async () => {
    // Later than every wrong code of the tests above (one was tried at 13:00:01): a fresh window.
    clock.set("2026-10-15T13:02:00Z");
    const s = await start("Devinette", await login("specialist"));
    for (let i = 0; i < JOIN_FAILURES_PER_MINUTE; i++) expect((await anonymous().post("/api/brainstorms/join/ZZZZZ3")).status).toBe(404);
    const limited = await anonymous().post(`/api/brainstorms/join/${s.joinCode}`);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("rate_limited");
    clock.set("2026-10-15T13:03:01Z");
    expect((await anonymous().post(`/api/brainstorms/join/${s.joinCode}`)).status).toBe(200);
  });
});
