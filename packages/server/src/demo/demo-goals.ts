import { createGoalInput, type Program, recordConversationInput, updateGoalInput } from "@passerelle/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { consents, participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { recordConversation } from "../modules/conversations/record-conversation";
import { createGoal } from "../modules/goals/create-goal";
import { updateGoal } from "../modules/goals/update-goal";

/**
 * "Mes objectifs" and solution-focused conversations in the Lyon program, for two people of conseil@'s caseload whom
 * soin@ may see (care-team consent, referred by the CMP): for the first, a goal achieved a few weeks ago, a goal in
 * progress with half its steps done, a review held and the next one due this week (shared with the care team), and two
 * conversations a month apart asking the same scaling question; for the second, a goal whose review is overdue.
 */
export const seedDemoGoals = async (
  ctx: AppContext & { clock: { now: () => Date; set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  const specialist = actor("specialist");
  const cmp = actor("clinician").memberships.find((m) => m.programId === programs[0].id)?.serviceId ?? null;
  const candidates = await db
    .selectDistinct({ id: participants.id, createdAt: participants.createdAt, referringServiceId: participants.referringServiceId })
    .from(participants)
    .innerJoin(consents, and(eq(consents.participantId, participants.id), eq(consents.scope, "care_team"), isNull(consents.withdrawnOn)))
    .where(and(eq(participants.programId, programs[0].id), eq(participants.specialistId, specialist.userId), inArray(participants.status, ["engaged", "job_search"])))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  // soin@'s people first (referred by the CMP), so the shared goal is one the clinician can read.
  const people = [...candidates.filter((p) => p.referringServiceId === cmp), ...candidates.filter((p) => p.referringServiceId !== cmp)].slice(0, 2);
  if (people.length === 0) return;
  const back = ctx.clock.now().toISOString();
  const at = (daysBefore: number, hour = 10) => ctx.clock.set(`${addDays(today, -daysBefore)}T${String(hour).padStart(2, "0")}:00:00Z`);
  const day = (offset: number) => addDays(today, offset);
  const [first, second] = people;

  at(60);
  const cv = await createGoal(ctx, specialist, first.id, createGoalInput.parse({
    goal: "Avoir un CV à jour que j'ose montrer",
    smart: {
      specific: "Mon CV pour la restauration, avec mon stage en cuisine",
      measurable: "Un CV imprimé en 5 exemplaires",
      actionOriented: "Je l'écris avec mon conseiller, puis je le relis seul·e",
      realistic: "Deux rendez-vous suffisent",
      timely: "Avant de commencer à démarcher les restaurants",
    },
    steps: [
      { id: newId(), label: "Lister mes expériences, même courtes" },
      { id: newId(), label: "Écrire le CV avec Samuel" },
      { id: newId(), label: "L'imprimer à la médiathèque" },
    ],
    dueOn: day(-35),
    reviewOn: day(-45),
  }));
  at(50);
  let goal = await updateGoal(ctx, specialist, cv.id, updateGoalInput.parse({ version: cv.version, steps: cv.steps.map((s, i) => ({ ...s, done: i < 2, doneOn: null })) }));
  at(42);
  goal = await updateGoal(ctx, specialist, cv.id, updateGoalInput.parse({
    version: goal.version,
    steps: goal.steps.map((s) => ({ ...s, done: true })),
    addReview: { on: day(-42), progress: "Le CV est fini et imprimé.", learned: "Mon stage en cuisine compte vraiment.", smallestChange: "J'ai montré mon CV à ma sœur sans avoir honte." },
  }));
  await updateGoal(ctx, specialist, cv.id, updateGoalInput.parse({ version: goal.version, status: "achieved" }));

  at(35, 14);
  await recordConversation(ctx, specialist, first.id, recordConversationInput.parse({
    heldOn: day(-35),
    content: {
      topic: "Reprendre un travail",
      miracle: {
        firstNoticed: "Je me lèverais sans traîner, je préparerais mon sac et je dirais « à ce soir » en partant.",
        dayWithoutProblem: "J'aurais du travail à faire en cuisine et je serais content·e de le faire correctement.",
        colleagues: "Je me sentirais accepté·e, on prendrait la pause ensemble.",
      },
      scales: [{ question: "Confiance pour reprendre un travail", score: 3, oneHigher: "Savoir à quoi ressemble une journée dans un restaurant" }],
      resources: "Ma sœur, la marche le matin, mon stage en cuisine.",
      pastSuccesses: "J'ai tenu tout mon stage, même les jours de rush.",
      nextStep: "Aller voir un restaurant du quartier avec Samuel",
      quotes: ["En cuisine, je sais ce que j'ai à faire."],
    },
  }));

  at(21);
  const shop = await createGoal(ctx, specialist, first.id, createGoalInput.parse({
    goal: "Me présenter à trois restaurants du quartier",
    smart: {
      specific: "Trois restaurants de la Croix-Rousse, au moment calme de l'après-midi",
      measurable: "Trois visites notées dans mon carnet",
      actionOriented: "J'y vais avec mon CV et je demande le ou la responsable",
      realistic: "Une visite par semaine, la première avec Samuel",
      timely: "Avant fin du mois prochain",
    },
    steps: [
      { id: newId(), label: "Choisir trois restaurants sur le plan" },
      { id: newId(), label: "Première visite avec Samuel" },
      { id: newId(), label: "Deuxième visite seul·e" },
      { id: newId(), label: "Troisième visite seul·e" },
    ],
    dueOn: day(30),
    reviewOn: day(-7),
    sharedWithCareTeam: true,
  }));
  at(14);
  goal = await updateGoal(ctx, specialist, shop.id, updateGoalInput.parse({ version: shop.version, steps: shop.steps.map((s, i) => ({ ...s, done: i === 0 })) }));
  at(7);
  goal = await updateGoal(ctx, specialist, shop.id, updateGoalInput.parse({ version: goal.version, steps: goal.steps.map((s, i) => ({ ...s, done: i < 2 })) }));
  await updateGoal(ctx, specialist, shop.id, updateGoalInput.parse({
    version: goal.version,
    addReview: {
      on: day(-7),
      progress: "Deux pas sur quatre : la première visite est faite.",
      learned: "L'après-midi vers 15 h, les responsables ont le temps de parler.",
      smallestChange: "J'ai dit bonjour en premier, sans attendre qu'on me parle.",
    },
    reviewOn: day(3),
  }));

  at(7, 15);
  await recordConversation(ctx, specialist, first.id, recordConversationInput.parse({
    heldOn: day(-7),
    content: {
      topic: "Après la première visite",
      scales: [
        { question: "Confiance pour reprendre un travail", score: 5, oneHigher: "Faire la deuxième visite seul·e" },
        { question: "Énergie le matin", score: 6, oneHigher: "Me coucher avant minuit la veille" },
      ],
      resources: "Le carnet où je note mes visites.",
      nextStep: "Deuxième visite mardi après-midi",
      quotes: ["Je peux y aller seul·e, je l'ai déjà fait une fois."],
    },
    sharedWithCareTeam: true,
  }));

  if (second) {
    at(30);
    await createGoal(ctx, specialist, second.id, createGoalInput.parse({
      goal: "Prendre le bus seul·e jusqu'au centre-ville",
      smart: { specific: "La ligne C3 jusqu'à Part-Dieu", measurable: "Trois trajets dans la semaine", realistic: "D'abord aux heures creuses", timely: "Avant le premier entretien" },
      steps: [
        { id: newId(), label: "Regarder les horaires avec Samuel" },
        { id: newId(), label: "Un trajet aux heures creuses" },
      ],
      dueOn: day(20),
      reviewOn: day(-3),
    }));
  }
  ctx.clock.set(back);
};
