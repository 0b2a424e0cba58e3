/**
 * The national dataset of the outcomes and fidelity benchmark (bench/outcomes.ts, issue 5 "Performance"): a network
 * of programs on PostgreSQL, at a scale factor (0.1, 0.5, 1). At 1: 120 programs, 400 specialists (+ one team lead
 * per program), 50,000 participants of whom 8,000 active, 1.5 million contacts, 60,000 jobs, 20,000 employers and
 * 300,000 employer contacts, referrals, benefits plans, weekly meetings and supervision sessions, caseload episodes.
 * Every count scales with the factor, programs included: a program keeps the same size at every scale, the network
 * grows (so a program's fidelity indicators should not slow down with the network, and the network's outcomes grow
 * linearly at worst).
 *
 * Shape of the history (what the outcome and fidelity rules read):
 * - six years of referrals; every participant has one caseload episode opened on the referral date; closed people's
 *   episode is closed with a reason; ~6% were re-opened (2 episodes: a closed one, then the current one);
 * - contacts inside the episodes (mode, community/office place share varying by program, phase, ~5% by another
 *   specialist of the program); `last_contact_date` set from them;
 * - jobs: everyone working or in follow-along has an ongoing one; others spread by status and time on the caseload,
 *   overlapping where they fall so; ~8% of people were employed at entry (a job started before the referral);
 *   mostly competitive (ordinary contract, wage at or above the SMIC of the start month), some sheltered (ESAT,
 *   entreprise adaptée, or an employer registered as such), some below the minimum, ~15% with no wage, ~1% with the
 *   team's override, ~3% under 4 hours a week; a benefits plan dated before 60% of the starts;
 * - employer contacts over the last 2.5 years, ~60% face to face, a first one for most people soon after entry
 *   (median ~3 weeks) plus the team's other contacts, at a rate that varies by program;
 * - referrals (accepted ones linked to their participant, declined ones with a reason, a few pending), partner
 *   services (the referring team of each person), 26 weekly meetings with discussions and 32 supervision sessions per
 *   program, memberships with `fte` (a fifth of the specialists part-time).
 * Events, consents, career profiles and openings are left out: no outcome or fidelity rule reads them.
 *
 * Deterministic (sfc32 from bench/generate.ts, UUID v7 from each row's own time). Loaded through bench/national-insert.ts
 * (unnest arrays, 20,000 rows a statement), then `VACUUM ANALYZE`.
 *
 * Standalone: `npx tsx bench/generate-national.ts --scale 0.1 [--seed 1]` loads a throw-away cluster, prints the summary.
 */
import pg from "pg";
import { type ClosureReason, type ContactPhase, type JobContract, type ParticipantStatus, romeDomaines, smicHourlyGross } from "@passerelle/domain";
import { parisDate } from "../packages/server/src/platform/clock";
import { hashPassword } from "../packages/server/src/platform/passwords";
import { searchNameOf } from "../packages/server/src/modules/participants/participants.repository";
import { searchNameOfEmployer } from "../packages/server/src/modules/employers/employers.repository";
import { demoFirstNames, demoLastNames } from "../packages/server/src/demo/demo-people";
import { BENCH_PASSWORD, createRng, uuidv7At } from "./generate";
import { type Column, type TableWriter, col, listCol, tableWriter } from "./national-insert";

export const NATIONAL_DOMAIN = "national.bench.passerelle.test";
export const NATIONAL_ADMIN_EMAIL = `admin@${NATIONAL_DOMAIN}`;
export const NATIONAL_NETWORK_EMAIL = `reseau@${NATIONAL_DOMAIN}`;

/** Sizes at scale 1 (issue 5: 120 programs, 400 specialists, 50,000 participants of which 8,000 active, ...). */
export const nationalFull = {
  programs: 120,
  specialists: 400,
  participants: 50_000,
  active: 8_000,
  contacts: 1_500_000,
  jobs: 60_000,
  employers: 20_000,
  employerContacts: 300_000,
} as const;
export type NationalSizes = { -readonly [K in keyof typeof nationalFull]: number };

export const nationalSizes = (scale: number): NationalSizes => {
  const out = {} as NationalSizes;
  for (const [k, v] of Object.entries(nationalFull)) out[k as keyof NationalSizes] = Math.max(1, Math.round(v * scale));
  return out;
};

export type NationalOptions = { scale: number; seed: number; asOf?: string; log?: (message: string) => void; /** Rows per INSERT (default 20,000). */ batchSize?: number };

export type NationalSummary = {
  scale: number;
  seed: number;
  asOf: string;
  sizes: NationalSizes;
  counts: Record<string, number>;
  programIds: string[];
  /** The program of median size: its fidelity indicators are measured. */
  midProgram: { id: string; participants: number; active: number; specialists: number; leadEmail: string };
  seconds: number;
  timings: string[];
};

