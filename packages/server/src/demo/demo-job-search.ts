import {
  type ApplicationReason,
  type ApplicationStatus,
  type JobSearchPlanData,
  createApplicationInput,
  jobSearchPlanDataSchema,
  listEmployersQuery,
  listParticipantsQuery,
  type Program,
} from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { listEmployers } from "../modules/employers/employers.repository";
import { changeApplicationStatus } from "../modules/job-search/change-application-status";
import { createApplication } from "../modules/job-search/create-application";
import { saveJobSearchPlan } from "../modules/job-search/save-job-search-plan";
import { listParticipants } from "../modules/participants/participants.repository";

type DemoStep = { daysAgo: number; status: ApplicationStatus; reason?: ApplicationReason; note?: string };
/** An application: the employer (by name in the register, or just named), the title, its dated steps. */
type DemoApplication = { person: number; employer: string; registered: boolean; title: string; steps: DemoStep[] };

const demoApplications: DemoApplication[] = [
  { person: 0, employer: "Boulangerie Au Pain Doré", registered: true, title: "Vendeur·se en boulangerie", steps: [{ daysAgo: 20, status: "interested" }, { daysAgo: 15, status: "applied" }, { daysAgo: 6, status: "interview", note: "Avec la gérante, bon contact" }] },
  { person: 0, employer: "Hôtel Les Terrasses", registered: true, title: "Valet de chambre", steps: [{ daysAgo: 40, status: "applied" }, { daysAgo: 10, status: "not_selected", reason: "no_answer", note: "Relancé deux fois" }] },
  { person: 0, employer: "Supermarché du quartier", registered: false, title: "Employé·e de mise en rayon", steps: [{ daysAgo: 3, status: "interested" }] },
  { person: 1, employer: "Garage Martin & Fils", registered: true, title: "Aide-mécanicien", steps: [{ daysAgo: 25, status: "applied" }, { daysAgo: 18, status: "interview" }, { daysAgo: 12, status: "interview", note: "Essai d'une demi-journée à l'atelier" }, { daysAgo: 4, status: "offer" }] },
  { person: 1, employer: "Entreprise adaptée Rhône Services", registered: true, title: "Agent d'entretien des espaces verts", steps: [{ daysAgo: 30, status: "applied" }, { daysAgo: 22, status: "withdrawn", reason: "commute", note: "Trop loin sans voiture" }] },
  { person: 2, employer: "Écomusée du Bugey", registered: true, title: "Agent d'accueil", steps: [{ daysAgo: 9, status: "applied" }] },
  { person: 2, employer: "Restaurant Le Bouchon", registered: false, title: "Commis de cuisine", steps: [{ daysAgo: 35, status: "applied" }, { daysAgo: 28, status: "interview" }, { daysAgo: 21, status: "not_selected", reason: "experience" }] },
  { person: 3, employer: "Propreté Services", registered: false, title: "Agent de nettoyage", steps: [{ daysAgo: 14, status: "applied" }, { daysAgo: -3, status: "interview", note: "Entretien prévu, y aller ensemble" }] },
  { person: 3, employer: "Hôtel Les Terrasses", registered: true, title: "Plongeur·se", steps: [{ daysAgo: 45, status: "applied" }, { daysAgo: 38, status: "offer" }, { daysAgo: 36, status: "withdrawn", reason: "hours", note: "Horaires du soir incompatibles avec le traitement" }] },
  { person: 4, employer: "Boulangerie Au Pain Doré", registered: true, title: "Aide-boulanger", steps: [{ daysAgo: 16, status: "interested" }, { daysAgo: 11, status: "applied" }] },
];

