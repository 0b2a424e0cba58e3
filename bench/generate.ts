/**
 * Large, realistic, deterministic program dataset for the benchmark (bench/run.ts).
 *
 *   generateDataset(db, { participants: 5000, contacts: 200000, specialists: 40, seed: 1 })
 *
 * One program, `specialists` specialists + 1 team lead (all with the password BENCH_PASSWORD, hashed once),
 * participants spread over statuses and specialists, contacts over the last two years, one `events` row per
 * contact ('contact.logged') plus one 'participant.created' per person and one per recorded/withdrawn
 * consent, so the timeline looks like the real one. Rows go straight into the real schema in multi-row
 * INSERTs of ~1,000 rows (drizzle), bypassing the use cases (which would take hours at this size).
 *
 * Deterministic: the same (seed, asOf) gives the same rows, ids included (UUID v7 built from the row's own
 * time and the seeded generator). `asOf` defaults to today (Europe/Paris) so "the last two years" stays true.
 *
 * Standalone: `npx tsx bench/generate.ts [--small] [--seed N]` fills a fresh in-memory PGlite and prints timing.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { ClosureReason, ConsentScope, ContactPhase, ParticipantStatus } from "@passerelle/domain";
import { consents, contacts, events, memberships, participants, programs, users } from "../packages/server/src/db/schema/index";
import { parisDate } from "../packages/server/src/platform/clock";
import type { Db } from "../packages/server/src/platform/db";
import { hashPassword } from "../packages/server/src/platform/passwords";
import { searchNameOf } from "../packages/server/src/modules/participants/participants.repository";
import { demoContactNotes, demoFirstNames, demoLastNames } from "../packages/server/src/demo/demo-people";
import { fullJobDevelopment, generateJobDevelopment, type JobDevelopmentOptions, smallJobDevelopment, type JobDevelopmentSummary } from "./generate-job-development";
import { type CareTeamOptions, type CareTeamSummary, fullCareTeam, generateCareTeam } from "./generate-care-team";

export const BENCH_PASSWORD = "bench-passerelle";
export const BENCH_DOMAIN = "bench.passerelle.test";
export const specialistEmail = (n: number): string => `specialist${String(n).padStart(2, "0")}@${BENCH_DOMAIN}`;
export const LEAD_EMAIL = `lead@${BENCH_DOMAIN}`;
/** The specialist with exactly 20 active people: the worklist budget is stated for such a caseload. */
export const WORKLIST_EMAIL = `worklist@${BENCH_DOMAIN}`;
export const WORKLIST_CASELOAD = 20;

export type DatasetOptions = {
  participants: number;
  contacts: number;
  specialists: number;
  seed: number;
  /** The day the dataset is "as of" (YYYY-MM-DD); default: today in Europe/Paris. */
  asOf?: string;
  /** Employers, their contact log, openings, jobs and profiles (bench/generate-job-development.ts); none when absent. */
  jobDevelopment?: JobDevelopmentOptions;
  /** A program of its own with 300 people and two years of weekly meetings (bench/generate-care-team.ts). */
  careTeam?: CareTeamOptions;
  /** Rows per INSERT statement. */
  batchSize?: number;
  log?: (message: string) => void;
};

export type DatasetSummary = {
  programId: string;
  asOf: string;
  counts: { users: number; participants: number; contacts: number; events: number; consents: number };
  /** The participant with the most contacts, and their specialist (the bench logs in as that specialist). */
  busiest: { participantId: string; contacts: number; specialistId: string; specialistEmail: string };
  /** The specialist with WORKLIST_CASELOAD active people, and one of them in job search (the matches route). */
  worklist: { specialistId: string; specialistEmail: string; people: number; jobSearchParticipantId: string };
  jobDevelopment: JobDevelopmentSummary | null;
  careTeam: CareTeamSummary | null;
  /** Contacts per participant. */
  distribution: { p50: number; p90: number; p99: number; max: number };
  seconds: number;
};

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness: sfc32 (128-bit state) seeded through splitmix32. Math.random is never used.
// ---------------------------------------------------------------------------------------------------------

