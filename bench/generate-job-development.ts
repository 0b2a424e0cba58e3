/**
 * The job development part of the benchmark dataset (bench/generate.ts calls it after the people): employers,
 * the employer contact log, openings, jobs, career profiles (the preferences matching reads) and benefits plan
 * dates (the worklist's "benefits before a start" rule). Sizes from the job development issue: 20,000 employers,
 * 300,000 employer contacts, 60,000 jobs, 2,000 open openings in the program.
 *
 * Deterministic like the rest (its own seeded generator, so the people part of the dataset is unchanged), rows
 * straight into the real schema in multi-row INSERTs. What the use cases would also write and nothing reads on the
 * measured routes is left out: events for these rows, and the simulation content of benefits plans (stored as
 * empty objects: the worklist reads only their dates and job links).
 */
import type { PgTable } from "drizzle-orm/pg-core";
import { type EmployerContactKind, type JobContract, type ParticipantStatus, romeDomaines, scheduleOptions, workEnvironmentTags } from "@passerelle/domain";
import { benefitPlans, careerProfiles, employerContactPeople, employerContacts, employers, jobs, openings } from "../packages/server/src/db/schema/index";
import type { Db } from "../packages/server/src/platform/db";
import { searchNameOfEmployer } from "../packages/server/src/modules/employers/employers.repository";
import { createRng, uuidv7At } from "./generate";

export type JobDevelopmentOptions = { employers: number; employerContacts: number; jobs: number; openOpenings: number; closedOpenings: number };

export const fullJobDevelopment: JobDevelopmentOptions = { employers: 20_000, employerContacts: 300_000, jobs: 60_000, openOpenings: 2_000, closedOpenings: 3_000 };
export const smallJobDevelopment: JobDevelopmentOptions = { employers: 2_000, employerContacts: 30_000, jobs: 6_000, openOpenings: 2_000, closedOpenings: 300 };

export type PersonPlan = { id: string; status: ParticipantStatus; specialistId: string | null; referral: number; windowEnd: number };

export type JobDevelopmentSummary = {
  counts: { employers: number; employerContacts: number; openings: number; openOpenings: number; jobs: number; careerProfiles: number; benefitPlans: number };
  /** The name prefix the employer search is measured with, and how many employers it matches. */
  employerPrefix: string;
  employerPrefixMatches: number;
};

const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Communes of the Lyon area and around (real INSEE codes), so the place criterion meets real EPCI and departments. */
const communes = [
  { name: "Lyon", inseeCode: "69123", postalCode: "69003" },
  { name: "Villeurbanne", inseeCode: "69266", postalCode: "69100" },
  { name: "Vénissieux", inseeCode: "69259", postalCode: "69200" },
  { name: "Bron", inseeCode: "69029", postalCode: "69500" },
  { name: "Saint-Priest", inseeCode: "69290", postalCode: "69800" },
  { name: "Vaulx-en-Velin", inseeCode: "69256", postalCode: "69120" },
  { name: "Caluire-et-Cuire", inseeCode: "69034", postalCode: "69300" },
  { name: "Saint-Fons", inseeCode: "69199", postalCode: "69190" },
  { name: "Écully", inseeCode: "69081", postalCode: "69130" },
  { name: "Tassin-la-Demi-Lune", inseeCode: "69244", postalCode: "69160" },
  { name: "Givors", inseeCode: "69091", postalCode: "69700" },
  { name: "Villefranche-sur-Saône", inseeCode: "69264", postalCode: "69400" },
  { name: "Vienne", inseeCode: "38544", postalCode: "38200" },
  { name: "Bourgoin-Jallieu", inseeCode: "38053", postalCode: "38300" },
  { name: "Saint-Étienne", inseeCode: "42218", postalCode: "42000" },
];

