import { type OutcomesQuery, computeOutcomesReport } from "@passerelle/domain";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseloadEpisodes, employerContacts, employers, jobs, outcomeDataVersions, participants, programs } from "../src/db/schema/index";
import { readOutcomeRecords } from "../src/modules/outcomes/outcomes.repository";
import { readOutcomes, reportRange } from "../src/modules/outcomes/read-outcomes";
import { insertProgram } from "../src/modules/programs/programs.repository";
import { fixedClock } from "../src/platform/clock";
import type { Database } from "../src/platform/db";
import { newId } from "../src/platform/ids";
import type { Actor } from "../src/platform/journal";
import { ApiClient } from "./support/http-client";
import { startTestApp, type TestApp } from "./support/test-app";
import { PASSWORD, seedWorld, type World } from "./support/world";

/**
 * ADR 0011: a report joins each program's people (their episodes and jobs) indexed for the period and adds up each
 * program's trend counts, both kept with the program's outcome data version; every write they read moves that
 * version (migration 0013's triggers), and the program is read again. Each case below reads the report twice (so
 * both are kept), writes, and checks the next report (figures and trends) against the one computed from scratch
 * (the domain over every record of the 8 quarters), and that the write changed it.
 */
const clock = fixedClock("2026-04-15T09:00:00Z");
const period = { from: "2026-01-01", to: "2026-03-31" };
let t: TestApp;
let world: World;
let program3: string;
let program4: string;
const as = new Map<string, ApiClient>();
const client = (who: keyof World["users"]) => as.get(who)!;

const people = { a: newId(), b: newId(), c: newId(), d: newId(), e: newId() };
const job = { a: newId(), b: newId(), c: newId(), d: newId(), e: newId() };
const employer = newId();

const seed = async () => {
  const db = t.database.db;
  program3 = (await insertProgram(db, { id: newId(), name: "Programme Trois", country: "FR" })).id;
  program4 = (await insertProgram(db, { id: newId(), name: "Programme Quatre", country: "FR" })).id;
  const S = world.users.specialist.id;
  const B = world.users.specialistB.id;
  const O = world.users.otherSpecialist.id;
  const person = (id: string, programId: string, specialistId: string, referralDate: string) => ({
    id, programId, firstName: "Prénom", lastName: "Nom", searchName: "prénom nom", referralDate, specialistId, status: "engaged",
  });
  await db.insert(participants).values([
    person(people.a, world.program1, S, "2025-06-01"), person(people.b, world.program1, B, "2025-10-01"),
    person(people.c, world.program2, O, "2025-07-01"), person(people.d, program3, S, "2025-05-01"), person(people.e, program4, S, "2025-04-01"),
  ]);
  await db.insert(caseloadEpisodes).values([
    { id: newId(), participantId: people.a, programId: world.program1, openedOn: "2025-06-01" },
    { id: newId(), participantId: people.b, programId: world.program1, openedOn: "2025-10-01" },
    { id: newId(), participantId: people.c, programId: world.program2, openedOn: "2025-07-01" },
    { id: newId(), participantId: people.d, programId: program3, openedOn: "2025-05-01" },
    { id: newId(), participantId: people.e, programId: program4, openedOn: "2025-04-01" },
  ]);
  await db.insert(employers).values({ id: employer, programId: world.program1, name: "Boulangerie", searchName: "boulangerie" });
  const row = (id: string, programId: string, participantId: string, startDate: string, rest: Partial<typeof jobs.$inferInsert> = {}) => ({
    id, programId, participantId, title: "Poste", employerName: "Boulangerie", startDate, contract: "cdi", disclosure: { level: "none" },
    hoursPerWeek: 20, hourlyGrossWage: 15, ...rest,
  });
  await db.insert(jobs).values([
    row(job.a, world.program1, people.a, "2025-09-01", { employerId: employer }),
    row(job.b, world.program1, people.b, "2025-11-15", { contract: "cdd", hoursPerWeek: 10, hourlyGrossWage: 14 }),
    row(job.c, world.program2, people.c, "2025-08-01"),
    row(job.d, program3, people.d, "2025-06-01"),
    row(job.e, program4, people.e, "2025-12-01"),
  ]);
};

beforeAll(async () => {
  t = await startTestApp(clock);
  world = await seedWorld(t.database);
  await seed();
  for (const who of ["admin", "team_lead", "specialist"] as const) {
    as.set(who, await new ApiClient(t.baseUrl, { "accept-language": "fr" }).login(world.users[who].email, PASSWORD));
  }
});
afterAll(async () => t?.close());

