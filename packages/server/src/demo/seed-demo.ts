import type { ClosureReason, ContactPhase, ParticipantStatus, Role } from "@passerelle/domain";
import { addDays, fixedClock, parisDate } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Database } from "../platform/db";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { hashPassword } from "../platform/passwords";
import { seedDemoEmployers } from "./demo-employers";
import { seedDemoJobSearch } from "./demo-job-search";
import { seedDemoNotes } from "./demo-notes";
import { seedDemoMeetings } from "./demo-meetings";
import { seedDemoWorklist } from "./demo-worklist";
import { seedDemoJobs } from "./demo-jobs";
import { seedDemoOpenings } from "./demo-openings";
import { seedDemoNetwork } from "./demo-network";
import { seedDemoServices } from "./demo-services";
import { seedDemoReferrals } from "./demo-referrals";
import { seedDemoQuestionnaires } from "./demo-questionnaires";
import { seedDemoGoals } from "./demo-goals";
import { seedDemoRoutines } from "./demo-routines";
import { seedDemoNetworkMaps } from "./demo-network-maps";
import { seedDemoSst } from "./demo-sst";
import { seedDemoFidelity } from "./demo-fidelity";
import { seedDemoGuide } from "./demo-guide";
import { seedDemoBrainstorms } from "./demo-brainstorms";
import { seedDemoHistory } from "./demo-history";
import { seedDemoNetworkAccount } from "./demo-network-account";
import { saveCareerProfile } from "../modules/career-profile/save-career-profile";
import { recordConsent } from "../modules/consents/record-consent";
import { logContact } from "../modules/contacts/log-contact";
import { createParticipant } from "../modules/participants/create-participant";
import { updateParticipant } from "../modules/participants/update-participant";
import { insertProgram } from "../modules/programs/programs.repository";
import { insertUser, replaceMemberships } from "../modules/users/users.repository";
import {
  demoBelgianTowns,
  demoCommunes,
  demoContactNotes,
  demoFirstNames,
  demoGoals,
  demoLastNames,
  demoStrengths,
  demoWhatHelps,
} from "./demo-people";

export const DEMO_PASSWORD = "demo-passerelle";

type DemoUser = { key: string; email: string; name: string; isAdmin?: boolean; memberships: { program: 0 | 1; role: Role }[] };

const demoUsers: DemoUser[] = [
  { key: "admin", email: "admin@demo.passerelle.test", name: "Alice Administratrice", isAdmin: true, memberships: [{ program: 0, role: "admin" }, { program: 1, role: "admin" }] },
  { key: "lead", email: "coordination@demo.passerelle.test", name: "Claire Coordinatrice", memberships: [{ program: 0, role: "team_lead" }] },
  { key: "specialist", email: "conseil@demo.passerelle.test", name: "Samuel Conseiller", memberships: [{ program: 0, role: "specialist" }] },
  { key: "specialistB", email: "emploi@demo.passerelle.test", name: "Inès Conseillère", memberships: [{ program: 0, role: "specialist" }] },
  { key: "specialist2", email: "conseil2@demo.passerelle.test", name: "Lucas Job coach", memberships: [{ program: 1, role: "specialist" }] },
  { key: "clinician", email: "soin@demo.passerelle.test", name: "Dr Hélène Soignante", memberships: [{ program: 0, role: "clinician" }] },
  { key: "peer", email: "pair@demo.passerelle.test", name: "Marc Pair-aidant", memberships: [{ program: 0, role: "peer" }] },
];

/** Where each demo person stands: every stage of the journey is represented. */
const journeyPlan: { status: ParticipantStatus; closure?: ClosureReason }[] = [
  ...Array.from({ length: 5 }, () => ({ status: "referred" as const })),
  ...Array.from({ length: 7 }, () => ({ status: "engaged" as const })),
  ...Array.from({ length: 10 }, () => ({ status: "job_search" as const })),
  ...Array.from({ length: 8 }, () => ({ status: "working" as const })),
  ...Array.from({ length: 5 }, () => ({ status: "follow_along" as const })),
  { status: "closed", closure: "no_longer_wants_support" },
  { status: "closed", closure: "moved_away" },
  { status: "closed", closure: "chose_to_stop" },
  { status: "closed", closure: "unreachable_after_outreach" },
  { status: "closed", closure: "transferred" },
];

const phaseFor: Record<ParticipantStatus, ContactPhase[]> = {
  referred: ["engagement"],
  engaged: ["engagement", "career_profile", "benefits"],
  job_search: ["career_profile", "job_search", "job_development", "benefits"],
  working: ["job_search", "follow_along", "benefits", "coordination"],
  follow_along: ["follow_along", "coordination"],
  closed: ["engagement", "job_search"],
};