const employerKinds = [
  "Boulangerie", "Restaurant", "Garage", "Pharmacie", "Hôtel", "Supermarché", "Imprimerie", "Menuiserie", "Cabinet",
  "Transports", "Nettoyage", "Jardins", "Librairie", "Crèche", "Clinique vétérinaire", "Plomberie", "Entrepôt", "Café",
  "Fleuriste", "Atelier", "Boucherie", "Laverie", "Résidence", "Logistique", "Brasserie",
];
const employerNames = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
  "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
  "du Parc", "des Lilas", "de la Croix-Rousse", "du Rhône", "Bellecour", "de la Guillotière", "des Pentes", "Confluence",
];
const jobTypes = [
  "Serveur", "Employé de libre-service", "Agent d'entretien", "Magasinier", "Jardinier", "Cuisinier", "Vendeur",
  "Aide à domicile", "Préparateur de commandes", "Secrétaire", "Boulanger", "Agent d'accueil", "Manutentionnaire",
];
/** Occupation families the bench openings use, weighted towards the usual first jobs. */
const commonFamilies = ["G18", "G16", "D12", "D11", "K22", "N11", "A14", "M16", "H33", "K12"];
const environmentWords = ["au calme", "en équipe", "dehors", "seul", "au contact du public", "bruyant", "physique", "bureau"];
const contractMix: [JobContract, number][] = [
  ["cdi", 0.3], ["cdd", 0.3], ["interim", 0.15], ["contrat_aide", 0.08], ["apprentissage", 0.03], ["independant", 0.02], ["esat", 0.06], ["entreprise_adaptee", 0.06],
];
const endReasons = ["resigned", "dismissed", "end_of_contract", "laid_off", "other"] as const;
const jobsWeight: Record<ParticipantStatus, number> = { referred: 3, engaged: 6, job_search: 12, working: 20, follow_along: 20, closed: 10 };