type Reader = { who: "admin" | "team_lead" | "specialist"; programIds: () => string[]; specialistId: () => string | null };
const admin: Reader = { who: "admin", programIds: () => [world.program1, world.program2, program3, program4].sort(), specialistId: () => null };
const lead: Reader = { who: "team_lead", programIds: () => [world.program1], specialistId: () => null };
const specialist: Reader = { who: "specialist", programIds: () => [world.program1], specialistId: () => world.users.specialist.id };

const reported = async (reader: Reader, asked = period) => {
  const res = await client(reader.who).get(`/api/outcomes?${reader.who === "admin" ? "" : `programId=${world.program1}&`}from=${asked.from}&to=${asked.to}`);
  expect(res.status).toBe(200);
  return { figures: res.body.figures as unknown, trends: res.body.trends as unknown[] };
};
/** The figures and trends from every record of the 8 quarters, through the domain alone (nothing kept). */
const fromScratch = async (reader: Reader, asked = period) => {
  const scope = { programIds: reader.programIds(), specialistId: reader.specialistId() };
  const { figures, trends } = computeOutcomesReport(await readOutcomeRecords(t.database.readSnapshot, scope, asked, reportRange(asked)), asked);
  return { figures, trends };
};
const versionOf = async (programId: string) =>
  (await t.database.db.select({ version: outcomeDataVersions.version }).from(outcomeDataVersions).where(eq(outcomeDataVersions.programId, programId)))[0]
    ?.version;