const DAY_MS = 86_400_000;
const HISTORY_DAYS = 6 * 365;
const EMPLOYER_CONTACT_DAYS = 913; // 2.5 years
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);

const activeMix: [ParticipantStatus, number][] = [["referred", 0.08], ["engaged", 0.17], ["job_search", 0.35], ["working", 0.28], ["follow_along", 0.12]];
const closureMix: [ClosureReason, number][] = [
  ["chose_to_stop", 0.25], ["no_longer_wants_support", 0.2], ["unreachable_after_outreach", 0.15], ["moved_away", 0.15],
  ["transferred", 0.15], ["deceased", 0.02], ["other", 0.08],
];
const intensityOf: Record<ParticipantStatus, number> = { referred: 0.5, engaged: 1.1, job_search: 1.3, working: 1, follow_along: 0.6, closed: 0.8 };
const jobWeightOf: Record<ParticipantStatus, number> = { referred: 0.05, engaged: 0.3, job_search: 0.9, working: 1.6, follow_along: 1.6, closed: 1 };
const phasesOf: Record<ParticipantStatus, ContactPhase[]> = {
  referred: ["engagement"],
  engaged: ["engagement", "career_profile", "benefits"],
  job_search: ["career_profile", "job_search", "job_search", "job_development", "benefits"],
  working: ["job_search", "follow_along", "follow_along", "benefits", "coordination"],
  follow_along: ["follow_along", "coordination"],
  closed: ["engagement", "career_profile", "job_search", "follow_along", "coordination"],
};
const modeMix: [string, number][] = [["in_person", 0.55], ["phone", 0.25], ["video", 0.07], ["message", 0.13]];
const withWhomMix: [string, number][] = [
  ["participant", 0.76], ["participant,family", 0.06], ["care_team", 0.08], ["employer", 0.05], ["participant,employer", 0.03], ["participant,care_team", 0.02],
];
const contractMix: [JobContract, number][] = [
  ["cdi", 0.32], ["cdd", 0.3], ["interim", 0.15], ["contrat_aide", 0.08], ["apprentissage", 0.03], ["independant", 0.02], ["esat", 0.05], ["entreprise_adaptee", 0.05],
];
const endReasons = ["resigned", "dismissed", "end_of_contract", "laid_off", "other"] as const;
const jobTitles = ["Serveur", "Employé de libre-service", "Agent d'entretien", "Magasinier", "Jardinier", "Cuisinier", "Vendeur", "Aide à domicile", "Préparateur de commandes", "Secrétaire", "Agent d'accueil"];
const hoursChoices = [8, 10, 15, 17.5, 20, 20, 24, 24, 28, 30, 35, 35];
const cities = ["Lyon", "Lille", "Marseille", "Nantes", "Rennes", "Toulouse", "Bordeaux", "Strasbourg", "Montpellier", "Grenoble", "Dijon", "Rouen", "Brest", "Limoges", "Nancy", "Tours", "Amiens", "Metz", "Nîmes", "Pau"];
const serviceKinds = ["cmp", "cmp", "hospital", "cattp", "samsah"];
const employerKinds = ["Boulangerie", "Restaurant", "Garage", "Pharmacie", "Hôtel", "Supermarché", "Imprimerie", "Menuiserie", "Nettoyage", "Jardins", "Librairie", "Crèche", "Entrepôt", "Café", "Logistique"];

/** Allocate `total` over weights exactly (largest remainders, ties by index): deterministic. */
const allocate = (total: number, weights: number[]): number[] => {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let missing = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) out[order[k][1]]++;
  return out;
};

type Episode = { open: number; close: number | null; reason: ClosureReason | null };
type Person = {
  id: string;
  programIndex: number;
  status: ParticipantStatus;
  specialistId: string;
  serviceId: string;
  episodes: Episode[];
  first: string;
  last: string;
  employedAtEntry: boolean;
};
type Program = {
  id: string;
  name: string;
  leadId: string;
  leadEmail: string;
  specialistIds: string[];
  fte: number[];
  serviceIds: string[];
  employerIds: string[];
  /** Share of in-person contacts held in the community (fidelity Sv13 varies by program). */
  communityShare: number;
  /** Employer contacts per specialist, relative to the network's average (Sv6 varies by program). */
  jobDevelopment: number;
  people: Person[];
};