export const generateJobDevelopment = async (
  db: Db,
  input: {
    programId: string;
    today: number;
    seed: number;
    people: readonly PersonPlan[];
    specialistIds: readonly string[];
    options: JobDevelopmentOptions;
    insertBatches: <TTable extends PgTable>(label: string, table: TTable, rows: TTable["$inferInsert"][]) => Promise<void>;
  },
): Promise<JobDevelopmentSummary> => {
  const { programId, today, people, specialistIds, options } = input;
  const rng = createRng(input.seed * 7919 + 17);
  const rnd = rng.next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const weighted = <T>(mix: [T, number][]): T => {
    let r = rnd() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1][0];
  };
  const subset = <T>(items: readonly T[], max: number): T[] => items.filter(() => rnd() < max / items.length);
  const workTime = (day: number): number => day + 27_000_000 + Math.floor(rnd() * 36_000_000);
  const dayIn = (from: number, to: number): number => from + Math.floor((rnd() * (Math.max(to - from, 0) + DAY_MS)) / DAY_MS) * DAY_MS;
  const placeOf = () => {
    const c = pick(communes);
    return { kind: "commune" as const, inseeCode: c.inseeCode, name: c.name, postalCode: c.postalCode };
  };

  // --- employers ---------------------------------------------------------------------------------------------
  const employerRows: (typeof employers.$inferInsert)[] = [];
  for (let i = 0; i < options.employers; i++) {
    const createdAt = workTime(today - (30 + Math.floor(rnd() * 900)) * DAY_MS);
    const name = `${pick(employerKinds)} ${pick(employerNames)} ${i + 1}`;
    const place = placeOf();
    employerRows.push({
      id: uuidv7At(createdAt, rng),
      programId,
      name,
      siret: null,
      nafCode: null,
      setting: rnd() < 0.03 ? "esat" : rnd() < 0.03 ? "entreprise_adaptee" : "ordinary",
      address: null,
      place,
      size: pick(["1_9", "10_19", "20_49", "50_249", "250_plus"]),
      stage: pick(["prospect", "in_contact", "in_contact", "partner", "hiring"]),
      contactPeople: [],
      notes: "",
      specialistIds: [pick(specialistIds)],
      searchName: searchNameOfEmployer(name),
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    });
  }

  // --- employer contacts: ~2 years, by the team, some for named people of the author's caseload ----------------
  const activeBySpecialist = new Map<string, string[]>();
  for (const p of people) {
    if (p.status === "closed" || !p.specialistId) continue;
    const list = activeBySpecialist.get(p.specialistId) ?? [];
    list.push(p.id);
    activeBySpecialist.set(p.specialistId, list);
  }
  const contactRows: (typeof employerContacts.$inferInsert)[] = [];
  const contactPeopleRows: (typeof employerContactPeople.$inferInsert)[] = [];
  const lastContact = new Map<string, string>();
  const nextStep = new Map<string, string>();
  for (let i = 0; i < options.employerContacts; i++) {
    const employer = employerRows[Math.floor(rnd() * rnd() * employerRows.length)]; // some employers are seen far more often
    const author = pick(specialistIds);
    const day = dayIn(today - 730 * DAY_MS, today);
    const date = isoOf(day);
    const kind: EmployerContactKind = weighted([["generic", 0.5], ["for_participant", 0.4], ["awareness_session", 0.1]]);
    const caseload = activeBySpecialist.get(author) ?? [];
    const participantIds = kind === "for_participant" && caseload.length > 0 ? [pick(caseload)] : [];
    const withNextStep = rnd() < 0.4;
    const nextDay = day + (7 + Math.floor(rnd() * 24)) * DAY_MS;
    const done = withNextStep && nextDay < today - 7 * DAY_MS && rnd() < 0.9;
    const at = workTime(day);
    const employerId = employer.id as string;
    const id = uuidv7At(at, rng);
    const faceToFace = rnd() < 0.6;
    const storedKind = participantIds.length === 0 && kind === "for_participant" ? "generic" : kind;
    for (const participantId of participantIds) contactPeopleRows.push({ employerContactId: id, participantId, programId, date, faceToFace, kind: storedKind });
    contactRows.push({
      id,
      programId,
      employerId,
      authorId: author,
      date,
      faceToFace,
      kind: storedKind,
      participantIds,
      peopleMet: [],
      purpose: kind === "generic" ? "Découvrir l'entreprise et ses métiers" : "Présenter une candidature",
      hiringNeeds: rnd() < 0.3 ? "Recrute des saisonniers au printemps" : "",
      outcome: "",
      nextStep: withNextStep ? "Rappeler la responsable" : "",
      nextStepDate: withNextStep ? isoOf(nextDay) : null,
      nextStepDoneOn: done ? isoOf(Math.min(today, nextDay + Math.floor(rnd() * 5) * DAY_MS)) : null,
      createdAt: new Date(at),
      updatedAt: new Date(at),
    });
    if ((lastContact.get(employerId) ?? "") < date) lastContact.set(employerId, date);
    if (withNextStep && !done) {
      const open = isoOf(nextDay);
      const current = nextStep.get(employerId);
      if (!current || open < current) nextStep.set(employerId, open);
    }
  }
  for (const e of employerRows) {
    e.lastContactDate = lastContact.get(e.id as string) ?? null;
    e.nextStepDate = nextStep.get(e.id as string) ?? null;
  }

  // --- openings: open ones recent, filled/closed older ------------------------------------------------------
  const openingRows: (typeof openings.$inferInsert)[] = [];
  for (let i = 0; i < options.openOpenings + options.closedOpenings; i++) {
    const open = i < options.openOpenings;
    const employer = pick(employerRows);
    const day = open ? dayIn(today - 60 * DAY_MS, today) : dayIn(today - 700 * DAY_MS, today - 60 * DAY_MS);
    const at = workTime(day);
    const family = rnd() < 0.7 ? pick(commonFamilies) : pick(romeDomaines).code;
    const title = pick(jobTypes);
    const place = rnd() < 0.9 ? (employer.place as ReturnType<typeof placeOf>) : placeOf();
    openingRows.push({
      id: uuidv7At(at, rng),
      programId,
      employerId: employer.id as string,
      title,
      // Normalized as the openings use case does (lower case, accent-free), for search.
      searchTitle: searchNameOfEmployer(title),
      occupationCode: family,
      hoursPerWeek: pick([null, 15, 17.5, 20, 24, 28, 35]),
      schedule: subset(scheduleOptions, 2),
      place,
      inseeCode: place.inseeCode,
      environment: subset(workEnvironmentTags, 2),
      requirements: rnd() < 0.5 ? "Débutant accepté" : "",
      description: "",
      status: open ? "open" : rnd() < 0.6 ? "filled" : "closed",
      source: pick(["job_development", "job_development", "employer_request", "public_employment_service", "job_board", "network"]),
      postedOn: isoOf(day),
      createdAt: new Date(at),
      updatedAt: new Date(at),
    });
  }

  // --- career profiles: the preferences matching reads (everyone not closed) ------------------------------
  const profileRows: (typeof careerProfiles.$inferInsert)[] = [];
  for (const p of people) {
    if (p.status === "closed") continue;
    const min = pick([null, 10, 15, 20, 24]);
    const home = pick(communes);
    const places = [{ name: home.name, inseeCode: home.inseeCode, postalCode: home.postalCode }];
    if (rnd() < 0.4) {
      const other = pick(communes);
      if (other.inseeCode !== home.inseeCode) places.push({ name: other.name, inseeCode: other.inseeCode, postalCode: other.postalCode });
    }
    profileRows.push({
      participantId: p.id,
      version: 1,
      data: {
        workGoal: { dreamJob: "", shortTermGoal: "" },
        education: [],
        certificates: [],
        jobHistory: [],
        strengths: "",
        interests: "",
        preferences: {
          jobTypes: [pick(jobTypes), ...(rnd() < 0.5 ? [pick(jobTypes)] : [])],
          hoursPerWeekMin: min,
          hoursPerWeekMax: min === null ? pick([null, 24, 30]) : min + pick([5, 10, 15]),
          schedule: subset(scheduleOptions, 2),
          places,
          maxTravelMinutes: rnd() < 0.5 ? pick([20, 30, 45, 60]) : null,
          maxTravelKm: null,
          environment: subset(environmentWords, 2).join(", "),
        },
        whatHelps: "",
        disclosure: { preference: "undecided", notes: "" },
        benefits: { current: [], notes: "" },
        rqth: { status: "unknown" },
        legalHistory: "",
      },
      savedAt: new Date(workTime(p.referral + 10 * DAY_MS)),
      savedBy: p.specialistId,
    });
  }

  // --- jobs: spread by status; the working have an ongoing one --------------------------------------------
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of people) cumulative.push((sum += jobsWeight[p.status]));
  const jobsOf = new Map<number, number>();
  for (let i = 0; i < options.jobs; i++) {
    const r = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    jobsOf.set(lo, (jobsOf.get(lo) ?? 0) + 1);
  }
  const jobRows: (typeof jobs.$inferInsert)[] = [];
  const planRows: (typeof benefitPlans.$inferInsert)[] = [];
  for (const [index, count] of jobsOf) {
    const p = people[index];
    const working = p.status === "working" || p.status === "follow_along";
    // Episodes laid end to end backwards from the end of the person's window, with some overlap.
    let cursor = p.windowEnd;
    for (let k = 0; k < count; k++) {
      const ongoing = working && k === 0;
      const length = (20 + Math.floor(rnd() * 300)) * DAY_MS;
      const end = ongoing ? null : cursor - Math.floor(rnd() * 20) * DAY_MS;
      const start = (end ?? cursor) - length;
      cursor = start + (rnd() < 0.15 ? Math.floor(length / 2) : 0);
      const contract = weighted(contractMix);
      const employer = rnd() < 0.8 ? pick(employerRows) : null;
      const at = workTime(start);
      const id = uuidv7At(at, rng);
      jobRows.push({
        id,
        programId,
        participantId: p.id,
        employerId: employer ? (employer.id as string) : null,
        employerName: employer ? "" : `${pick(employerKinds)} ${pick(employerNames)}`,
        title: pick(jobTypes),
        occupationCode: pick(commonFamilies),
        startDate: isoOf(start),
        endDate: end === null ? null : isoOf(end),
        endRecordedOn: end === null ? null : isoOf(Math.min(today, end + Math.floor(rnd() * 10) * DAY_MS)),
        hoursPerWeek: pick([null, 15, 20, 24, 28, 35]),
        hourlyGrossWage: rnd() < 0.85 ? Math.round((11.65 + rnd() * 4) * 100) / 100 : null,
        contract,
        disclosure: { level: pick(["none", "partial", "full"]), details: "" },
        endReason: end === null ? null : pick(endReasons),
        endedBy: end === null ? null : pick(["person", "employer", "mutual"]),
        createdAt: new Date(at),
        updatedAt: new Date(at),
      });
      // Benefits counselling before most starts (the worklist looks for it).
      if (rnd() < 0.6) {
        const planDay = start - Math.floor(rnd() * 60) * DAY_MS;
        const planAt = workTime(planDay);
        planRows.push({
          id: uuidv7At(planAt, rng),
          participantId: p.id,
          programId,
          country: "FR",
          planDate: isoOf(planDay),
          situation: {},
          scenarios: [],
          results: {},
          returnToWorkCumulation: false,
          decision: "",
          jobId: rnd() < 0.7 ? id : null,
          createdBy: p.specialistId,
          createdAt: new Date(planAt),
        });
      }
    }
  }

  await input.insertBatches("employers", employers, employerRows);
  await input.insertBatches("employer contacts", employerContacts, contactRows);
  await input.insertBatches("employer contact people", employerContactPeople, contactPeopleRows);
  await input.insertBatches("openings", openings, openingRows);
  await input.insertBatches("career profiles", careerProfiles, profileRows);
  await input.insertBatches("jobs", jobs, jobRows);
  await input.insertBatches("benefit plans", benefitPlans, planRows);

  const employerPrefix = "boul";
  return {
    counts: {
      employers: employerRows.length,
      employerContacts: contactRows.length,
      openings: openingRows.length,
      openOpenings: options.openOpenings,
      jobs: jobRows.length,
      careerProfiles: profileRows.length,
      benefitPlans: planRows.length,
    },
    employerPrefix,
    employerPrefixMatches: employerRows.filter((e) => e.searchName.startsWith(employerPrefix)).length,
  };
};
