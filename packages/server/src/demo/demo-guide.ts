import { type GuideAnswer, type Program, saveGuideSelfEvaluationInput } from "@passerelle/domain";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { saveSelfEvaluation } from "../modules/guide/save-self-evaluation";

type DemoGrid = { who: string; chapter: number; daysAgo: number; answers: Record<string, GuideAnswer>; completed: boolean; notes?: string };

/**
 * A few self-evaluation grids of the practice guide in the Lyon program, so the team lead's follow-up is not empty:
 * the coordinator and Inès went through several chapters, the peer supporter the first one (with their thoughts on
 * David's case study), Samuel completed chapter 1 and left chapter 2 as a draft. Chapters 4 to 6 are left to fill in.
 */
const grids: DemoGrid[] = [
  { who: "lead", chapter: 1, daysAgo: 60, answers: { "1.1": true, "1.2": true, "1.3": true }, completed: true },
  { who: "lead", chapter: 2, daysAgo: 52, answers: { "2.1": 4, "2.2": 4, "2.3": 5 }, completed: true },
  { who: "specialistB", chapter: 1, daysAgo: 45, answers: { "1.1": true, "1.2": true, "1.3": false }, completed: true },
  { who: "specialistB", chapter: 2, daysAgo: 40, answers: { "2.1": 5, "2.2": 3, "2.3": 4 }, completed: true },
  {
    who: "specialistB",
    chapter: 3,
    daysAgo: 33,
    answers: {
      "3.1": "Travailler avec la personne, pas pour elle, à partir de ses ressources.",
      "3.2": "Passer du déficit aux solutions ; la personne reprend la main sur un but qu'elle s'est fixé.",
      "3.3": "Les changements positifs, l'activation ciblée avec l'employeur, le comportement favorisant l'action.",
      "3.4": "Elle fait naître des images concrètes de la journée sans le problème, qui donnent envie d'avancer.",
    },
    completed: true,
  },
  {
    who: "peer",
    chapter: 1,
    daysAgo: 21,
    answers: { "1.1": true, "1.2": true, "1.3": true },
    completed: true,
    notes: "Question 2 : je demanderais d'abord à David ce qu'il veut, c'est son choix (principe 4).",
  },
  { who: "specialist", chapter: 1, daysAgo: 14, answers: { "1.1": true, "1.2": true, "1.3": true }, completed: true },
  { who: "specialist", chapter: 2, daysAgo: 6, answers: { "2.1": 4 }, completed: false },
];

export const seedDemoGuide = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  for (const grid of grids) {
    ctx.clock.set(`${addDays(today, -grid.daysAgo)}T16:30:00Z`);
    await saveSelfEvaluation(
      ctx,
      actor(grid.who),
      lyon,
      grid.chapter,
      saveGuideSelfEvaluationInput.parse({ version: null, answers: grid.answers, notes: grid.notes ?? "", completed: grid.completed }),
    );
  }
};