export const generateNational = async (client: pg.ClientBase, options: NationalOptions): Promise<NationalSummary> => {
  const started = performance.now();
  const log = options.log ?? ((m: string) => console.log(m));
  const sizes = nationalSizes(options.scale);
  const asOf = options.asOf ?? parisDate(new Date());
  const today = dayMs(asOf);
  const rng = createRng(options.seed * 104_729 + 5);
  const rnd = rng.next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const weighted = <T>(mix: [T, number][]): T => {
    let r = rnd() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1][0];
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const lognormal = (median: number, sigma: number): number => median * Math.exp(sigma * gauss());
  const workTime = (day: number): number => day + 27_000_000 + Math.floor(rnd() * 36_000_000);
  const days = (n: number): number => Math.round(n) * DAY_MS;
  const timings: string[] = [];
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    timings.push(`${name} ${((now - phaseStart) / 1000).toFixed(1)} s`);
    log(`  ${name} (${((now - phaseStart) / 1000).toFixed(1)} s)`);
    phaseStart = now;
  };
  const counts: Record<string, number> = {};
  const writer = (table: string, columns: Column[], parents: { w: TableWriter }[] = []) => {
    const w = tableWriter(client, table, columns, parents.map((p) => p.w), options.batchSize);
    return { w, push: w.push, done: async () => void (counts[table] = (counts[table] ?? 0) + (await w.done())) };
  };

  // --- programs, users, memberships, services --------------------------------------------------------------------
  const passwordHash = await hashPassword(BENCH_PASSWORD); // once: argon2id costs ~30 ms a hash
  const programWeights = Array.from({ length: sizes.programs }, () => Math.exp(0.6 * gauss()));
  const extraSpecialists = allocate(Math.max(0, sizes.specialists - sizes.programs), programWeights);
  const programs: Program[] = [];
  const start = today - HISTORY_DAYS * DAY_MS;
  const users = writer("users", [col("id", "uuid"), col("email", "text"), col("name", "text"), col("password_hash", "text"), col("is_admin", "boolean"), col("created_at", "timestamptz")]);
  const programRows = writer("programs", [col("id", "uuid"), col("name", "text"), col("country", "text"), col("created_at", "timestamptz")]);
  const memberships = writer("memberships", [col("user_id", "uuid"), col("program_id", "uuid"), col("role", "text"), col("fte", "real")], [users, programRows]);
  const serviceRows = writer("services", [col("id", "uuid"), col("program_id", "uuid"), col("name", "text"), col("kind", "text"), col("created_at", "timestamptz")], [programRows]);
  const adminId = uuidv7At(start - 40 * DAY_MS, rng);
  const networkId = uuidv7At(start - 39 * DAY_MS, rng);
  await users.push([adminId, NATIONAL_ADMIN_EMAIL, "Alice Administratrice (bench national)", passwordHash, true, new Date(start - 40 * DAY_MS)]);
  await users.push([networkId, NATIONAL_NETWORK_EMAIL, "Noé Réseau (bench national)", passwordHash, false, new Date(start - 39 * DAY_MS)]);
  let specialistNo = 0;
  for (let p = 0; p < sizes.programs; p++) {
    const createdAt = start - 30 * DAY_MS + p * 60_000;
    const id = uuidv7At(createdAt, rng);
    const name = `Emploi accompagné ${cities[p % cities.length]} ${Math.floor(p / cities.length) + 1} (bench national)`;
    await programRows.push([id, name, "FR", new Date(createdAt)]);
    const leadId = uuidv7At(createdAt + 1000, rng);
    const leadEmail = `lead${p + 1}@${NATIONAL_DOMAIN}`;
    await users.push([leadId, leadEmail, `${pick(demoFirstNames)} ${pick(demoLastNames)} (coordination ${p + 1})`, passwordHash, false, new Date(createdAt)]);
    await memberships.push([leadId, id, "team_lead", 1]);
    await memberships.push([networkId, id, "network", 1]);
    const specialistIds: string[] = [];
    const fte: number[] = [];
    for (let s = 0; s < 1 + extraSpecialists[p]; s++) {
      specialistNo++;
      const sid = uuidv7At(createdAt + 2000 + s, rng);
      specialistIds.push(sid);
      const share = weighted<number>([[1, 0.8], [0.8, 0.12], [0.5, 0.08]]);
      fte.push(share);
      await users.push([sid, `specialist${specialistNo}@${NATIONAL_DOMAIN}`, `${pick(demoFirstNames)} ${pick(demoLastNames)} (conseil ${specialistNo})`, passwordHash, false, new Date(createdAt)]);
      await memberships.push([sid, id, "specialist", share]);
    }
    const serviceIds: string[] = [];
    for (let k = 0; k < 2 + Math.floor(rnd() * 3); k++) {
      const sid = uuidv7At(createdAt + 3000 + k, rng);
      serviceIds.push(sid);
      await serviceRows.push([sid, id, `${serviceKinds[k].toUpperCase()} ${cities[p % cities.length]} ${k + 1}`, serviceKinds[k], new Date(createdAt)]);
    }
    programs.push({
      id, name, leadId, leadEmail, specialistIds, fte, serviceIds, employerIds: [],
      communityShare: 0.35 + rnd() * 0.5,
      jobDevelopment: 0.5 + rnd() * 1.1,
      people: [],
    });
  }
  await programRows.done();
  await users.done();
  await memberships.done();
  await serviceRows.done();
  phase(`programs (${sizes.programs}), users, memberships, services`);

  // --- participants and their caseload episodes ----------------------------------------------------------------
  // Active people per program follow its full-time posts times a caseload that varies by program (fidelity S1:
  // some programs at 20 per FTE, some well over); closed ones follow the team's size.
  const caseloadFactor = programs.map(() => 14 + rnd() * 16);
  const activePer = allocate(sizes.active, programs.map((p, i) => p.fte.reduce((s, f) => s + f, 0) * caseloadFactor[i]));
  const closedPer = allocate(sizes.participants - sizes.active, programs.map((p) => p.specialistIds.length));
  const people: Person[] = [];
  const reopenGap = () => days(30 + rnd() * 400);
  programs.forEach((program, pi) => {
    const bySpecialist = () => {
      let r = rnd() * program.fte.reduce((s, f) => s + f, 0);
      for (let k = 0; k < program.fte.length; k++) if ((r -= program.fte[k]) < 0) return program.specialistIds[k];
      return program.specialistIds[program.specialistIds.length - 1];
    };
    const make = (status: ParticipantStatus, episodes: Episode[]) => {
      const person: Person = {
        id: uuidv7At(workTime(episodes[0].open), rng),
        programIndex: pi,
        status,
        specialistId: bySpecialist(),
        // Most people come from one or two of the program's partner teams (fidelity O1).
        serviceId: rnd() < 0.75 ? program.serviceIds[0] : pick(program.serviceIds),
        episodes,
        first: pick(demoFirstNames),
        last: pick(demoLastNames),
        employedAtEntry: rnd() < 0.08,
      };
      program.people.push(person);
      people.push(person);
    };
    for (let i = 0; i < activePer[pi]; i++) {
      const status = weighted(activeMix);
      const age = status === "referred" ? 2 + Math.floor(rnd() * 58) : 45 + Math.floor(rnd() ** 1.4 * 1100);
      const current: Episode = { open: today - days(age), close: null, reason: null };
      if (rnd() < 0.06) {
        const close = current.open - reopenGap();
        const open = close - days(60 + rnd() * 450);
        if (open > start) {
          make(status, [{ open, close, reason: weighted(closureMix) }, current]);
          continue;
        }
      }
      make(status, [current]);
    }
    for (let i = 0; i < closedPer[pi]; i++) {
      const open = start + days(rnd() * (HISTORY_DAYS - 40));
      const close = Math.min(today - DAY_MS, open + days(Math.min(1200, Math.max(20, lognormal(280, 0.6)))));
      const first: Episode = { open, close, reason: weighted(closureMix) };
      if (rnd() < 0.06) {
        const open2 = close + reopenGap();
        const close2 = open2 + days(Math.max(20, lognormal(200, 0.6)));
        if (close2 < today - DAY_MS) {
          make("closed", [first, { open: open2, close: close2, reason: weighted(closureMix) }]);
          continue;
        }
      }
      make("closed", [first]);
    }
  });
  const participantsW = writer("participants", [
    col("id", "uuid"), col("program_id", "uuid"), col("first_name", "text"), col("last_name", "text"), col("referral_date", "date"),
    col("referral_source", "text"), col("referring_service", "text"), col("referring_service_id", "uuid"), col("specialist_id", "uuid"),
    col("status", "text"), col("closure_reason", "text"), col("closure_note", "text"), col("search_name", "text"),
    col("created_at", "timestamptz"), col("updated_at", "timestamptz"), col("version", "int4"),
  ]);
  const episodesW = writer("caseload_episodes", [col("id", "uuid"), col("participant_id", "uuid"), col("program_id", "uuid"), col("opened_on", "date"), col("closed_on", "date"), col("closure_reason", "text")], [participantsW]);
  for (const person of people) {
    const program = programs[person.programIndex];
    const lastEpisode = person.episodes[person.episodes.length - 1];
    const createdAt = workTime(person.episodes[0].open);
    await participantsW.push([
      person.id, program.id, person.first, person.last, isoOf(person.episodes[0].open),
      rnd() < 0.6 ? "care_team" : pick(["self", "family", "public_employment_service", "other"]),
      `Service ${program.serviceIds.indexOf(person.serviceId) + 1}`, person.serviceId, person.specialistId,
      person.status, lastEpisode.reason, lastEpisode.reason ? "Décision de la personne, discutée en réunion d'équipe." : null,
      searchNameOf(person.first, person.last), new Date(createdAt), new Date(workTime(lastEpisode.close ?? today)), 2 + person.episodes.length,
    ]);
    for (const e of person.episodes) {
      await episodesW.push([uuidv7At(workTime(e.open), rng), person.id, program.id, isoOf(e.open), e.close === null ? null : isoOf(e.close), e.reason]);
    }
  }
  await participantsW.done();
  await episodesW.done();
  phase(`participants (${people.length}, ${people.filter((p) => p.status !== "closed").length} active) and episodes`);

  // --- contacts: exactly sizes.contacts, spread by time on the caseload and how often the person is seen -------------
  const spanOf = (e: Episode) => Math.max(DAY_MS, (e.close ?? today) - e.open);
  const contactCounts = allocate(sizes.contacts, people.map((p) => (p.episodes.reduce((s, e) => s + spanOf(e), 0) / DAY_MS) * intensityOf[p.status] * Math.min(3, Math.max(0.3, Math.exp(0.45 * gauss())))));
  const contactsW = writer("contacts", [
    col("id", "uuid"), col("participant_id", "uuid"), col("program_id", "uuid"), col("date", "date"), col("duration_minutes", "int4"), col("mode", "text"),
    col("place", "text"), listCol("with_whom", "text"), col("phase", "text"), col("author_id", "uuid"), col("created_at", "timestamptz"),
  ]);
  const dayInEpisodes = (person: Person): number => {
    let r = rnd() * person.episodes.reduce((s, e) => s + spanOf(e), 0);
    for (const e of person.episodes) {
      if ((r -= spanOf(e)) < 0 || e === person.episodes[person.episodes.length - 1]) return e.open + Math.floor((rnd() * (spanOf(e) + DAY_MS)) / DAY_MS) * DAY_MS;
    }
    return person.episodes[0].open;
  };
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    const program = programs[person.programIndex];
    for (let c = 0; c < contactCounts[i]; c++) {
      const day = Math.min(today, dayInEpisodes(person));
      const at = workTime(day);
      const mode = weighted(modeMix);
      await contactsW.push([
        uuidv7At(at, rng), person.id, program.id, isoOf(day), pick([15, 30, 30, 45, 60, 60, 90]), mode,
        mode === "in_person" ? (rnd() < program.communityShare ? "community" : "office") : null,
        weighted(withWhomMix), pick(phasesOf[person.status]),
        rnd() < 0.05 ? pick(program.specialistIds) : person.specialistId, new Date(at),
      ]);
    }
  }
  await contactsW.done();
  await client.query(
    `update participants p set last_contact_date = c.last from (select participant_id, max(date) as last from contacts group by participant_id) c where c.participant_id = p.id`,
  );
  phase(`contacts (${sizes.contacts}) and last contact dates`);

  // --- employers ---------------------------------------------------------------------------------------------
  const employersPer = allocate(sizes.employers, programs.map((p) => p.specialistIds.length));
  const employersW = writer("employers", [
    col("id", "uuid"), col("program_id", "uuid"), col("name", "text"), col("setting", "text"), col("stage", "text"), listCol("specialist_ids", "uuid"),
    col("search_name", "text"), col("created_at", "timestamptz"), col("updated_at", "timestamptz"),
  ]);
  for (let pi = 0; pi < programs.length; pi++) {
    const program = programs[pi];
    for (let k = 0; k < employersPer[pi]; k++) {
      const at = workTime(today - days(30 + rnd() * 1500));
      const id = uuidv7At(at, rng);
      const name = `${pick(employerKinds)} ${pick(demoLastNames)} ${pi + 1}-${k + 1}`;
      const setting = rnd() < 0.03 ? "esat" : rnd() < 0.03 ? "entreprise_adaptee" : "ordinary";
      program.employerIds.push(id);
      await employersW.push([id, program.id, name, setting, pick(["prospect", "in_contact", "partner", "hiring"]), pick(program.specialistIds), searchNameOfEmployer(name), new Date(at), new Date(at)]);
    }
  }
  await employersW.done();
  phase(`employers (${sizes.employers})`);

  // --- employer contacts: a first one for most people soon after entry, then the team's other contacts ------------
  const ecW = writer("employer_contacts", [
    col("id", "uuid"), col("program_id", "uuid"), col("employer_id", "uuid"), col("author_id", "uuid"), col("date", "date"), col("face_to_face", "boolean"),
    col("kind", "text"), listCol("participant_ids", "uuid"), col("purpose", "text"), col("next_step", "text"), col("next_step_date", "date"),
    col("next_step_done_on", "date"), col("created_at", "timestamptz"), col("updated_at", "timestamptz"),
  ]);
  const ecpW = writer("employer_contact_people", [col("employer_contact_id", "uuid"), col("participant_id", "uuid"), col("program_id", "uuid"), col("date", "date"), col("face_to_face", "boolean"), col("kind", "text")], [ecW]);
  const ecStart = today - EMPLOYER_CONTACT_DAYS * DAY_MS;
  const employerOf = (program: Program) => program.employerIds[Math.floor(rnd() * rnd() * program.employerIds.length)];
  let ecWritten = 0;
  const writeEmployerContact = async (program: Program, day: number, author: string, faceToFace: boolean, kind: string, person: Person | null) => {
    const at = workTime(day);
    const id = uuidv7At(at, rng);
    const withStep = rnd() < 0.4;
    const stepDay = day + days(7 + rnd() * 24);
    const done = withStep && stepDay < today - 7 * DAY_MS && rnd() < 0.9;
    const date = isoOf(day);
    await ecW.push([
      id, program.id, employerOf(program), author, date, faceToFace, kind, person ? person.id : "",
      kind === "generic" ? "Découvrir l'entreprise et ses métiers" : "Présenter une candidature",
      withStep ? "Rappeler la responsable" : "", withStep ? isoOf(stepDay) : null, done ? isoOf(Math.min(today, stepDay + days(rnd() * 4))) : null, new Date(at), new Date(at),
    ]);
    if (person) await ecpW.push([id, person.id, program.id, date, faceToFace, kind]);
    ecWritten++;
  };
  for (const program of programs) {
    for (const person of program.people) {
      if (person.status === "referred" && rnd() < 0.7) continue;
      for (const e of person.episodes) {
        if (e.open < ecStart || rnd() > 0.8) continue;
        const day = e.open + days(lognormal(21, 0.8));
        if (day > Math.min(e.close ?? today, today)) continue;
        await writeEmployerContact(program, day, person.specialistId, rnd() < 0.85, "for_participant", person);
      }
    }
  }
  const remainingPer = allocate(Math.max(0, sizes.employerContacts - ecWritten), programs.map((p) => p.specialistIds.length * p.jobDevelopment));
  for (let pi = 0; pi < programs.length; pi++) {
    const program = programs[pi];
    for (let k = 0; k < remainingPer[pi]; k++) {
      const day = ecStart + days(rnd() * EMPLOYER_CONTACT_DAYS);
      let kind = weighted([["generic", 0.55], ["for_participant", 0.35], ["awareness_session", 0.1]] as [string, number][]);
      let person: Person | null = null;
      if (kind === "for_participant") {
        for (let t = 0; t < 8 && !person; t++) {
          const candidate = pick(program.people);
          if (candidate.episodes.some((e) => e.open <= day && (e.close ?? today) >= day)) person = candidate;
        }
        if (!person) kind = "generic";
      }
      await writeEmployerContact(program, day, person ? person.specialistId : pick(program.specialistIds), rnd() < 0.6, kind, person);
    }
  }
  await ecW.done();
  await ecpW.done();
  await client.query(
    `update employers e set last_contact_date = c.last from (select employer_id, max(date) as last from employer_contacts group by employer_id) c where c.employer_id = e.id`,
  );
  phase(`employer contacts (${ecWritten})`);

  // --- jobs and the benefits plans before them -------------------------------------------------------------------
  const jobsW = writer("jobs", [
    col("id", "uuid"), col("program_id", "uuid"), col("participant_id", "uuid"), col("employer_id", "uuid"), col("employer_name", "text"), col("title", "text"),
    col("occupation_code", "text"), col("start_date", "date"), col("end_date", "date"), col("end_recorded_on", "date"), col("hours_per_week", "real"),
    col("hourly_gross_wage", "real"), col("contract", "text"), col("competitive_override", "jsonb"), col("disclosure", "jsonb"), col("end_reason", "text"),
    col("ended_by", "text"), col("created_at", "timestamptz"), col("updated_at", "timestamptz"),
  ]);
  const plansW = writer("benefit_plans", [
    col("id", "uuid"), col("participant_id", "uuid"), col("program_id", "uuid"), col("country", "text"), col("plan_date", "date"), col("situation", "jsonb"),
    col("scenarios", "jsonb"), col("results", "jsonb"), col("return_to_work_cumulation", "boolean"), col("job_id", "uuid"), col("created_by", "uuid"), col("created_at", "timestamptz"),
  ], [jobsW]);
  const working = people.filter((p) => p.status === "working" || p.status === "follow_along");
  const jobsPer = new Map<Person, number>(working.map((p) => [p, 1]));
  const cumulative: number[] = [];
  let weightSum = 0;
  for (const p of people) cumulative.push((weightSum += jobWeightOf[p.status] * Math.min(3, Math.max(0.3, p.episodes.reduce((s, e) => s + spanOf(e), 0) / (365 * DAY_MS)))));
  for (let j = working.length; j < sizes.jobs; j++) {
    const r = rnd() * weightSum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    jobsPer.set(people[lo], (jobsPer.get(people[lo]) ?? 0) + 1);
  }
  const occupationCodes = romeDomaines.map((d) => d.code);
  const commonCodes = occupationCodes.slice(0, 12);
  let jobCount = 0;
  for (const [person, n] of jobsPer) {
    const program = programs[person.programIndex];
    const isWorking = person.status === "working" || person.status === "follow_along";
    const current = person.episodes[person.episodes.length - 1];
    for (let k = 0; k < n; k++) {
      let startDay: number;
      let endDay: number | null;
      if (isWorking && k === 0) {
        // The ongoing job of someone working now: started after entry, a while ago for follow-along.
        const earliest = current.open + 7 * DAY_MS;
        const latest = person.status === "follow_along" ? today - 120 * DAY_MS : today - 3 * DAY_MS;
        startDay = latest <= earliest ? earliest : earliest + days(rnd() * ((latest - earliest) / DAY_MS));
        startDay = Math.min(startDay, today - DAY_MS);
        endDay = null;
      } else if (k === (isWorking ? 1 : 0) && person.employedAtEntry) {
        // Employed at entry: a job that started before the referral (the UK rate leaves these people out).
        startDay = person.episodes[0].open - days(30 + rnd() * 700);
        endDay = person.episodes[0].open + days(rnd() * 300);
      } else {
        startDay = Math.min(today - DAY_MS, dayInEpisodes(person) + days(rnd() * 30));
        endDay = startDay + days(Math.max(3, lognormal(120, 1)));
      }
      if (endDay !== null && endDay >= today) endDay = isWorking && rnd() < 0.5 ? null : Math.max(startDay, today - days(1 + rnd() * 30));
      const at = workTime(startDay);
      const id = uuidv7At(at, rng);
      const contract = weighted(contractMix);
      const employerId = rnd() < 0.8 ? pick(program.employerIds) : null;
      const smic = smicHourlyGross(isoOf(startDay).slice(0, 7));
      const wageDraw = rnd();
      const wage = wageDraw < 0.15 ? null : wageDraw < 0.21 ? Math.round((smic - 0.3 - rnd() * 2) * 100) / 100 : Math.round((smic + rnd() * 4) * 100) / 100;
      const hoursDraw = rnd();
      const hours = hoursDraw < 0.03 ? pick([2, 3, 3.5]) : hoursDraw < 0.08 ? null : pick(hoursChoices);
      const override = rnd() < 0.01 ? JSON.stringify({ competitive: rnd() < 0.6, reason: "Décision de l'équipe après examen du contrat." }) : null;
      await jobsW.push([
        id, program.id, person.id, employerId, employerId ? "" : `${pick(employerKinds)} ${pick(demoLastNames)}`, pick(jobTitles),
        rnd() < 0.6 ? pick(commonCodes) : pick(occupationCodes), isoOf(startDay), endDay === null ? null : isoOf(endDay),
        endDay === null ? null : isoOf(Math.min(today, endDay + days(rnd() * 10))), hours, wage, contract, override,
        JSON.stringify({ level: pick(["none", "partial", "full"]), details: "" }), endDay === null ? null : pick(endReasons),
        endDay === null ? null : pick(["person", "employer", "mutual"]), new Date(at), new Date(at),
      ]);
      jobCount++;
      if (rnd() < 0.6) {
        const planDay = Math.min(today, startDay - days(rnd() * 60));
        const planAt = workTime(planDay);
        await plansW.push([uuidv7At(planAt, rng), person.id, program.id, "FR", isoOf(planDay), "{}", "[]", "{}", false, rnd() < 0.8 ? id : null, person.specialistId, new Date(planAt)]);
      }
    }
  }
  await jobsW.done();
  await plansW.done();
  phase(`jobs (${jobCount}) and benefits plans`);

  // --- referrals: accepted ones behind 60% of the people, declined ones with a reason, a few pending ---------------
  const referralsW = writer("referrals", [
    col("id", "uuid"), col("program_id", "uuid"), col("service_id", "uuid"), col("first_name", "text"), col("last_name", "text"), col("referred_on", "date"),
    col("status", "text"), col("specialist_id", "uuid"), col("participant_id", "uuid"), col("decline_reason", "text"), col("decided_on", "date"),
    col("created_at", "timestamptz"), col("updated_at", "timestamptz"),
  ]);
  for (const program of programs) {
    for (const person of program.people) {
      if (rnd() > 0.6) continue;
      const open = person.episodes[0].open;
      const referred = open - days(rnd() * 10);
      await referralsW.push([uuidv7At(workTime(referred), rng), program.id, person.serviceId, person.first, person.last, isoOf(referred), "accepted", person.specialistId, person.id, null, isoOf(open), new Date(workTime(referred)), new Date(workTime(open))]);
    }
    const declined = Math.round(program.people.length * 0.03);
    for (let k = 0; k < declined + 2; k++) {
      const pending = k >= declined;
      const referred = pending ? today - days(rnd() * 10) : start + days(rnd() * (HISTORY_DAYS - 20));
      const decided = referred + days(3 + rnd() * 14);
      await referralsW.push([
        uuidv7At(workTime(referred), rng), program.id, pick(program.serviceIds), pick(demoFirstNames), pick(demoLastNames), isoOf(referred),
        pending ? "pending" : "declined", null, null, pending ? null : pick(["not_wanting_support_now", "unreachable_after_outreach"]),
        pending ? null : isoOf(decided), new Date(workTime(referred)), new Date(workTime(pending ? referred : decided)),
      ]);
    }
  }
  await referralsW.done();
  phase("referrals");

  // --- weekly meetings with discussions, supervision sessions ----------------------------------------------------
  const meetingsW = writer("meetings", [col("id", "uuid"), col("program_id", "uuid"), col("date", "date"), col("start_time", "text"), col("status", "text"), col("attendance", "jsonb"), col("created_by", "uuid"), col("created_at", "timestamptz")]);
  const discussionsW = writer("meeting_discussions", [col("id", "uuid"), col("meeting_id", "uuid"), col("program_id", "uuid"), col("participant_id", "uuid"), col("notes", "text"), col("shared_with_care_team", "boolean"), col("decisions", "text"), col("author_id", "uuid"), col("created_at", "timestamptz")], [meetingsW]);
  const supervisionW = writer("supervision_sessions", [col("id", "uuid"), col("program_id", "uuid"), col("kind", "text"), col("date", "date"), col("duration_minutes", "int4"), col("leader_id", "uuid"), listCol("attendee_ids", "uuid"), col("topics", "text"), col("created_at", "timestamptz")]);
  const lastTuesday = today - (((new Date(today).getUTCDay() + 5) % 7) * DAY_MS);
  for (const program of programs) {
    const attendance = JSON.stringify([
      ...[program.leadId, ...program.specialistIds].map((userId) => ({ userId, name: "Équipe", role: "Conseil", present: rnd() < 0.9 })),
      { userId: null, name: "Dr Référent", role: "CMP", present: true },
    ]);
    const active = program.people.filter((p) => p.status !== "closed");
    for (let w = 1; w <= 26; w++) {
      const day = lastTuesday - w * 7 * DAY_MS;
      const id = uuidv7At(day + 30_000_000, rng);
      await meetingsW.push([id, program.id, isoOf(day), "14:00", "held", attendance, program.leadId, new Date(day - 6 * DAY_MS)]);
      const discussed = new Set<Person>();
      for (let d = 0; d < 4 && active.length > 0; d++) discussed.add(pick(active));
      for (const person of discussed) {
        await discussionsW.push([uuidv7At(day + 31_000_000, rng), id, program.id, person.id, "Point sur la recherche d'emploi et les soins.", rnd() < 0.5, "Prochain rendez-vous employeur.", person.specialistId, new Date(day + 40_000_000)]);
      }
      const sessionDay = day + DAY_MS;
      await supervisionW.push([uuidv7At(sessionDay + 30_000_000, rng), program.id, "group_supervision", isoOf(sessionDay), 60, program.leadId, program.specialistIds.join(","), "Revue des candidatures", new Date(sessionDay + 40_000_000)]);
      if (w % 4 === 0) {
        await supervisionW.push([uuidv7At(sessionDay + 50_000_000, rng), program.id, "field_mentoring", isoOf(sessionDay + DAY_MS), 120, program.leadId, pick(program.specialistIds), "Visite employeur accompagnée", new Date(sessionDay + 60_000_000)]);
      }
    }
  }
  await meetingsW.done();
  await discussionsW.done();
  await supervisionW.done();
  phase("meetings and supervision");

  // Production tables are vacuumed and analysed by autovacuum; a freshly loaded one is not.
  await client.query("vacuum analyze");
  phase("vacuum analyze");

  // The program of median size (by people on the caseload now): its fidelity indicators are measured.
  const bySize = [...programs].sort((a, b) => a.people.filter((p) => p.status !== "closed").length - b.people.filter((p) => p.status !== "closed").length || a.id.localeCompare(b.id));
  const mid = bySize[Math.floor(bySize.length / 2)];
  return {
    scale: options.scale,
    seed: options.seed,
    asOf,
    sizes,
    counts,
    programIds: programs.map((p) => p.id),
    midProgram: {
      id: mid.id,
      participants: mid.people.length,
      active: mid.people.filter((p) => p.status !== "closed").length,
      specialists: mid.specialistIds.length,
      leadEmail: mid.leadEmail,
    },
    seconds: (performance.now() - started) / 1000,
    timings,
  };
};

// Standalone: a throw-away cluster, migrations, the dataset, the summary.
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const at = (name: string, fallback: string) => (argv.indexOf(`--${name}`) >= 0 ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
  // @ts-expect-error plain ESM helper without types, owned by scripts/
  const { startCluster, stopCluster } = await import("../scripts/pg-cluster.mjs");
  const { openPostgres } = await import("../packages/server/src/platform/db");
  const cluster = await startCluster();
  try {
    const database = await openPostgres(cluster.url, 2);
    await database.migrate();
    await database.close();
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const summary = await generateNational(client, { scale: Number(at("scale", "0.1")), seed: Number(at("seed", "1")), batchSize: Number(at("batch", "20000")) });
    await client.end();
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await stopCluster(cluster);
  }
}
