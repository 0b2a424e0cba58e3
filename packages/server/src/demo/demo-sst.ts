import { createSstPlanInput, type Program, recordSstMeasureInput, type SstObserver, updateSstPlanInput } from "@passerelle/domain";
import { and, asc, eq } from "drizzle-orm";
import { participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import type { Actor } from "../platform/journal";
import { createSstPlan } from "../modules/sst/create-sst-plan";
import { recordSstMeasure } from "../modules/sst/record-sst-measure";
import { updateSstPlan } from "../modules/sst/update-sst-plan";

/** [days before today, value, observer]: a baseline around 3/10, then a rise that the adjustment speeds up. */
const series: [number, number, SstObserver][] = [
  [36, 3, "self"], [35, 2, "employer"], [33, 2, "self"], [31, 3, "self"], [31, 3, "employer"],
  [27, 4, "self"], [26, 3, "employer"], [24, 4, "self"], [22, 5, "employer"], [20, 4, "self"], [19, 5, "employer"], [17, 5, "self"],
  [13, 6, "self"], [12, 6, "employer"], [10, 7, "self"], [8, 7, "employer"], [6, 8, "self"], [5, 7, "employer"], [3, 8, "self"],
];

/**
 * One Social Skills Training plan in the Lyon program, for a working person of conseil@'s caseload: a baseline on
 * three occasions, the intervention started four weeks ago, measures by the person and their employer, and one
 * dated adjustment (the role plays' frequency) two weeks ago. Shared with the care team, so soin@ sees it too.
 */
export const seedDemoSst = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const specialist = actor("specialist");
  const [person] = await ctx.database.db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.programId, programs[0].id), eq(participants.status, "working"), eq(participants.specialistId, specialist.userId)))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(1);
  if (!person) return;
  const at = (daysBefore: number, hour = 10) => ctx.clock.set(`${addDays(today, -daysBefore)}T${String(hour).padStart(2, "0")}:00:00Z`);

  at(38);
  const created = await createSstPlan(
    ctx,
    specialist,
    person.id,
    createSstPlanInput.parse({
      situation: "Quand mon responsable me fait une remarque devant les collègues, je hausse le ton et je quitte la pièce.",
      domain: "self_control",
      targetBehaviour: "Recevoir une remarque de mon responsable calmement : écouter jusqu'au bout, reformuler, demander ce qui est attendu.",
      measureDefinition: "À la fin de chaque journée de travail, une note de 0 à 10 : à quel point les remarques de la journée ont été reçues calmement.",
      sharedWithCareTeam: true,
      content: {
        goal: "Garder mon calme quand on me reprend, pour garder mon emploi.",
        planReference: "Plan de recherche d'emploi : maintien dans l'emploi après la période d'essai.",
        discussedWith: "Avec moi, ma sœur et mon conseiller.",
        measureKind: "rating",
        measureUnit: "note sur 10",
        betterWhen: "higher",
        techniques: ["modelling", "role_play", "feedback"],
        techniquesNote: "Le conseiller montre la réponse, puis jeu de rôle d'une remarque du responsable, et retour sur ce qui a marché.",
        contexts: "Au travail (mon responsable note aussi), en entretien.",
        worksheet: {
          problem: "Quand on me reprend devant les autres, je me sens humilié et je m'emporte.",
          solutions: "Respirer avant de répondre ; reformuler ; demander à en parler après la réunion.",
          consequences: "Si je m'emporte, l'équipe s'éloigne. Si je reformule, mon responsable explique mieux.",
          evaluation: "Reformuler est le plus simple et je peux le faire tout de suite.",
          actionPlan: "Deux semaines : à chaque remarque, je reformule, et je note ma journée le soir.",
        },
      },
    }),
  );
  const planId = created.plan.id;
  const record = async (daysBefore: number, value: number, observer: SstObserver) => {
    at(daysBefore, observer === "self" ? 18 : 16);
    await recordSstMeasure(ctx, specialist, planId, recordSstMeasureInput.parse({ measuredOn: addDays(today, -daysBefore), value, observer }));
  };
  for (const [days, value, observer] of series.filter(([d]) => d > 28)) await record(days, value, observer);

  at(28, 11);
  const started = await updateSstPlan(
    ctx,
    specialist,
    planId,
    updateSstPlanInput.parse({ version: created.plan.version, status: "intervention", content: { ...created.plan.content, interventionStartedOn: addDays(today, -28) } }),
  );
  for (const [days, value, observer] of series.filter(([d]) => d <= 28 && d > 14)) await record(days, value, observer);

  at(14, 11);
  await updateSstPlan(
    ctx,
    specialist,
    planId,
    updateSstPlanInput.parse({
      version: started.plan.version,
      content: { ...started.plan.content, adjustments: [{ id: newId(), on: addDays(today, -14), variable: "frequency", change: "Jeu de rôle deux fois par semaine au lieu d'une." }] },
    }),
  );
  for (const [days, value, observer] of series.filter(([d]) => d <= 14)) await record(days, value, observer);
};