/** A small deterministic generator: the demo is the same every time. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

export const seedDemo = async (database: Database, today = parisDate(new Date())): Promise<void> => {
  const rnd = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const clock = fixedClock(`${addDays(today, -400)}T09:00:00Z`);
  const ctx: AppContext = { database, clock };
  const db = database.db;

  const programs = [
    await insertProgram(db, { id: newId(), name: "Emploi accompagné Lyon Métropole", country: "FR" }),
    await insertProgram(db, { id: newId(), name: "Job coaching Liège", country: "BE" }),
  ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actors = new Map<string, Actor>();
  for (const u of demoUsers) {
    const id = newId();
    await insertUser(db, { id, email: u.email, name: u.name, passwordHash, isAdmin: u.isAdmin ?? false });
    const memberships = u.memberships.map((m) => ({ programId: programs[m.program].id, programName: programs[m.program].name, role: m.role, serviceId: null }));
    await replaceMemberships(db, id, memberships);
    actors.set(u.key, { userId: id, name: u.name, email: u.email, locale: "fr", isAdmin: u.isAdmin ?? false, memberships, ip: "127.0.0.1" });
  }
  const actor = (key: string): Actor => {
    const found = actors.get(key);
    if (!found) throw new Error(`demo user ${key} missing`);
    return found;
  };

  const lyonPeople: string[] = [];
  for (let i = 0; i < journeyPlan.length; i++) {
    const plan = journeyPlan[i];
    const inBelgium = i % 4 === 3;
    const program = inBelgium ? programs[1] : programs[0];
    const specialist = inBelgium ? actor("specialist2") : i % 3 === 2 ? actor("specialistB") : actor("specialist");
    const lead = inBelgium ? actor("admin") : actor("lead");
    const daysAgo = plan.status === "referred" ? 3 + Math.floor(rnd() * 20) : 40 + Math.floor(rnd() * 330);
    const referralDate = addDays(today, -daysAgo);
    clock.set(`${referralDate}T08:30:00Z`);
    const goal = pick(demoGoals);
    const person = await createParticipant(ctx, lead, {
      programId: program.id,
      firstName: demoFirstNames[i % demoFirstNames.length],
      lastName: demoLastNames[(i * 7) % demoLastNames.length],
      referralDate,
      referralSource: pick(["care_team", "care_team", "care_team", "self", "family", "public_employment_service"] as const),
      referringService: inBelgium ? "Service de santé mentale de Liège" : pick(["CMP Lyon 3e", "CMP Villeurbanne", "Hôpital de jour Le Vinatier"]),
      referentName: pick(["Dr Morel (psychiatre)", "M. Faure (infirmier)", "Mme Colin (assistante sociale)", null]),
      specialistId: specialist.userId,
      peerSupporterId: !inBelgium && i % 5 === 0 ? actor("peer").userId : null,
    });
    if (!inBelgium) lyonPeople.push(person.id);
    let version = person.version;
    const advance = async (status: ParticipantStatus, at: string, closureReason?: ClosureReason) => {
      clock.set(`${at}T10:00:00Z`);
      const updated = await updateParticipant(ctx, specialist, person.id, { version, status, closureReason, closureNote: closureReason ? "Décision de la personne, discutée en réunion d'équipe." : undefined });
      version = updated.version;
    };
    if (plan.status === "referred") continue;

    const firstMeeting = addDays(referralDate, 2 + Math.floor(rnd() * 6));
    clock.set(`${firstMeeting}T11:00:00Z`);
    if (rnd() < 0.75) {
      await recordConsent(ctx, specialist, person.id, { scope: "care_team", details: "Partage avec l'équipe de soin référente (statut, profil, emploi).", givenOn: firstMeeting });
    }
    if (rnd() < 0.3) await recordConsent(ctx, specialist, person.id, { scope: "family", details: "Sa sœur peut être informée des rendez-vous.", givenOn: firstMeeting });
    await advance("engaged", firstMeeting);

    const places = inBelgium ? [pick(demoBelgianTowns)] : [pick(demoCommunes), pick(demoCommunes)].filter((p, k, all) => all.findIndex((q) => q.name === p.name) === k);
    clock.set(`${addDays(firstMeeting, 7)}T14:00:00Z`);
    await saveCareerProfile(ctx, specialist, person.id, {
      version: 0,
      data: {
        workGoal: { dreamJob: goal.dreamJob, shortTermGoal: goal.shortTermGoal },
        education: [{ title: pick(["CAP Cuisine", "Baccalauréat professionnel", "BEP Vente", "Licence de psychologie (non terminée)"]), institution: "", year: 2000 + Math.floor(rnd() * 20), completed: rnd() > 0.3 }],
        certificates: rnd() > 0.5 ? ["Permis B"] : [],
        jobHistory: [
          { title: pick(["Employé polyvalent", "Agent de nettoyage", "Manutentionnaire", "Serveur"]), employer: pick(["Restaurant Le Bouchon", "Propreté Services", "Entrepôt Rhône Logistique", "Supermarché du quartier"]), startDate: "2015-03-01", endDate: "2016-09-30", duties: "Mise en place, service, nettoyage.", wentWell: "Bonne entente avec l'équipe.", whyEnded: "Hospitalisation, fin de contrat." },
        ],
        strengths: pick(demoStrengths),
        interests: pick(["Cuisine, musique", "Jardinage, randonnée", "Dessin, jeux vidéo", "Football, bricolage"]),
        preferences: {
          jobTypes: goal.jobTypes,
          hoursPerWeekMin: 10,
          hoursPerWeekMax: pick([20, 24, 28, 35]),
          schedule: [pick(["weekday_daytime", "mornings", "afternoons"] as const)],
          places,
          maxTravelMinutes: pick([20, 30, 45]),
          maxTravelKm: null,
          environment: pick(["Petite équipe, calme", "Travail en extérieur", "Contact avec le public, mais pas trop"]),
        },
        whatHelps: pick(demoWhatHelps),
        disclosure: { preference: pick(["undecided", "partial", "none", "full"] as const), notes: "" },
        benefits: { current: [pick(["aah", "rsa", "pension_invalidite", "chomage"] as const)], notes: "" },
        rqth: { status: pick(["granted", "pending", "none", "unknown"] as const), expiresOn: null },
        legalHistory: "",
      },
    });

    const stages: ParticipantStatus[] = ["job_search", "working", "follow_along"];
    const targetIndex = plan.status === "closed" ? Math.floor(rnd() * 2) : stages.indexOf(plan.status);
    const spanDays = Math.max(10, daysAgo - 10);
    const contactCount = 4 + Math.floor(rnd() * 10);
    let stageReached = -1;
    for (let c = 0; c < contactCount; c++) {
      const at = addDays(firstMeeting, Math.floor(((c + 1) / (contactCount + 1)) * spanDays));
      const progress = Math.floor(((c + 1) / contactCount) * (targetIndex + 1)) - 1;
      while (stageReached < progress && stageReached < targetIndex) {
        stageReached++;
        await advance(stages[stageReached], at);
      }
      clock.set(`${at}T15:00:00Z`);
      const status = stageReached >= 0 ? stages[stageReached] : "engaged";
      await logContact(ctx, c % 6 === 5 && !inBelgium && i % 5 === 0 ? actor("peer") : specialist, person.id, {
        date: at,
        durationMinutes: pick([15, 30, 45, 60, 90]),
        mode: pick(["in_person", "in_person", "in_person", "phone", "video", "message"] as const),
        place: pick(["community", "community", "office"] as const),
        withWhom: [pick(["participant", "participant", "participant", "care_team", "family", "employer"] as const)],
        phase: pick(phaseFor[status]),
        notes: pick(demoContactNotes),
      });
    }
    if (plan.status === "closed") await advance("closed", addDays(today, -5 - Math.floor(rnd() * 20)), plan.closure);
  }
  // Partner services first: the clinician's service decides whom they see in the files that follow.
  await seedDemoServices({ ...ctx, clock }, today, programs, actor);
  await seedDemoEmployers({ ...ctx, clock }, today, programs, actor, lyonPeople[0]);
  await seedDemoOpenings({ ...ctx, clock }, today, programs, actor);
  await seedDemoJobSearch({ ...ctx, clock }, today, programs, actor);
  await seedDemoJobs({ ...ctx, clock }, today, programs, actor);
  await seedDemoWorklist({ ...ctx, clock }, today, programs, actor);
  await seedDemoNetwork({ ...ctx, clock }, today, programs, actor);
  await seedDemoReferrals({ ...ctx, clock }, today, programs, actor);
  await seedDemoHistory({ ...ctx, clock }, today, programs, actor);
  await seedDemoNotes({ ...ctx, clock }, today, programs, actor);
  await seedDemoMeetings({ ...ctx, clock }, today, programs, actor);
  await seedDemoQuestionnaires({ ...ctx, clock }, today, programs, actor);
  await seedDemoGoals({ ...ctx, clock }, today, programs, actor);
  await seedDemoRoutines({ ...ctx, clock }, today, programs, actor);
  await seedDemoNetworkMaps({ ...ctx, clock }, today, programs, actor);
  await seedDemoSst({ ...ctx, clock }, today, programs, actor);
  await seedDemoFidelity({ ...ctx, clock }, today, programs, actor);
  await seedDemoGuide({ ...ctx, clock }, today, programs, actor);
  await seedDemoBrainstorms({ ...ctx, clock }, today, programs, actor);
  await seedDemoNetworkAccount(database, programs, DEMO_PASSWORD);
};