describe("GET /api/outcomes, people and trends kept per program (ADR 0011)", () => {
  // In this order: each case starts from the state the one before left.
  const cases: [string, Reader, () => Promise<unknown>][] = [
    ["a corrected job (its start moved to another quarter)", lead, () => t.database.db.update(jobs).set({ startDate: "2025-08-20" }).where(eq(jobs.id, job.b))],
    ["a job recorded", lead, () => t.database.db.insert(jobs).values({ ...jobRow(people.b, world.program1), id: newId(), startDate: "2026-02-01" })],
    ["an episode closed", lead, () => t.database.db.update(caseloadEpisodes).set({ closedOn: "2025-12-31", closureReason: "moved_away" }).where(eq(caseloadEpisodes.participantId, people.a))],
    ["a person given to another specialist", specialist, () => t.database.db.update(participants).set({ specialistId: world.users.specialist.id }).where(eq(participants.id, people.b))],
    ["a person transferred from another program", lead, () => t.database.db.update(participants).set({ programId: world.program1 }).where(eq(participants.id, people.c))],
    ["the employer's setting", lead, () => t.database.db.update(employers).set({ setting: "esat" }).where(eq(employers.id, employer))],
    ["the program's country (another minimum wage)", admin, () => t.database.db.update(programs).set({ country: "BE" }).where(eq(programs.id, program3))],
    ["a job deleted, in one program of four (the others' counts kept)", admin, () => t.database.db.delete(jobs).where(eq(jobs.id, job.e))],
    ["a person deleted", admin, () => t.database.db.delete(participants).where(eq(participants.id, people.d))],
  ];
  it.each(cases)("reads a program again after %s", async (_, reader, write) => {
    // The second report is of what the first kept (nothing written between them).
    const before = await reported(reader);
    expect(await reported(reader)).toEqual(before);
    await write();
    const after = await reported(reader);
    expect(after).toEqual(await fromScratch(reader));
    expect(after).not.toEqual(before);
  });

  it("moves a program's version only when the trends read what was written", async () => {
    const version = await versionOf(world.program1);
    expect(version).toBeDefined();
    await t.database.db.update(participants).set({ firstName: "Autre" }).where(eq(participants.id, people.a));
    await t.database.db.update(employers).set({ name: "Boulangerie Dupont" }).where(eq(employers.id, employer));
    expect(await versionOf(world.program1)).toBe(version);
    await t.database.db.update(jobs).set({ hoursPerWeek: 3 }).where(eq(jobs.id, job.a));
    const moved = await versionOf(world.program1);
    expect(moved).not.toBe(version);
    // A transfer moves both programs.
    const second = await versionOf(world.program2);
    await t.database.db.update(participants).set({ programId: world.program2 }).where(eq(participants.id, people.c));
    expect(await versionOf(world.program1)).not.toBe(moved);
    expect(await versionOf(world.program2)).not.toBe(second);
  });

  it("reads fresh, every time, what no version covers: a face-to-face employer contact recorded", async () => {
    const before = await reported(admin);
    expect(await reported(admin)).toEqual(before);
    const contact = newId();
    await t.database.db.insert(employerContacts).values({
      id: contact, programId: world.program1, employerId: employer, authorId: world.users.specialist.id, date: "2026-02-10", faceToFace: true, kind: "generic",
    });
    const after = await reported(admin);
    expect(after).toEqual(await fromScratch(admin));
    expect((after.figures as { employerContactsFaceToFace: { ids: string[] } }).employerContactsFaceToFace.ids).toContain(contact);
  });

  it("uses the kept people and counts while the version stands (a write that skips the triggers is not seen)", async () => {
    const before = await reported(lead);
    // A period within the same 8 quarters has the same range: it is answered from what the quarter's report kept.
    const february = { from: "2026-02-01", to: "2026-03-31" };
    const februaryBefore = await fromScratch(lead, february);
    // Replication mode runs no trigger: the only way to change the rows without moving the version.
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.update(jobs).set({ startDate: "2024-07-01" }).where(inArray(jobs.programId, [world.program1]));
    });
    expect(await reported(lead)).toEqual(before);
    expect(await fromScratch(lead)).not.toEqual(before);
    expect(await reported(lead, february)).toEqual(februaryBefore);
    expect(await fromScratch(lead, february)).not.toEqual(februaryBefore);
    await t.database.db.execute(sql`select bump_outcome_data_versions(array[${world.program1}]::uuid[])`);
    expect(await reported(lead)).toEqual(await fromScratch(lead));
    expect(await reported(lead, february)).toEqual(await fromScratch(lead, february));
  });

  /** The same database, seen through a snapshot read that lets a write commit just before it starts. */
  const racing = () => {
    const race: { writeFirst: (() => Promise<unknown>) | null } = { writeFirst: null };
    const database: Database = {
      ...t.database,
      readSnapshot: (async (parts, options) => {
        const write = race.writeFirst;
        race.writeFirst = null;
        await write?.();
        return t.database.readSnapshot(parts, options);
      }) as Database["readSnapshot"],
    };
    return { race, ctx: { database, clock } };
  };
  const reportOf = async (ctx: ReturnType<typeof racing>["ctx"], actor: Actor, query: OutcomesQuery) => {
    const { figures, trends } = await readOutcomes(ctx, actor, query);
    return { figures, trends };
  };

  it("reads a program again when its version moves between the versions' read and the snapshot", async () => {
    const { race, ctx } = racing();
    const actor: Actor = {
      userId: world.users.team_lead.id, name: "Lead", email: world.users.team_lead.email, locale: "fr", isAdmin: false, ip: "127.0.0.1",
      memberships: [{ programId: world.program1, programName: "Programme Un", role: "team_lead", serviceId: null }],
    };
    const report = () => reportOf(ctx, actor, { ...period, programId: world.program1 });
    const before = await report();
    race.writeFirst = () => t.database.db.update(jobs).set({ startDate: "2026-01-10" }).where(eq(jobs.id, job.b));
    const after = await report();
    expect(race.writeFirst).toBeNull();
    expect(after).toEqual(await fromScratch(lead));
    expect(after).not.toEqual(before);
  });

  it("reads again only the program a write overtook before the snapshot, in one program of four", async () => {
    const { race, ctx } = racing();
    const actor: Actor = { userId: world.users.admin.id, name: "Admin", email: world.users.admin.email, locale: "fr", isAdmin: true, ip: "127.0.0.1", memberships: [] };
    const report = () => reportOf(ctx, actor, period);
    const before = await report();
    race.writeFirst = () => t.database.db.update(jobs).set({ hoursPerWeek: 2 }).where(eq(jobs.id, job.b));
    const after = await report();
    expect(race.writeFirst).toBeNull();
    expect(after).toEqual(await fromScratch(admin));
    expect(after).not.toEqual(before);
  });
});

const jobRow = (participantId: string, programId: string) => ({
  programId, participantId, title: "Poste", employerName: "Boulangerie", contract: "cdi", disclosure: { level: "none" as const }, hoursPerWeek: 20, hourlyGrossWage: 15,
});
