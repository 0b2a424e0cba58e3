import {
  type CreateJobInput,
  type Program,
  type SupportPlanData,
  createContactInput,
  createJobInput,
  listEmployersQuery,
  listParticipantsQuery,
  supportPlanDataSchema,
} from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { listEmployers } from "../modules/employers/employers.repository";
import { logSupportContact } from "../modules/follow-along/log-support-contact";
import { saveSupportPlan } from "../modules/follow-along/save-support-plan";
import { createJob } from "../modules/jobs/create-job";
import { getParticipant, listParticipants } from "../modules/participants/participants.repository";
import { updateParticipant } from "../modules/participants/update-participant";

type DemoJob = {
  /** Days before today the job started. */
  startedDaysAgo: number;
  registered?: string;
  job: Omit<CreateJobInput, "startDate" | "employerId">;
  /** An earlier, ended episode (job history kept in the app). */
  before?: Omit<CreateJobInput, "employerId">;
  supports?: { kind: SupportPlanData["supports"][number]["kind"]; provider: SupportPlanData["supports"][number]["provider"]; frequency: SupportPlanData["supports"][number]["frequency"]; description?: string; providerName?: string }[];
  /** Support contacts, days before today, each with the indexes of the supports it delivered. */
  contacts?: { daysAgo: number; supports: number[]; notes: string }[];
};

/**
 * Jobs for the people of the Lyon program who are working or in follow-along: some competitive, one in an ESAT,
 * one in an entreprise adaptée, an apprenticeship counted competitive by the team, one without a wage yet, and an
 * earlier ended job. The first ones have a support plan and a few support contacts (one support overdue).
 */
const demoJobs: DemoJob[] = [
  {
    startedDaysAgo: 45,
    registered: "Boulangerie Au Pain Doré",
    job: { title: "Vendeuse en boulangerie", occupationCode: "D11", contract: "cdi", hoursPerWeek: 24, hourlyGrossWage: 12.45, disclosure: { level: "partial", details: "A parlé à la gérante d'un suivi médical régulier, sans détail." } },
    supports: [
      { kind: "on_site_coaching", provider: "specialist", frequency: "weekly", description: "Passage le mardi matin, avant le rush" },
      { kind: "supervisor_meetings", provider: "specialist", frequency: "monthly", description: "Point avec Mme Garnier" },
      { kind: "reminders", provider: "coworker", frequency: "daily", providerName: "Léa, collègue", description: "Rappel de la pause de 10 h" },
    ],
    contacts: [
      { daysAgo: 40, supports: [0, 1], notes: "Première semaine : bonne prise de poste, la gérante est satisfaite." },
      { daysAgo: 26, supports: [0], notes: "Gestion de la caisse plus sereine." },
      { daysAgo: 12, supports: [0], notes: "Fatigue en fin de semaine : on en parle avec l'équipe de soin." },
    ],
  },
  {
    startedDaysAgo: 80,
    registered: "Entreprise adaptée Rhône Services",
    job: { title: "Agent de propreté", occupationCode: "K22", contract: "cdd", plannedEndDate: null, hoursPerWeek: 28, hourlyGrossWage: 12.4, disclosure: { level: "full", details: "RQTH connue de l'employeur." } },
    supports: [
      { kind: "transport_training", provider: "peer_supporter", frequency: "as_needed", description: "Trajet en tram jusqu'à Vénissieux" },
      { kind: "off_site_meetings", provider: "specialist", frequency: "every_two_weeks" },
    ],
    contacts: [{ daysAgo: 20, supports: [1], notes: "Souhaite viser un emploi en milieu ordinaire d'ici l'an prochain." }],
  },
  {
    startedDaysAgo: 120,
    job: { employerName: "ESAT Les Ateliers du Rhône", title: "Ouvrier en conditionnement", occupationCode: "H33", contract: "esat", hoursPerWeek: 30, hourlyGrossWage: null, disclosure: { level: "full", details: "" } },
  },
  {
    startedDaysAgo: 30,
    registered: "Hôtel Les Terrasses",
    job: { title: "Femme de chambre", occupationCode: "G15", contract: "interim", hoursPerWeek: 20, hourlyGrossWage: null, disclosure: { level: "none", details: "" } },
    before: {
      employerName: "Restaurant Le Bouchon",
      title: "Plongeur",
      occupationCode: "G16",
      contract: "cdd",
      startDate: "",
      hoursPerWeek: 15,
      hourlyGrossWage: 12.02,
      disclosure: { level: "none", details: "" },
      endReason: "end_of_contract",
      endedBy: "employer",
      endNote: "Contrat saisonnier ; bonne expérience, à recontacter pour l'été.",
    },
  },
  {
    startedDaysAgo: 150,
    registered: "Garage Martin & Fils",
    job: {
      title: "Apprenti mécanicien",
      occupationCode: "I16",
      contract: "apprentissage",
      hoursPerWeek: 35,
      hourlyGrossWage: 8.6,
      disclosure: { level: "partial", details: "" },
      competitiveOverride: { competitive: true, reason: "Salaire d'apprenti fixé par la loi ; poste ouvert à tous, en entreprise ordinaire." },
    },
  },
  {
    startedDaysAgo: 260,
    job: { employerName: "Supermarché du Rhône", title: "Employé de rayon", occupationCode: "D15", contract: "cdi", hoursPerWeek: 26, hourlyGrossWage: 12.6, disclosure: { level: "none", details: "" } },
    supports: [{ kind: "career_progression", provider: "specialist", frequency: "monthly", description: "Projet de passer à 30 h" }],
    contacts: [{ daysAgo: 25, supports: [0], notes: "Demande d'heures supplémentaires acceptée par le responsable." }],
  },
  {
    startedDaysAgo: 300,
    job: { employerName: "Jardins de Villeurbanne", title: "Agent d'entretien des espaces verts", occupationCode: "A12", contract: "contrat_aide", hoursPerWeek: 20, hourlyGrossWage: 12.02, disclosure: { level: "none", details: "" } },
  },
];

