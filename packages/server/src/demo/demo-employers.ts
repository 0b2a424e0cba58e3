import { type CreateEmployerContactInput, createEmployerContactInput, createEmployerInput, type CreateEmployerInput, type Program } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { createEmployer } from "../modules/employers/create-employer";
import { logEmployerContact } from "../modules/employers/log-employer-contact";

type DemoContact = { daysAgo: number; by: string; input: Omit<CreateEmployerContactInput, "date"> };
type DemoEmployer = { by: string; program: 0 | 1; input: CreateEmployerInput; contacts: DemoContact[] };

const lyon = (name: string, inseeCode: string, postalCode: string) => ({ kind: "commune" as const, inseeCode, name, postalCode });

/** A few employers of the demo programs, with contacts through the use cases (the same every time). */
const demoEmployers = (forPerson: string): DemoEmployer[] => [
  {
    by: "specialist",
    program: 0,
    input: {
      name: "Boulangerie Au Pain Doré",
      siret: "41287345600013",
      nafCode: "10.71C",
      address: "12 rue de la République",
      place: lyon("Lyon", "69123", "69002"),
      size: "1_9",
      stage: "partner",
      contactPeople: [{ name: "Mme Garnier", role: "Gérante", phone: "04 78 00 11 22", email: null }],
      notes: "Cherche régulièrement du renfort le matin ; accueil bienveillant.",
    },
    contacts: [
      { daysAgo: 60, by: "specialist", input: { faceToFace: true, kind: "generic", purpose: "Découvrir la boulangerie", hiringNeeds: "Vente le matin, 20 h par semaine", outcome: "Bon accueil" } },
      { daysAgo: 12, by: "specialistB", input: { faceToFace: true, kind: "generic", purpose: "Passage au magasin", outcome: "Un poste de vendeur·se ouvrira en septembre", nextStep: "Rappeler la gérante", nextStepDate: null } },
    ],
  },
  {
    by: "specialistB",
    program: 0,
    input: {
      name: "Hôtel Les Terrasses",
      siret: "51962301700018",
      nafCode: "55.10Z",
      place: lyon("Villeurbanne", "69266", "69100"),
      size: "20_49",
      stage: "in_contact",
      contactPeople: [{ name: "M. Perrin", role: "Responsable des étages", phone: null, email: "rh@terrasses.example" }],
    },
    contacts: [
      { daysAgo: 20, by: "specialistB", input: { faceToFace: true, kind: "for_participant", participantIds: [forPerson], purpose: "Présenter une candidature", outcome: "Entretien proposé" } },
    ],
  },
  {
    by: "specialist",
    program: 0,
    input: { name: "Écomusée du Bugey", place: lyon("Lyon", "69123", "69007"), size: "10_19", stage: "prospect", setting: "ordinary" },
    contacts: [],
  },
  {
    by: "lead",
    program: 0,
    input: { name: "Entreprise adaptée Rhône Services", nafCode: "81.21Z", setting: "entreprise_adaptee", size: "50_249", stage: "hiring", place: lyon("Vénissieux", "69259", "69200") },
    contacts: [
      {
        daysAgo: 35,
        by: "lead",
        input: {
          faceToFace: true,
          kind: "awareness_session",
          purpose: "Petit-déjeuner du club d'entreprises",
          attendees: [{ name: "Mme Lefèvre", role: "Directrice" }, { name: "M. Bonnet", role: "Chef d'équipe" }],
        },
      },
    ],
  },
  {
    by: "specialist",
    program: 0,
    input: { name: "Garage Martin & Fils", siret: "80123456700023", nafCode: "45.20A", place: lyon("Lyon", "69123", "69008"), size: "1_9", stage: "in_contact" },
    contacts: [{ daysAgo: 8, by: "specialist", input: { faceToFace: false, kind: "generic", purpose: "Appel de prise de contact", nextStep: "Visite de l'atelier", nextStepDate: null } }],
  },
  {
    by: "specialist2",
    program: 1,
    input: { name: "Brasserie du Carré", place: { kind: "town", name: "Liège", country: "BE", postalCode: "4000" }, size: "10_19", stage: "partner" },
    contacts: [{ daysAgo: 15, by: "specialist2", input: { faceToFace: true, kind: "generic", purpose: "Rencontre du patron", hiringNeeds: "Plonge et service en salle, le soir" } }],
  },
];

export const seedDemoEmployers = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
  lyonPerson: string,
): Promise<void> => {
  for (const e of demoEmployers(lyonPerson)) {
    const firstContact = Math.max(90, ...e.contacts.map((c) => c.daysAgo + 5));
    ctx.clock.set(`${addDays(today, -firstContact)}T09:00:00Z`);
    const employer = await createEmployer(ctx, actor(e.by), createEmployerInput.parse({ ...e.input, programId: programs[e.program].id }));
    for (const c of e.contacts) {
      const date = addDays(today, -c.daysAgo);
      ctx.clock.set(`${date}T16:00:00Z`);
      const nextStepDate = c.input.nextStep ? addDays(today, -c.daysAgo + 14) : null;
      await logEmployerContact(ctx, actor(c.by), employer.id, createEmployerContactInput.parse({ ...c.input, date, nextStepDate }));
    }
  }
};
