import {
  createFidelityReviewInput,
  type FidelityItemId,
  type Program,
  updateFidelityReviewInput,
} from "@passerelle/domain";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { createReview } from "../modules/fidelity/create-review";
import { updateReview } from "../modules/fidelity/update-review";

type Scored = Partial<Record<FidelityItemId, [number, string]>>;

/** Last year's review of the Lyon program, as the two reviewers scored it (89: fair fidelity). */
const lastYear: Scored = {
  S1: [4, "22 personnes par conseiller·ère à temps plein en moyenne sur l'année."],
  S2: [4, "Les conseiller·ère·s gardent une demi-journée par semaine d'accueil collectif."],
  S3: [5, "Chaque personne garde le même conseiller·ère de l'accueil au suivi dans l'emploi."],
  O1: [4, "Rattachement au CMP et au CATTP ; quelques orientations directes hors équipes."],
  O2: [3, "Réunion avec l'équipe de soin tous les quinze jours seulement."],
  O3: [2, "Rencontres avec Cap emploi à la demande, sans calendrier."],
  O4: [4, "Trois conseiller·ère·s et une coordinatrice ; supervision collective hebdomadaire."],
  O5: [3, "Résultats revus deux fois dans l'année ; peu d'accompagnement sur le terrain."],
  O6: [4, "Deux orientations refusées pour « manque de préparation » au printemps."],
  O7: [3, "Le souhait de travailler n'est pas demandé à l'accueil du CMP."],
  O8: [3, "La direction soutient le budget mais ne suit pas les résultats."],
  Sv1: [3, "Conseil AAH / prime d'activité proposé à la moitié des personnes avant la prise de poste."],
  Sv2: [4, "Choix de la révélation discuté avec chaque personne, pas toujours tracé."],
  Sv3: [4, "Profils mis à jour après chaque emploi."],
  Sv4: [3, "Premier contact employeur à 75 jours en moyenne."],
  Sv5: [4, "Les contacts employeurs suivent les préférences notées au profil."],
  Sv6: [2, "Trois contacts employeurs en face à face par semaine et par conseiller·ère."],
  Sv7: [3, "Visites répétées chez une dizaine d'employeurs partenaires seulement."],
  Sv8: [4, "Emplois variés : vente, restauration, logistique, administration."],
  Sv9: [4, "Peu d'employeurs reviennent plusieurs fois."],
  Sv10: [5, "Tous les emplois en milieu ordinaire."],
  Sv11: [4, "Soutiens variés, accompagnement de l'employeur à la demande."],
  Sv12: [3, "Contact après la prise de poste souvent au-delà de la première semaine."],
  Sv13: [3, "La moitié du temps dans la cité."],
  Sv14: [4, "Relances à domicile et par l'équipe de soin avant toute clôture."],
};

/** This quarter's draft: the reviewers have scored what the records cannot tell; the computed items remain. */
const thisQuarter: Scored = {
  S2: [4, "Accueil collectif réduit à deux heures par semaine."],
  O2: [4, "Réunion hebdomadaire avec le CMP depuis septembre."],
  O3: [3, "Une rencontre par trimestre avec Cap emploi, programmée."],
  O4: [4, "Supervision collective tous les jeudis."],
  O5: [4, "Revue trimestrielle des résultats avec l'équipe."],
  O6: [5, "Aucune orientation refusée ce trimestre."],
  O7: [4, "Question sur le travail ajoutée à l'accueil du CMP."],
  O8: [4, "La direction a présenté les résultats au conseil d'administration."],
  Sv2: [4, ""],
  Sv3: [4, ""],
  Sv5: [4, ""],
  Sv7: [3, "Visites préparées à deux chez les nouveaux employeurs."],
  Sv11: [4, ""],
  Sv14: [4, ""],
};

const itemsOf = (scored: Scored) =>
  Object.fromEntries(Object.entries(scored).map(([id, [score, evidence]]) => [id, { score, evidence }]));

const quarterStart = (today: string): string => {
  const month = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
};
const quarterEnd = (today: string): string => {
  const start = quarterStart(today);
  const end = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) + 2, 0));
  return end.toISOString().slice(0, 10);
};

/**
 * Fidelity in the Lyon program: last year's review, final, with its action plan; and this quarter's draft, in
 * progress, so the list, the editor and the comparison show something.
 */
export const seedDemoFidelity = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  const lead = actor("lead");
  const previousYear = Number(today.slice(0, 4)) - 1;

  ctx.clock.set(`${previousYear}-12-10T10:00:00Z`);
  const final = await createReview(
    ctx,
    lead,
    createFidelityReviewInput.parse({
      programId: lyon,
      periodFrom: `${previousYear}-01-01`,
      periodTo: `${previousYear}-11-30`,
      reviewedOn: `${previousYear}-12-10`,
      reviewers: ["Claire Coordinatrice", "Jean Evaluateur (réseau IPS)"],
    }),
  );
  const action = (text: string, itemIds: FidelityItemId[], owner: string, dueDate: string, done: boolean) => ({ id: newId(), action: text, itemIds, owner, dueDate, done });
  await updateReview(
    ctx,
    lead,
    final.id,
    updateFidelityReviewInput.parse({
      version: final.version,
      items: itemsOf(lastYear),
      status: "final",
      actionPlan: [
        action("Réunion hebdomadaire avec l'équipe du CMP, inscrite à l'agenda", ["O2"], "Claire Coordinatrice", `${previousYear + 1}-01-31`, true),
        action("Six contacts employeurs en face à face par semaine : une matinée de prospection à deux", ["Sv6", "Sv7"], "Samuel Conseiller", `${previousYear + 1}-03-31`, false),
        action("Proposer le conseil AAH / prime d'activité avant chaque prise de poste", ["Sv1"], "Inès Conseillère", `${previousYear + 1}-02-28`, false),
      ],
    }),
  );

  ctx.clock.set(`${today}T09:00:00Z`);
  const draft = await createReview(
    ctx,
    lead,
    createFidelityReviewInput.parse({
      programId: lyon,
      periodFrom: quarterStart(today),
      periodTo: quarterEnd(today),
      reviewedOn: today,
      reviewers: ["Claire Coordinatrice", "Samuel Conseiller"],
    }),
  );
  await updateReview(ctx, lead, draft.id, updateFidelityReviewInput.parse({ version: draft.version, items: itemsOf(thisQuarter) }));
};
