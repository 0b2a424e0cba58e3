import { type Program, type RoutineActivityInput, type RoutineAnswers, saveRoutineInput } from "@passerelle/domain";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { jobs, participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { saveRoutine } from "../modules/routines/save-routine";

type Slot = [start: string, end: string];
/** The same activity on several days (0 is Monday). */
const on = (days: number[], [start, end]: Slot, category: RoutineActivityInput["category"], label = ""): RoutineActivityInput[] =>
  days.map((day) => ({ day, start, end, category, label }));

const everyDay = [0, 1, 2, 3, 4, 5, 6];
const weekdays = [0, 1, 2, 3, 4];

/** Before the job: job search from Monday, as the manual advises, care on Tuesday, the weekend for family and swimming. */
const beforeJob: RoutineActivityInput[] = [
  ...on(everyDay, ["09:00", "09:30"], "medication", "Traitement du matin"),
  ...on([0, 2], ["10:00", "12:00"], "job_search", "Recherche d'emploi à la médiathèque"),
  ...on(weekdays, ["12:30", "13:30"], "meals", "Déjeuner"),
  ...on([1], ["14:00", "15:00"], "care", "Rendez-vous au CMP"),
  ...on([2], ["14:00", "16:00"], "household", "Ménage"),
  ...on([3], ["10:00", "11:30"], "shopping", "Courses au marché"),
  ...on([4], ["14:00", "15:00"], "job_search", "Rendez-vous avec Samuel"),
  ...on([5], ["15:00", "18:00"], "leisure", "Piscine"),
  ...on([6], ["12:00", "15:00"], "family_friends", "Déjeuner chez ma sœur"),
  ...on(everyDay, ["21:00", "21:30"], "medication", "Traitement du soir"),
];

const beforeAnswers: RoutineAnswers = {
  bedtime: "Vers minuit, souvent plus tard devant la télévision.",
  enoughSleep: "Pas toujours : le réveil est difficile.",
  wakingUp: "Sans réveil, vers 8 h 30.",
  medicationWorkDays: "Le traitement du matin avec le petit déjeuner, le pilulier est sur la table.",
};

/** With the bakery job (Tuesday to Saturday mornings): an earlier grid, a nap, the care appointment moved to Monday. */
const withJob: RoutineActivityInput[] = [
  ...on([1, 2, 3, 4, 5], ["06:00", "06:30"], "medication", "Traitement avec le petit déjeuner"),
  ...on([1, 2, 3, 4], ["07:00", "12:00"], "work", "Boulangerie"),
  ...on([5], ["07:00", "11:00"], "work", "Boulangerie"),
  ...on([1, 2, 3, 4, 5], ["12:30", "13:30"], "meals", "Déjeuner"),
  ...on([1, 2, 3, 4, 5], ["14:00", "15:30"], "rest", "Sieste"),
  ...on([0, 6], ["09:00", "09:30"], "medication", "Traitement du matin"),
  ...on([0], ["10:00", "11:30"], "shopping", "Courses"),
  ...on([0], ["14:00", "15:00"], "care", "Rendez-vous au CMP"),
  ...on([2], ["16:00", "17:00"], "household", "Ménage"),
  ...on([6], ["12:00", "15:00"], "family_friends", "Déjeuner chez ma sœur"),
  ...on([6], ["16:00", "18:00"], "leisure", "Piscine"),
  ...on(everyDay, ["21:00", "21:30"], "medication", "Traitement du soir"),
];

const withJobAnswers: RoutineAnswers = {
  bedtime: "22 h la veille d'un jour de travail.",
  enoughSleep: "Oui, presque 8 heures.",
  wakingUp: "Deux réveils : le téléphone, et le réveil posé loin du lit.",
  tasksBeforeWork: "Traitement, douche, petit déjeuner, tram de 6 h 35.",
  breakfast: "Oui, à 6 h avec le traitement.",
  enoughTime: "Oui, une heure avant de partir.",
  triedOut: "Essayé deux matins la semaine avant la prise de poste : ça a marché.",
  ifLate: "J'envoie un SMS à la gérante, puis je préviens Samuel.",
  meansToReach: "Le téléphone est chargé le soir ; les numéros de la gérante et de Samuel sont enregistrés.",
  medicationWorkDays: "Le pilulier de la semaine, préparé le lundi avec l'infirmière.",
  reviewedByCare: "Oui, revu avec l'infirmière du CMP.",
  medicationAtWork: "Pas de prise pendant le travail.",
  foodAtBreaks: "Une gourde et une compote pour la pause de 10 h.",
};

/** Looking for work: applications on Monday, Tuesday and Thursday mornings, a painting workshop, the family on Sunday. */
const jobSearchWeek: RoutineActivityInput[] = [
  ...on([0, 1, 3], ["09:30", "12:00"], "job_search", "Candidatures"),
  ...on(weekdays, ["12:00", "13:00"], "meals", "Déjeuner"),
  ...on([2], ["10:00", "11:00"], "care", "Rendez-vous avec la psychiatre"),
  ...on([4], ["10:00", "11:00"], "job_search", "Rendez-vous emploi accompagné"),
  ...on([1], ["14:00", "16:00"], "leisure", "Atelier peinture au GEM"),
  ...on([2], ["14:00", "15:00"], "household", "Lessive et ménage"),
  ...on([5], ["10:00", "12:00"], "shopping", "Marché"),
  ...on([6], ["15:00", "18:00"], "family_friends", "Visite à mes parents"),
];

/**
 * "Ma semaine" in the Lyon program: the first person with a job gets two versions, the week before the job start
 * and the week built around the job (shared with the care team, reviewed with the nurse); the first person looking
 * for work gets one version.
 */
export const seedDemoRoutines = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const db = ctx.database.db;
  const lyon = programs[0].id;
  const byId = new Map([actor("specialist"), actor("specialistB")].map((a) => [a.userId, a]));
  const who = (specialistId: string | null) => (specialistId && byId.get(specialistId)) || actor("lead");

  const [working] = await db
    .select({ participantId: jobs.participantId, jobId: jobs.id, startDate: jobs.startDate, specialistId: participants.specialistId })
    .from(jobs)
    .innerJoin(participants, eq(participants.id, jobs.participantId))
    .where(and(eq(jobs.programId, lyon), isNull(jobs.endDate), eq(participants.status, "working")))
    // The bakery job of the demo (its week below speaks of it), else the oldest ongoing job.
    .orderBy(desc(sql`${jobs.title} = 'Vendeuse en boulangerie'`), asc(jobs.createdAt), asc(jobs.id))
    .limit(1);
  if (working) {
    const by = who(working.specialistId);
    const beforeFrom = addDays(working.startDate, -35);
    ctx.clock.set(`${beforeFrom}T10:30:00Z`);
    await saveRoutine(ctx, by, working.participantId, saveRoutineInput.parse({ label: "Avant la reprise", validFrom: beforeFrom, activities: beforeJob, answers: beforeAnswers }));
    ctx.clock.set(`${addDays(working.startDate, -4)}T14:00:00Z`);
    await saveRoutine(
      ctx,
      by,
      working.participantId,
      saveRoutineInput.parse({
        label: "Avec l'emploi à la boulangerie",
        validFrom: working.startDate,
        jobId: working.jobId,
        firstHour: 6,
        activities: withJob,
        answers: withJobAnswers,
        sharedWithCareTeam: true,
      }),
    );
  }

  const [searching] = await db
    .select({ id: participants.id, specialistId: participants.specialistId })
    .from(participants)
    .where(and(eq(participants.programId, lyon), eq(participants.status, "job_search")))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(1);
  if (searching) {
    const from = addDays(today, -21);
    ctx.clock.set(`${from}T11:00:00Z`);
    await saveRoutine(
      ctx,
      who(searching.specialistId),
      searching.id,
      saveRoutineInput.parse({
        label: "Ma semaine de recherche",
        validFrom: from,
        activities: jobSearchWeek,
        answers: { bedtime: "Vers 23 h.", wakingUp: "Le réveil du téléphone à 8 h.", ifLate: "J'appelle la conseillère pour décaler le rendez-vous." },
      }),
    );
  }
};
