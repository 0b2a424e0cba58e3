/**
 * The care-team part of the benchmark dataset (bench/generate.ts calls it last): a program of its own with 300
 * participants and two years of history, the size the weekly meeting's budget is stated for (issue 4: "agenda of
 * a weekly meeting for a program with 300 participants and 2 years of history: p99 under 150 ms on PostgreSQL").
 *
 * Its team lead and 6 specialists, 3 partner services, 300 people over every status with care-team consent for
 * most, ~60 contacts each over their time in the program, face-to-face employer contacts made for them, jobs,
 * referrals (a few still pending), and 104 weekly meetings (Tuesdays): all held but this week's, each with its
 * attendance, ~10 discussions, 3 action items (done, but for the last weeks'), and flags (resolved, but for the
 * last ones). The agenda is measured on this week's meeting, signed in as this program's team lead.
 *
 * Deterministic (its own seeded generator), rows straight into the real schema in multi-row INSERTs. Events and
 * audit rows the use cases would write are left out: the agenda does not read them.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { ParticipantStatus } from "@passerelle/domain";
import {
  actionItems,
  consents,
  contacts,
  employerContactPeople,
  employerContacts,
  employers,
  jobs,
  meetingDiscussions,
  meetingFlags,
  meetings,
  memberships,
  participants,
  programs,
  referrals,
  services,
  users,
} from "../packages/server/src/db/schema/index";
import type { Db } from "../packages/server/src/platform/db";
import { searchNameOf } from "../packages/server/src/modules/participants/participants.repository";
import { createRng, uuidv7At } from "./generate";

export type CareTeamOptions = { participants: number; weeks: number; contactsPerPerson: number };
export const fullCareTeam: CareTeamOptions = { participants: 300, weeks: 104, contactsPerPerson: 60 };

export type CareTeamSummary = {
  programId: string;
  leadEmail: string;
  /** This week's meeting (planned): the agenda route is measured on it. */
  meetingId: string;
  counts: { participants: number; contacts: number; employerContacts: number; jobs: number; referrals: number; meetings: number; discussions: number; actionItems: number; flags: number };
};

export const CARE_TEAM_LEAD_EMAIL = "careteam-lead@bench.passerelle.test";

const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
type InsertBatches = <TTable extends PgTable>(label: string, table: TTable, rows: TTable["$inferInsert"][]) => Promise<void>;

const firstNames = ["Camille", "Léa", "Nora", "Yanis", "Sami", "Jules", "Inès", "Lucas", "Manon", "Karim", "Élise", "Hugo", "Aïcha", "Théo", "Zoé"];
const lastNames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Garcia", "Roux", "Fournier"];
const statusMix: [ParticipantStatus, number][] = [["referred", 0.06], ["engaged", 0.12], ["job_search", 0.3], ["working", 0.22], ["follow_along", 0.1], ["closed", 0.2]];

