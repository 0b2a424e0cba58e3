import { type CreateOpeningInput, createOpeningInput, listEmployersQuery, type OpeningStatus, type Program } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { listEmployers } from "../modules/employers/employers.repository";
import { createOpening } from "../modules/openings/create-opening";
import { updateOpening } from "../modules/openings/update-opening";

type DemoOpening = {
  program: 0 | 1;
  employer: string;
  by: string;
  daysAgo: number;
  status?: OpeningStatus;
  input: Omit<CreateOpeningInput, "employerId" | "programId">;
};

const commune = (name: string, inseeCode: string, postalCode: string) => ({ kind: "commune" as const, inseeCode, name, postalCode });
const LYON = commune("Lyon", "69123", "69002");
const VILLEURBANNE = commune("Villeurbanne", "69266", "69100");
const VENISSIEUX = commune("Vénissieux", "69259", "69200");
const BRON = commune("Bron", "69029", "69500");

/**
 * Openings on the demo employers, in the communes of the demo people (Lyon, Villeurbanne, Vénissieux, Bron),
 * with titles that meet the demo career profiles' job types (commis de cuisine, plonge, entretien, espaces verts,
 * reprographie, préparation de commandes, support informatique): every person gets a few explained leads.
 */
const demoOpenings: DemoOpening[] = [
  {
    program: 0, employer: "Boulangerie Au Pain Doré", by: "specialist", daysAgo: 20,
    input: { title: "Vendeur·se en boulangerie", occupationCode: "D11", hoursPerWeek: 20, schedule: ["mornings"], place: LYON, environment: ["public_facing", "team"], source: "job_development", requirements: "Débutant·e accepté·e ; lever tôt." },
  },
  {
    program: 0, employer: "Boulangerie Au Pain Doré", by: "specialist", daysAgo: 75, status: "filled",
    input: { title: "Vendeur·se (remplacement d'été)", occupationCode: "D11", hoursPerWeek: 24, schedule: ["mornings"], place: LYON, environment: ["public_facing"], source: "employer_request" },
  },
  {
    program: 0, employer: "Hôtel Les Terrasses", by: "specialistB", daysAgo: 14,
    input: { title: "Agent·e de service en étages", occupationCode: "G15", hoursPerWeek: 24, schedule: ["mornings"], place: VILLEURBANNE, environment: ["team", "physical"], source: "employer_request", description: "Entretien des chambres avec une équipe de quatre personnes." },
  },
  {
    program: 0, employer: "Hôtel Les Terrasses", by: "specialistB", daysAgo: 9,
    input: { title: "Commis de cuisine", occupationCode: "G16", hoursPerWeek: 28, schedule: ["weekday_daytime"], place: VILLEURBANNE, environment: ["team", "busy"], source: "job_development", requirements: "Notions d'hygiène alimentaire appréciées." },
  },
  {
    program: 0, employer: "Hôtel Les Terrasses", by: "specialistB", daysAgo: 9,
    input: { title: "Plonge (plongeur·se)", occupationCode: "G16", hoursPerWeek: 20, schedule: ["afternoons"], place: VILLEURBANNE, environment: ["team", "indoors"], source: "job_development" },
  },
  {
    program: 0, employer: "Entreprise adaptée Rhône Services", by: "lead", daysAgo: 30,
    input: { title: "Agent·e d'entretien", occupationCode: "K22", hoursPerWeek: 24, schedule: ["mornings"], place: VENISSIEUX, environment: ["team", "quiet"], source: "job_development" },
  },
  {
    program: 0, employer: "Entreprise adaptée Rhône Services", by: "lead", daysAgo: 30,
    input: { title: "Ouvrier·ère des espaces verts", occupationCode: "A12", hoursPerWeek: 28, schedule: ["weekday_daytime"], place: BRON, environment: ["outdoors", "team", "physical"], source: "employer_request" },
  },
  {
    program: 0, employer: "Écomusée du Bugey", by: "specialist", daysAgo: 6,
    input: { title: "Agent·e d'accueil et de reprographie", occupationCode: "E13", hoursPerWeek: 17.5, schedule: ["afternoons"], place: LYON, environment: ["quiet", "desk"], source: "network" },
  },
  {
    program: 0, employer: "Écomusée du Bugey", by: "specialist", daysAgo: 4,
    input: { title: "Assistant·e support informatique", occupationCode: "M18", hoursPerWeek: 20, schedule: ["weekday_daytime"], place: LYON, environment: ["quiet", "desk"], source: "job_board" },
  },
  {
    program: 0, employer: "Garage Martin & Fils", by: "specialist", daysAgo: 12,
    input: { title: "Préparateur·rice de commandes (pièces détachées)", occupationCode: "N11", hoursPerWeek: 35, schedule: ["weekday_daytime"], place: LYON, environment: ["alone", "physical"], source: "public_employment_service" },
  },
  {
    program: 0, employer: "Garage Martin & Fils", by: "specialist", daysAgo: 60, status: "closed",
    input: { title: "Agent·e de nettoyage de l'atelier", occupationCode: "K22", hoursPerWeek: 10, schedule: ["evenings"], place: LYON, environment: ["alone"], source: "job_development" },
  },
  {
    program: 1, employer: "Brasserie du Carré", by: "specialist2", daysAgo: 10,
    input: { title: "Commis de salle", occupationCode: "G18", hoursPerWeek: 20, schedule: ["afternoons"], place: { kind: "town", name: "Liège", country: "BE", postalCode: "4000" }, environment: ["team", "public_facing"], source: "job_development" },
  },
];

/** The demo's openings, through the use cases (the same every time); called after the demo employers. */
export const seedDemoOpenings = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const employerIds = new Map<string, string>();
  for (const program of programs) {
    const { items } = await listEmployers(ctx.database.db, [program.id], listEmployersQuery.parse({ limit: 500 }));
    for (const e of items) employerIds.set(`${program.id}:${e.name}`, e.id);
  }
  for (const o of demoOpenings) {
    const programId = programs[o.program].id;
    const employerId = employerIds.get(`${programId}:${o.employer}`);
    if (!employerId) throw new Error(`demo employer ${o.employer} missing`);
    const postedOn = addDays(today, -o.daysAgo);
    ctx.clock.set(`${postedOn}T10:00:00Z`);
    const opening = await createOpening(ctx, actor(o.by), createOpeningInput.parse({ ...o.input, employerId, programId, postedOn }));
    if (o.status) {
      ctx.clock.set(`${addDays(postedOn, 20)}T10:00:00Z`);
      await updateOpening(ctx, actor(o.by), opening.id, { version: opening.version, status: o.status });
    }
  }
};