const splitmix32 = (seed: number) => () => {
  seed = (seed + 0x9e3779b9) | 0;
  let z = seed;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

export type Rng = { next: () => number; u32: () => number };

export const createRng = (seed: number): Rng => {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 16; i++) u32();
  return { u32, next: () => u32() / 4294967296 };
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");

/** A UUID v7 for a given instant, its random bits drawn from the seeded generator (deterministic). */
export const uuidv7At = (ms: number, rng: Rng): string => {
  const tsHigh = Math.floor(ms / 2 ** 16);
  const tsLow = ms % 2 ** 16;
  const randA = rng.u32() & 0xfff;
  const r1 = rng.u32();
  const r2 = rng.u32();
  const variant = 0x8000 | (r1 & 0x3fff);
  return `${hex(tsHigh, 8)}-${hex(tsLow, 4)}-${hex(0x7000 | randA, 4)}-${hex(variant, 4)}-${hex(r1 >>> 16, 4)}${hex(r2, 8)}`;
};

// ---------------------------------------------------------------------------------------------------------
// Vocabulary (valid enum values of the domain contracts; fictional names)
// ---------------------------------------------------------------------------------------------------------

const extraFirstNames = [
  "Adrien", "Alexia", "Amine", "Aurélie", "Baptiste", "Bérénice", "Cédric", "Céline", "Dylan", "Émilie",
  "Enzo", "Farid", "Florence", "Gaëlle", "Grégory", "Hélène", "Ibrahim", "Jessica", "Jordan", "Laetitia",
  "Lina", "Ludovic", "Malik", "Marine", "Mickaël", "Morgane", "Noémie", "Pascal", "Rémi", "Salomé",
  "Sébastien", "Sonia", "Stéphanie", "Sylvain", "Tiphaine", "Valentin", "Vanessa", "Wassim", "Yasmine", "Zoé",
];
const extraLastNames = [
  "Aubert", "Barbier", "Benoît", "Bertrand", "Boyer", "Brunet", "Carpentier", "Charpentier", "Clément", "David",
  "Denis", "Dumas", "Dumont", "Fabre", "Fleury", "François", "Gaillard", "Gérard", "Giraud", "Hamidi",
  "Henry", "Hubert", "Jacquet", "Joly", "Kaddour", "Lacroix", "Leclerc", "Lefèvre", "Legrand", "Lemoine",
  "Masson", "Mathieu", "Meyer", "Nicolas", "Noël", "Ouedraogo", "Philippe", "Riviere", "Robin", "Sanchez",
];
const firstNames = [...demoFirstNames, ...extraFirstNames];
const lastNames = [...demoLastNames, ...extraLastNames];

const statusMix: [ParticipantStatus, number][] = [
  ["referred", 0.08],
  ["engaged", 0.14],
  ["job_search", 0.28],
  ["working", 0.22],
  ["follow_along", 0.08],
  ["closed", 0.2],
];
/** How often a person in this status is seen, relative to the average. */
const statusIntensity: Record<ParticipantStatus, number> = {
  referred: 0.4,
  engaged: 1.1,
  job_search: 1.3,
  working: 1.0,
  follow_along: 0.6,
  closed: 0.8,
};
const phaseFor: Record<ParticipantStatus, ContactPhase[]> = {
  referred: ["engagement"],
  engaged: ["engagement", "career_profile", "benefits"],
  job_search: ["career_profile", "job_search", "job_search", "job_development", "benefits"],
  working: ["job_search", "follow_along", "follow_along", "benefits", "coordination"],
  follow_along: ["follow_along", "coordination"],
  closed: ["engagement", "job_search", "coordination"],
};
const closureMix: [ClosureReason, number][] = [
  ["chose_to_stop", 0.25],
  ["no_longer_wants_support", 0.2],
  ["unreachable_after_outreach", 0.15],
  ["moved_away", 0.15],
  ["transferred", 0.15],
  ["deceased", 0.02],
  ["other", 0.08],
];
const referralMix: [string, number][] = [
  ["care_team", 0.5],
  ["self", 0.1],
  ["family", 0.08],
  ["public_employment_service", 0.17],
  ["employer", 0.05],
  ["other", 0.1],
];
const services = ["CMP Lyon 3e", "CMP Villeurbanne", "Hôpital de jour Le Vinatier", "CMP Vénissieux", "Clubhouse Lyon", "France Travail Lyon Part-Dieu"];
const referents = ["Dr Morel (psychiatre)", "M. Faure (infirmier)", "Mme Colin (assistante sociale)", "Dr Haddad (psychiatre)", null, null];
const modeMix: [string, number][] = [
  ["in_person", 0.5],
  ["phone", 0.25],
  ["video", 0.1],
  ["message", 0.15],
];
const withWhomMix: [string[], number][] = [
  [["participant"], 0.75],
  [["participant", "family"], 0.06],
  [["care_team"], 0.08],
  [["employer"], 0.05],
  [["participant", "employer"], 0.04],
  [["participant", "care_team"], 0.02],
];
const durations = [15, 30, 30, 45, 45, 60, 60, 90];
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------------------

const dayMs = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const generateDataset = async (db: Db, options: DatasetOptions): Promise<DatasetSummary> => {
  const started = performance.now();
  const log = options.log ?? ((m: string) => console.log(m));
  const batchSize = options.batchSize ?? 1000;
  const asOf = options.asOf ?? parisDate(new Date());
  const today = dayMs(asOf);
  const rng = createRng(options.seed);
  const rnd = rng.next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const weighted = <T>(mix: [T, number][]): T => {
    let r = rnd() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1][0];
  };
  /** Standard normal (Box-Muller). */
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  /** A time of a working day (07:30-17:30 UTC, i.e. office hours in Paris) on a given day. */
  const workTime = (day: number): number => day + 27_000_000 + Math.floor(rnd() * 36_000_000);

  const timings: string[] = [];
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    timings.push(`${name} ${((now - phaseStart) / 1000).toFixed(1)} s`);
    phaseStart = now;
  };

  const insertBatches = async <TTable extends PgTable>(label: string, table: TTable, rows: TTable["$inferInsert"][]): Promise<void> => {
    for (let i = 0; i < rows.length; i += batchSize) {
      await db.insert(table).values(rows.slice(i, i + batchSize));
    }
    phase(`${label} (${rows.length})`);
  };

  // --- program, users, memberships ----------------------------------------------------------------------
  const programId = uuidv7At(today - 800 * DAY_MS, rng);
  await db.insert(programs).values({ id: programId, name: "Emploi accompagné — programme de charge (bench)", country: "FR", createdAt: new Date(today - 800 * DAY_MS) });
  const passwordHash = await hashPassword(BENCH_PASSWORD); // once: argon2id costs ~30 ms per hash
  const leadId = uuidv7At(today - 800 * DAY_MS + 1000, rng);
  const specialistIds: string[] = [];
  const userRows: (typeof users.$inferInsert)[] = [
    { id: leadId, email: LEAD_EMAIL, name: "Claire Coordinatrice (bench)", passwordHash, createdAt: new Date(today - 800 * DAY_MS) },
  ];
  for (let s = 1; s <= options.specialists; s++) {
    const id = uuidv7At(today - 790 * DAY_MS + s * 1000, rng);
    specialistIds.push(id);
    userRows.push({ id, email: specialistEmail(s), name: `${pick(firstNames)} ${pick(lastNames)} (conseil ${s})`, passwordHash, createdAt: new Date(today - 790 * DAY_MS) });
  }
  const worklistSpecialistId = uuidv7At(today - 780 * DAY_MS, rng);
  userRows.push({ id: worklistSpecialistId, email: WORKLIST_EMAIL, name: "Wanda Worklist (bench)", passwordHash, createdAt: new Date(today - 780 * DAY_MS) });
  await db.insert(users).values(userRows);
  await db.insert(memberships).values([
    { userId: leadId, programId, role: "team_lead" as const },
    ...[...specialistIds, worklistSpecialistId].map((userId) => ({ userId, programId, role: "specialist" as const })),
  ]);
  phase(`users (${userRows.length})`);

  // --- participants: status, referral, contact window, intensity ------------------------------------------
  type Plan = {
    id: string;
    status: ParticipantStatus;
    specialistId: string | null;
    referral: number;
    windowStart: number;
    windowEnd: number;
    weight: number;
    closure: ClosureReason | null;
    referralSource: string;
    createdAt: number;
    first: string;
    last: string;
  };
  const plans: Plan[] = [];
  for (let i = 0; i < options.participants; i++) {
    const status = weighted(statusMix);
    // Referred people arrived recently; everyone else at any time in the last ~2.7 years.
    const ageDays = status === "referred" ? 2 + Math.floor(rnd() * 60) : 45 + Math.floor(rnd() * 950);
    const referral = today - ageDays * DAY_MS;
    const windowStart = Math.max(referral + DAY_MS, today - 730 * DAY_MS);
    let windowEnd = today;
    let closure: ClosureReason | null = null;
    if (status === "closed") {
      closure = weighted(closureMix);
      const earliest = Math.max(windowStart + 30 * DAY_MS, today - 700 * DAY_MS);
      windowEnd = Math.min(today - 3 * DAY_MS, earliest + Math.floor(rnd() * Math.max(1, (today - 3 * DAY_MS - earliest) / DAY_MS)) * DAY_MS);
    }
    const windowDays = Math.max(1, (windowEnd - windowStart) / DAY_MS);
    // Log-normal spread of how often a person is seen, clamped: from about monthly to a few times a week.
    const intensity = Math.min(3, Math.max(0.25, Math.exp(0.45 * gauss()))) * statusIntensity[status];
    const createdAt = workTime(referral);
    plans.push({
      id: uuidv7At(createdAt, rng),
      status,
      specialistId: status === "referred" && rnd() < 0.25 ? null : specialistIds[Math.floor(rnd() * specialistIds.length)],
      referral,
      windowStart,
      windowEnd: Math.max(windowStart, windowEnd),
      weight: windowDays * intensity,
      closure,
      referralSource: weighted(referralMix),
      createdAt,
      first: pick(firstNames),
      last: pick(lastNames),
    });
  }

  // The worklist specialist: 20 active people taken evenly through the list (every status but closed).
  const active = plans.filter((p) => p.status !== "closed");
  const worklistPeople = Array.from({ length: Math.min(WORKLIST_CASELOAD, active.length) }, (_, k) => active[Math.floor((k * active.length) / WORKLIST_CASELOAD)]);
  for (const p of worklistPeople) p.specialistId = worklistSpecialistId;
  const jobSearchPerson = worklistPeople.find((p) => p.status === "job_search") ?? worklistPeople[0];

  // Allocate exactly `contacts` contacts, proportionally to each person's weight (largest remainders).
  const totalWeight = plans.reduce((s, p) => s + p.weight, 0);
  const exact = plans.map((p) => (options.contacts * p.weight) / totalWeight);
  const counts = exact.map(Math.floor);
  let missing = options.contacts - counts.reduce((s, n) => s + n, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; missing > 0; k = (k + 1) % byRemainder.length, missing--) counts[byRemainder[k][1]]++;

  // --- contacts + their events, participant rows ------------------------------------------------------------
  const participantRows: (typeof participants.$inferInsert)[] = [];
  const contactRows: (typeof contacts.$inferInsert)[] = [];
  const eventRows: (typeof events.$inferInsert)[] = [];
  const consentRows: (typeof consents.$inferInsert)[] = [];
  let busiest = { index: 0, contacts: -1 };

  plans.forEach((p, index) => {
    const n = counts[index];
    if (n > busiest.contacts) busiest = { index, contacts: n };
    const author = p.specialistId ?? leadId;
    const span = p.windowEnd - p.windowStart;
    const days = Array.from({ length: n }, () => p.windowStart + Math.floor((rnd() * (span + DAY_MS)) / DAY_MS) * DAY_MS).sort((a, b) => a - b);
    let lastContact: number | null = null;
    let lastWrite = p.createdAt;
    eventRows.push({
      id: uuidv7At(p.createdAt, rng),
      programId,
      participantId: p.id,
      actorId: leadId,
      type: "participant.created",
      at: new Date(p.createdAt),
      data: { referralDate: isoOf(p.referral), referralSource: p.referralSource },
    });
    for (const day of days) {
      const at = workTime(day);
      const mode = weighted(modeMix);
      const withWhom = weighted(withWhomMix);
      const phaseName = pick(phaseFor[p.status]);
      const date = isoOf(day);
      const id = uuidv7At(at, rng);
      contactRows.push({
        id,
        participantId: p.id,
        programId,
        date,
        durationMinutes: pick(durations),
        mode,
        place: mode === "in_person" ? (rnd() < 0.7 ? "community" : "office") : null,
        withWhom,
        phase: phaseName,
        notes: rnd() < 0.7 ? pick(demoContactNotes) : "",
        authorId: author,
        createdAt: new Date(at),
      });
      eventRows.push({
        id: uuidv7At(at, rng),
        programId,
        participantId: p.id,
        actorId: author,
        type: "contact.logged",
        at: new Date(at),
        data: { contactId: id, date, mode, phase: phaseName, withWhom },
      });
      lastContact = day;
      lastWrite = Math.max(lastWrite, at);
    }
    // Consents: most people engaged in the program share with their care team; some with family/employers.
    if (p.status !== "referred") {
      const givenDay = Math.min(today, p.referral + (2 + Math.floor(rnd() * 20)) * DAY_MS);
      const scopes: ConsentScope[] = [];
      if (rnd() < 0.65) scopes.push("care_team");
      if (rnd() < 0.2) scopes.push("family");
      if ((p.status === "working" || p.status === "follow_along") && rnd() < 0.4) scopes.push("employer_disclosure");
      for (const scope of scopes) {
        const recordedAt = workTime(givenDay);
        const id = uuidv7At(recordedAt, rng);
        const withdrawn = rnd() < 0.05 ? Math.min(today, givenDay + (30 + Math.floor(rnd() * 300)) * DAY_MS) : null;
        consentRows.push({
          id,
          participantId: p.id,
          scope,
          details: scope === "family" ? "Sa sœur peut être informée des rendez-vous." : "",
          givenOn: isoOf(givenDay),
          recordedBy: author,
          recordedAt: new Date(recordedAt),
          withdrawnOn: withdrawn === null ? null : isoOf(withdrawn),
          withdrawnBy: withdrawn === null ? null : author,
        });
        eventRows.push({ id: uuidv7At(recordedAt, rng), programId, participantId: p.id, actorId: author, type: "consent.recorded", at: new Date(recordedAt), data: { scope, givenOn: isoOf(givenDay) } });
        if (withdrawn !== null) {
          const wAt = workTime(withdrawn);
          eventRows.push({ id: uuidv7At(wAt, rng), programId, participantId: p.id, actorId: author, type: "consent.withdrawn", at: new Date(wAt), data: { scope, withdrawnOn: isoOf(withdrawn) } });
        }
      }
    }
    const stage = ["referred", "engaged", "job_search", "working", "follow_along"].indexOf(p.status);
    participantRows.push({
      id: p.id,
      programId,
      firstName: p.first,
      lastName: p.last,
      referralDate: isoOf(p.referral),
      referralSource: p.referralSource,
      referringService: pick(services),
      referentName: pick(referents),
      specialistId: p.specialistId,
      peerSupporterId: null,
      status: p.status,
      closureReason: p.closure,
      closureNote: p.closure ? "Décision de la personne, discutée en réunion d'équipe." : null,
      lastContactDate: lastContact === null ? null : isoOf(lastContact),
      searchName: searchNameOf(p.first, p.last),
      createdAt: new Date(p.createdAt),
      updatedAt: new Date(lastWrite),
      version: 1 + (stage >= 0 ? stage : 3),
    });
  });
  phase("rows built in memory");

  await insertBatches("participants", participants, participantRows);
  await insertBatches("consents", consents, consentRows);
  await insertBatches("contacts", contacts, contactRows);
  await insertBatches("events", events, eventRows);
  const jobDevelopment = options.jobDevelopment
    ? await generateJobDevelopment(db, {
        programId,
        today,
        seed: options.seed,
        people: plans.map((p) => ({ id: p.id, status: p.status, specialistId: p.specialistId, referral: p.referral, windowEnd: p.windowEnd })),
        specialistIds: [...specialistIds, worklistSpecialistId],
        options: options.jobDevelopment,
        insertBatches,
      })
    : null;
  const careTeam = options.careTeam
    ? await generateCareTeam(db, { today, seed: options.seed, passwordHash, options: options.careTeam, insertBatches })
    : null;
  // Production tables are vacuumed and analysed by autovacuum; a freshly loaded one is not: do it now so the
  // planner has statistics and index-only scans can use the visibility map.
  await db.execute(sql`vacuum analyze`);
  phase("vacuum analyze");

  const b = plans[busiest.index];
  const specialistNo = b.specialistId ? specialistIds.indexOf(b.specialistId) + 1 : 1;
  const summary: DatasetSummary = {
    programId,
    asOf,
    counts: {
      users: userRows.length,
      participants: participantRows.length,
      contacts: contactRows.length,
      events: eventRows.length,
      consents: consentRows.length,
    },
    busiest: {
      participantId: b.id,
      contacts: busiest.contacts,
      specialistId: b.specialistId ?? specialistIds[0],
      specialistEmail: b.specialistId === worklistSpecialistId ? WORKLIST_EMAIL : specialistEmail(specialistNo),
    },
    worklist: { specialistId: worklistSpecialistId, specialistEmail: WORKLIST_EMAIL, people: worklistPeople.length, jobSearchParticipantId: jobSearchPerson.id },
    jobDevelopment,
    careTeam,
    distribution: (() => {
      const sorted = [...counts].sort((x, y) => x - y);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1] };
    })(),
    seconds: (performance.now() - started) / 1000,
  };
  log(`  generated in ${summary.seconds.toFixed(1)} s: ${timings.join(", ")}`);
  return summary;
};

// Standalone: fill a fresh in-memory PGlite and print timing.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { openPglite } = await import("../packages/server/src/platform/db");
  const small = process.argv.includes("--small");
  const seedAt = process.argv.indexOf("--seed");
  const database = await openPglite(undefined);
  await database.migrate();
  const summary = await generateDataset(database.db, {
    participants: small ? 500 : 5000,
    contacts: small ? 20_000 : 200_000,
    specialists: 40,
    jobDevelopment: small ? smallJobDevelopment : fullJobDevelopment,
    careTeam: fullCareTeam,
    seed: seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1,
  });
  console.log(JSON.stringify(summary, null, 2));
  await database.close();
}