export const generateCareTeam = async (
  db: Db,
  input: { today: number; seed: number; passwordHash: string; options: CareTeamOptions; insertBatches: InsertBatches },
): Promise<CareTeamSummary> => {
  const { today, options, insertBatches } = input;
  const rng = createRng(input.seed + 404);
  const rnd = rng.next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const weighted = <T>(mix: [T, number][]): T => {
    let r = rnd() * mix.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of mix) if ((r -= w) < 0) return value;
    return mix[mix.length - 1][0];
  };
  const day = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;
  const start = day(today) - options.weeks * 7 * DAY_MS;

  // --- program, team, services ---
  const programId = uuidv7At(start - 30 * DAY_MS, rng);
  await db.insert(programs).values({ id: programId, name: "Emploi accompagné — 300 personnes (bench équipe de soin)", country: "FR", createdAt: new Date(start - 30 * DAY_MS) });
  const leadId = uuidv7At(start - 29 * DAY_MS, rng);
  const specialistIds = Array.from({ length: 6 }, (_, i) => uuidv7At(start - 28 * DAY_MS + i * 1000, rng));
  await db.insert(users).values([
    { id: leadId, email: CARE_TEAM_LEAD_EMAIL, name: "Coralie Coordinatrice (bench équipe de soin)", passwordHash: input.passwordHash },
    ...specialistIds.map((id, i) => ({ id, email: `careteam-specialist${i + 1}@bench.passerelle.test`, name: `${pick(firstNames)} ${pick(lastNames)} (conseil équipe ${i + 1})`, passwordHash: input.passwordHash })),
  ]);
  await db.insert(memberships).values([
    { userId: leadId, programId, role: "team_lead" as const },
    ...specialistIds.map((userId) => ({ userId, programId, role: "specialist" as const })),
  ]);
  const serviceIds = ["CMP Croix-Rousse", "CATTP Villeurbanne", "SAMSAH Rhône"].map((name, i) => ({ id: uuidv7At(start - 27 * DAY_MS + i, rng), name }));
  await db.insert(services).values(serviceIds.map((s, i) => ({ id: s.id, programId, name: s.name, kind: ["cmp", "cattp", "samsah"][i] })));

  // --- people, consents, contacts ---
  type Person = { id: string; status: ParticipantStatus; referral: number; end: number; specialistId: string };
  const people: Person[] = [];
  const participantRows: (typeof participants.$inferInsert)[] = [];
  const consentRows: (typeof consents.$inferInsert)[] = [];
  const contactRows: (typeof contacts.$inferInsert)[] = [];
  for (let i = 0; i < options.participants; i++) {
    const status = weighted(statusMix);
    // New people keep arriving: referral dates spread over the two years, the recently referred ones recent.
    const referral = status === "referred" ? day(today) - Math.floor(rnd() * 40) * DAY_MS : start + Math.floor(rnd() * (options.weeks * 7 - 20)) * DAY_MS;
    const end = status === "closed" ? Math.min(day(today), referral + Math.floor(60 + rnd() * 400) * DAY_MS) : day(today);
    // A tenth of the active people have not been seen for over a month (the agenda's "not seen" section).
    const lastSeen = status !== "closed" && rnd() < 0.1 ? end - Math.floor(31 + rnd() * 60) * DAY_MS : end - Math.floor(rnd() * 20) * DAY_MS;
    const id = uuidv7At(referral + 3_600_000, rng);
    const specialistId = pick(specialistIds);
    const first = pick(firstNames);
    const last = pick(lastNames);
    people.push({ id, status, referral, end, specialistId });
    let last_contact: number | null = null;
    const n = status === "referred" ? Math.floor(rnd() * 3) : Math.max(1, Math.round(options.contactsPerPerson * (0.3 + rnd() * 1.4)));
    const span = Math.max(0, lastSeen - referral);
    for (let c = 0; c < n && span >= 0 && lastSeen >= referral; c++) {
      const at = referral + Math.floor(rnd() * (span / DAY_MS + 1)) * DAY_MS;
      const withWhom = rnd() < 0.9 ? ["participant"] : rnd() < 0.5 ? ["family"] : ["participant", "care_team"];
      contactRows.push({
        id: uuidv7At(at + 36_000_000, rng), participantId: id, programId, date: isoOf(at), durationMinutes: 45,
        mode: weighted([["in_person", 0.6], ["phone", 0.25], ["video", 0.05], ["message", 0.1]] as [string, number][]),
        withWhom, phase: "job_search", notes: "", authorId: specialistId, createdAt: new Date(at + 36_000_000),
      });
      if (withWhom.includes("participant") && (last_contact === null || at > last_contact)) last_contact = at;
    }
    participantRows.push({
      id, programId, firstName: first, lastName: last, searchName: searchNameOf(first, last), referralDate: isoOf(referral), status, specialistId,
      referringServiceId: pick(serviceIds).id, closureReason: status === "closed" ? "moved" : null, lastContactDate: last_contact === null ? null : isoOf(last_contact),
      createdAt: new Date(referral + 3_600_000), updatedAt: new Date(end),
    });
    if (rnd() < 0.8) consentRows.push({ id: uuidv7At(referral + 7_200_000, rng), participantId: id, scope: "care_team", details: "", givenOn: isoOf(referral) });
  }

  // --- job development for these people: employers, face-to-face contacts for a person, jobs ---
  const employerRows = Array.from({ length: 300 }, (_, i) => ({ id: uuidv7At(start + i * 1000, rng), programId, name: `Employeur ${i + 1}`, searchName: `employeur ${i + 1}` }));
  const employerContactRows: (typeof employerContacts.$inferInsert)[] = [];
  const employerPeopleRows: (typeof employerContactPeople.$inferInsert)[] = [];
  const jobRows: (typeof jobs.$inferInsert)[] = [];
  for (const p of people) {
    const searching = ["job_search", "working", "follow_along"].includes(p.status) || (p.status === "closed" && rnd() < 0.5);
    const n = searching ? 5 + Math.floor(rnd() * 15) : p.status === "engaged" ? Math.floor(rnd() * 3) : 0;
    for (let c = 0; c < n; c++) {
      const at = p.referral + Math.floor(rnd() * ((p.end - p.referral) / DAY_MS + 1)) * DAY_MS;
      const id = uuidv7At(at + 40_000_000, rng);
      const faceToFace = rnd() < 0.6;
      employerContactRows.push({ id, programId, employerId: pick(employerRows).id, authorId: p.specialistId, date: isoOf(at), faceToFace, kind: "for_participant", participantIds: [p.id], createdAt: new Date(at + 40_000_000) });
      employerPeopleRows.push({ employerContactId: id, participantId: p.id, programId, date: isoOf(at), faceToFace, kind: "for_participant" });
    }
    const jobCount = p.status === "working" || p.status === "follow_along" ? 1 + Math.floor(rnd() * 2) : p.status === "job_search" || p.status === "closed" ? Math.floor(rnd() * 2) : 0;
    for (let j = 0; j < jobCount; j++) {
      const startAt = p.referral + Math.floor(rnd() * ((p.end - p.referral) / DAY_MS + 1)) * DAY_MS;
      const ongoing = j === jobCount - 1 && (p.status === "working" || p.status === "follow_along");
      const endAt = ongoing ? null : Math.min(p.end, startAt + Math.floor(20 + rnd() * 200) * DAY_MS);
      jobRows.push({
        id: uuidv7At(startAt + 50_000_000, rng), programId, participantId: p.id, employerName: pick(employerRows).name, title: pick(["Serveur", "Magasinier", "Agent d'entretien", "Vendeur"]),
        startDate: isoOf(startAt), endDate: endAt === null ? null : isoOf(endAt), contract: "cdd", disclosure: { level: "none", details: "" },
      });
    }
  }

  // --- referrals: one per person (accepted), a few declined, 8 still pending ---
  const referralRows: (typeof referrals.$inferInsert)[] = people.map((p) => ({
    id: uuidv7At(p.referral + 1000, rng), programId, serviceId: pick(serviceIds).id, firstName: "Orienté", lastName: "Accepté", referredOn: isoOf(p.referral - 3 * DAY_MS),
    status: "accepted", participantId: p.id, decidedOn: isoOf(p.referral), decidedBy: leadId,
  }));
  for (let i = 0; i < 48; i++) {
    const at = start + Math.floor(rnd() * options.weeks * 7) * DAY_MS;
    const pending = i < 8;
    const on = pending ? day(today) - Math.floor(rnd() * 20) * DAY_MS : at;
    referralRows.push({
      id: uuidv7At(on + 2000, rng), programId, serviceId: pick(serviceIds).id, firstName: pick(firstNames), lastName: pick(lastNames), referredOn: isoOf(on),
      status: pending ? "pending" : "declined", declineReason: pending ? null : "not_wanting_support_now", decidedOn: pending ? null : isoOf(on + 7 * DAY_MS),
    });
  }

  // --- weekly meetings on Tuesdays: held, but this week's (planned) ---
  const weekday = (new Date(day(today)).getUTCDay() + 6) % 7; // 0 = Monday
  const thisTuesday = day(today) - (weekday - 1) * DAY_MS;
  const meetingRows: (typeof meetings.$inferInsert)[] = [];
  const discussionRows: (typeof meetingDiscussions.$inferInsert)[] = [];
  const itemRows: (typeof actionItems.$inferInsert)[] = [];
  const flagRows: (typeof meetingFlags.$inferInsert)[] = [];
  const attendance = [leadId, ...specialistIds].map((userId) => ({ userId, name: "Équipe", role: "Conseil", present: true }));
  let current = "";
  for (let w = options.weeks; w >= 0; w--) {
    const at = thisTuesday - w * 7 * DAY_MS;
    const id = uuidv7At(at + 30_000_000, rng);
    const held = w > 0;
    meetingRows.push({
      id, programId, date: isoOf(at), startTime: "14:00", place: "Salle de réunion", status: held ? "held" : "planned",
      attendance: held ? [...attendance, { userId: null, name: "Dr Référent", role: "CMP Croix-Rousse", present: true }] : [], createdBy: leadId, createdAt: new Date(at - 6 * DAY_MS),
    });
    if (w === 0) current = id;
    const active = people.filter((p) => p.referral <= at && p.end >= at);
    if (!held || active.length === 0) continue;
    for (let d = 0; d < 10; d++) {
      const p = pick(active);
      if (discussionRows.some((x) => x.meetingId === id && x.participantId === p.id)) continue;
      discussionRows.push({
        id: uuidv7At(at + 31_000_000 + d, rng), meetingId: id, programId, participantId: p.id, notes: "Point sur la recherche d'emploi et les soins.",
        sharedWithCareTeam: rnd() < 0.5, decisions: "Prochain rendez-vous employeur la semaine prochaine.", authorId: p.specialistId, createdAt: new Date(at + 40_000_000),
      });
    }
    for (let a = 0; a < 3; a++) {
      const p = pick(active);
      const due = at + 14 * DAY_MS;
      // Action items of the last three weeks are still open; older ones were done before their due date.
      itemRows.push({
        id: uuidv7At(at + 32_000_000 + a, rng), programId, meetingId: id, participantId: p.id, description: "Appeler l'employeur avec la personne",
        ownerId: p.specialistId, dueDate: isoOf(due), doneOn: w <= 3 ? null : isoOf(at + 10 * DAY_MS), createdBy: leadId, createdAt: new Date(at + 40_000_000),
      });
    }
    for (let f = 0; f < 2; f++) {
      const p = pick(active);
      const flaggedOn = at - 3 * DAY_MS;
      flagRows.push({ id: uuidv7At(flaggedOn + 1000 + f, rng), programId, participantId: p.id, reason: "À discuter avec le CMP", flaggedBy: p.specialistId, flaggedOn: isoOf(flaggedOn), resolvedMeetingId: id });
    }
  }
  // Open flags for this week's meeting, raised the day before it.
  for (const p of people.filter((x) => x.status !== "closed").slice(0, 4)) {
    flagRows.push({ id: uuidv7At(thisTuesday - DAY_MS, rng), programId, participantId: p.id, reason: "Inquiétude du CMP", flaggedBy: leadId, flaggedOn: isoOf(thisTuesday - DAY_MS) });
  }

  await insertBatches("care team: participants", participants, participantRows);
  await insertBatches("care team: consents", consents, consentRows);
  await insertBatches("care team: contacts", contacts, contactRows);
  await insertBatches("care team: employers", employers, employerRows);
  await insertBatches("care team: employer contacts", employerContacts, employerContactRows);
  await insertBatches("care team: employer contact people", employerContactPeople, employerPeopleRows);
  await insertBatches("care team: jobs", jobs, jobRows);
  await insertBatches("care team: referrals", referrals, referralRows);
  await insertBatches("care team: meetings", meetings, meetingRows);
  await insertBatches("care team: discussions", meetingDiscussions, discussionRows);
  await insertBatches("care team: action items", actionItems, itemRows);
  await insertBatches("care team: flags", meetingFlags, flagRows);

  return {
    programId,
    leadEmail: CARE_TEAM_LEAD_EMAIL,
    meetingId: current,
    counts: {
      participants: participantRows.length,
      contacts: contactRows.length,
      employerContacts: employerContactRows.length,
      jobs: jobRows.length,
      referrals: referralRows.length,
      meetings: meetingRows.length,
      discussions: discussionRows.length,
      actionItems: itemRows.length,
      flags: flagRows.length,
    },
  };
};