const repeated = demoJobs.filter((d) => d.job.contract !== "esat" && !d.before);

export const seedDemoJobs = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  const lead = actor("lead");
  const programId = programs[0].id;
  const scope = [{ programId, scope: "program" as const, userId: lead.userId, serviceId: null }];
  const working = (await listParticipants(db, scope, listParticipantsQuery.parse({ status: "working", limit: 50 }))).items;
  const following = (await listParticipants(db, scope, listParticipantsQuery.parse({ status: "follow_along", limit: 50 }))).items;
  const people = [...working, ...following];
  const employers = (await listEmployers(db, [programId], listEmployersQuery.parse({ limit: 100 }))).items;
  const employerIds = new Map(employers.map((e) => [e.name, e.id]));
  const specialists = [actor("specialist"), actor("specialistB")];
  const byFor = (specialistId: string | null) => specialists.find((s) => s.userId === specialistId) ?? specialists[0];

  for (const [k, person] of people.entries()) {
    // Past the list, ordinary jobs only: one ESAT and one earlier ending are enough for the demo.
    const demo = k < demoJobs.length ? demoJobs[k] : repeated[(k - demoJobs.length) % repeated.length];
    const by = byFor(person.specialistId);
    const startDate = addDays(today, -demo.startedDaysAgo - Math.floor(k / demoJobs.length) * 7);
    if (demo.before) {
      const beforeStart = addDays(startDate, -200);
      ctx.clock.set(`${addDays(startDate, -60)}T10:00:00Z`);
      await createJob(ctx, by, person.id, createJobInput.parse({ ...demo.before, startDate: beforeStart, endDate: addDays(startDate, -70) }));
    }
    ctx.clock.set(`${startDate}T16:00:00Z`);
    const employerId = demo.registered ? (employerIds.get(demo.registered) ?? null) : null;
    const { job } = await createJob(ctx, by, person.id, createJobInput.parse({ ...demo.job, employerId, startDate }));

    if (demo.supports) {
      const supports = demo.supports.map((s) => ({ id: newId(), ...s }));
      ctx.clock.set(`${addDays(startDate, 3)}T11:00:00Z`);
      await saveSupportPlan(ctx, by, job.id, {
        version: 0,
        data: supportPlanDataSchema.parse({ supports, chosenWithPersonOn: addDays(startDate, 3), nextReviewDate: addDays(today, 30), notes: "Soutiens choisis avec la personne, à revoir au premier bilan." }),
      });
      for (const c of demo.contacts ?? []) {
        const date = addDays(today, -c.daysAgo);
        ctx.clock.set(`${date}T15:00:00Z`);
        await logSupportContact(ctx, by, job.id, {
          contact: createContactInput.parse({ date, durationMinutes: 45, mode: "in_person", place: "community", withWhom: ["participant"], phase: "follow_along", notes: c.notes }),
          supportIds: c.supports.map((i) => supports[i].id),
        });
      }
    }

    // Recording the job moved a follow-along person to "working"; they were in follow-along, and stay there.
    if (following.some((p) => p.id === person.id)) {
      const current = await getParticipant(db, person.id);
      if (current && current.status !== "follow_along") {
        const back = addDays(startDate, 90) < today ? addDays(startDate, 90) : today;
        ctx.clock.set(`${back}T18:00:00Z`);
        await updateParticipant(ctx, by, person.id, { version: current.version, status: "follow_along" });
      }
    }
  }
};
