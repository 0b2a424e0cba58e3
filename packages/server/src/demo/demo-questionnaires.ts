import { addCalendarMonths, type Program, type QuestionnaireKind, recordQuestionnaireInput } from "@passerelle/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { participants } from "../db/schema/index";
import { addDays } from "../platform/clock";
import type { AppContext } from "../platform/context";
import type { Actor } from "../platform/journal";
import { recordQuestionnaire } from "../modules/questionnaires/record-questionnaire";

/** Five WHO-5 answers (0-5) whose sum times 4 is the score (a multiple of 4), spread over the items. */
const who5Answers = (score: number, shift: number): number[] => {
  const sum = Math.max(0, Math.min(25, Math.round(score / 4)));
  const base = Math.floor(sum / 5);
  return [0, 1, 2, 3, 4].map((i) => base + ((i + shift) % 5 < sum % 5 ? 1 : 0));
};

/** Satisfaction answers (1-5) around a level, the "available" item a little lower (the usual complaint). */
const satisfactionAnswers = (level: number, shift: number): number[] =>
  [0, 1, 2, 3, 4].map((i) => Math.max(1, Math.min(5, level + (i === 2 ? -1 : 0) + ((i + shift) % 4 === 0 ? 1 : 0))));

/** The first day of today's quarter: the demo's recent answers fall in the quarter the dashboard opens on. */
const quarterStart = (today: string): string => {
  const month = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, "0")}-01`;
};

/**
 * WHO-5 and satisfaction questionnaires in the Lyon program: for the first 14 people on the caseload (not referred,
 * not closed), a WHO-5 at entry and at each 6-month point reached, satisfaction at each follow-up; for the first 10,
 * a recent pair in the current quarter so the dashboard's summary has at least 5 people (and conseil@'s own too).
 * Well-being mostly improves, not for everyone; a few people stay due ("À proposer").
 */
export const seedDemoQuestionnaires = async (
  ctx: AppContext & { clock: { set: (iso: string) => void } },
  today: string,
  programs: Program[],
  actor: (key: string) => Actor,
): Promise<void> => {
  const lyon = programs[0].id;
  const people = await ctx.database.db
    .select({ id: participants.id, referralDate: participants.referralDate, specialistId: participants.specialistId })
    .from(participants)
    .where(and(eq(participants.programId, lyon), inArray(participants.status, ["engaged", "job_search", "working", "follow_along"])))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(14);
  const byId = new Map([actor("specialist"), actor("specialistB"), actor("lead")].map((a) => [a.userId, a]));
  const recentFrom = [quarterStart(today), addDays(today, -20)].sort()[1];

  const record = async (who: Actor, participantId: string, kind: QuestionnaireKind, date: string, answers: number[], k: number, comment = "") => {
    ctx.clock.set(`${date}T${String(9 + (k % 8)).padStart(2, "0")}:15:00Z`);
    await recordQuestionnaire(ctx, who, participantId, recordQuestionnaireInput.parse({ kind, answeredOn: date, answers, mode: k % 3 === 0 ? "with_specialist" : "self", comment }));
  };

  for (const [k, p] of people.entries()) {
    const who = (p.specialistId && byId.get(p.specialistId)) || actor("lead");
    const start = 28 + ((k * 12) % 32);
    const trend = k % 4 === 3 ? -8 : 12;
    const entry = addDays(p.referralDate, 3 + (k % 5));
    if (entry >= today) continue;
    await record(who, p.id, "who5", entry, who5Answers(start, k), k);
    let point = 1;
    for (let date = addCalendarMonths(p.referralDate, 6); date < today; date = addCalendarMonths(p.referralDate, 6 * ++point)) {
      const answered = addDays(date, -(k % 3) * 4);
      if (answered >= recentFrom) break;
      await record(who, p.id, "who5", answered, who5Answers(start + trend * point, k + point), k);
      await record(who, p.id, "satisfaction", answered, satisfactionAnswers(3 + (k % 2), k), k);
    }
    if (k < 10) {
      const recent = addDays(recentFrom, k % 10);
      const date = recent > today ? today : recent;
      await record(who, p.id, "who5", date, who5Answers(start + trend * point, k + 2), k);
      await record(who, p.id, "satisfaction", date, satisfactionAnswers(4, k), k, k % 3 === 1 ? "Je me sens écouté·e et on avance à mon rythme." : "");
    }
  }
};