/** A plan per person: what they aim for, who does what by when (some steps late), the next review. */
const demoPlan = (k: number, today: string, employerIds: Map<string, string>, withPeer: boolean): JobSearchPlanData => {
  const bakery = employerIds.get("Boulangerie Au Pain Doré");
  const plans: Omit<JobSearchPlanData, "steps">[] = [
    { targetJobs: [{ title: "Vendeur·se en boulangerie", occupationCode: "D11" }, { title: "Employé·e de libre-service", occupationCode: "D15" }], targetEmployers: [bakery ? { employerId: bakery, name: "" } : { name: "Boulangerie Au Pain Doré" }, { name: "Supermarché du quartier" }], notes: "Souhaite commencer à temps partiel, le matin." },
    { targetJobs: [{ title: "Aide-mécanicien", occupationCode: "I16" }], targetEmployers: [{ name: "Garages du 8e arrondissement" }], notes: "Permis B : peut se déplacer dans l'Est lyonnais." },
    { targetJobs: [{ title: "Agent d'accueil", occupationCode: "M16" }, { title: "Commis de cuisine", occupationCode: "G16" }], targetEmployers: [], notes: "" },
    { targetJobs: [{ title: "Agent de nettoyage", occupationCode: "K22" }], targetEmployers: [{ name: "Propreté Services" }], notes: "Préfère travailler seul·e, horaires de journée." },
  ];
  const base = plans[k % plans.length];
  return jobSearchPlanDataSchema.parse({
    ...base,
    steps: [
      { id: newId(), description: "Mettre le CV à jour avec la dernière expérience", owner: "participant", dueDate: addDays(today, -12), status: "done", doneOn: addDays(today, -14) },
      { id: newId(), description: "Préparer l'entretien (questions sur le parcours)", owner: "specialist", dueDate: addDays(today, -3) },
      { id: newId(), description: "Demander une attestation de stage à l'ancien employeur", owner: "family", ownerName: "Sa sœur, Nadia", dueDate: addDays(today, -6) },
      { id: newId(), description: "Visiter deux employeurs ciblés", owner: "specialist", dueDate: addDays(today, 7 + k) },
      { id: newId(), description: "Parler de l'horaire de travail avec le psychiatre", owner: "care_team", dueDate: addDays(today, 14), status: k === 2 ? "dropped" : "todo" },
      ...(withPeer ? [{ id: newId(), description: "L'accompagner à son premier entretien", owner: "peer_supporter", dueDate: addDays(today, 10) }] : []),
    ],
    nextReviewDate: addDays(today, 5 + 3 * k),
  });
};

/**
 * Job search plans and applications for the Lyon program's people looking for work, through the use cases (the
 * same every time): the plans have late steps, the applications sit at every status on the demo employers.
 */
export const seedDemoJobSearch = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  const lead = actor("lead");
  const programId = programs[0].id;
  const people = (await listParticipants(db, [{ programId, scope: "program", userId: lead.userId, serviceId: null }], listParticipantsQuery.parse({ status: "job_search", limit: 50 }))).items;
  const employers = (await listEmployers(db, [programId], listEmployersQuery.parse({ limit: 100 }))).items;
  const employerIds = new Map(employers.map((e) => [e.name, e.id]));
  const specialists = [actor("specialist"), actor("specialistB")];
  const byFor = (specialistId: string | null) => specialists.find((s) => s.userId === specialistId) ?? specialists[0];

  // The first four by name, and someone the peer supporter accompanies, so that their account shows a plan too.
  const withPlan = [...people.slice(0, 4), ...people.slice(4).filter((p) => p.peerSupporterId).slice(0, 1)];
  for (const [k, person] of withPlan.entries()) {
    ctx.clock.set(`${addDays(today, -2 - k)}T15:00:00Z`);
    await saveJobSearchPlan(ctx, byFor(person.specialistId), person.id, { version: 0, data: demoPlan(k, today, employerIds, !!person.peerSupporterId) });
  }

  for (const a of demoApplications) {
    const person = people[a.person % Math.max(1, people.length)];
    if (!person) return;
    const by = byFor(person.specialistId);
    const [first, ...next] = a.steps;
    const firstDate = addDays(today, -first.daysAgo);
    ctx.clock.set(`${firstDate}T10:00:00Z`);
    const employerId = a.registered ? employerIds.get(a.employer) : undefined;
    let application = await createApplication(
      ctx,
      by,
      person.id,
      createApplicationInput.parse({ employerId, employerName: employerId ? "" : a.employer, title: a.title, status: first.status, date: firstDate, note: first.note ?? "" }),
    );
    for (const step of next) {
      const date = addDays(today, -step.daysAgo);
      // A scheduled interview is recorded today, dated ahead.
      ctx.clock.set(`${step.daysAgo < 0 ? today : date}T11:00:00Z`);
      application = await changeApplicationStatus(ctx, by, application.id, {
        version: application.version,
        status: step.status,
        date,
        reason: step.reason ?? null,
        note: step.note ?? "",
      });
    }
  }
};
