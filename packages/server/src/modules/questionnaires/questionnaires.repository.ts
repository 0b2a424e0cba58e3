import type { AnsweredQuestionnaire, Questionnaire, QuestionnaireKind, QuestionnaireMode } from "@passerelle/domain";
import { and, desc, eq, isNull, lte } from "drizzle-orm";
import { caseloadEpisodes, participants, questionnaires, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const insertQuestionnaire = async (db: Executor, values: typeof questionnaires.$inferInsert): Promise<void> => {
  await db.insert(questionnaires).values(values);
};

const toQuestionnaire = (q: typeof questionnaires.$inferSelect, recordedBy: string | null): Questionnaire => ({
  id: q.id,
  participantId: q.participantId,
  kind: q.kind as QuestionnaireKind,
  answeredOn: q.answeredOn,
  answers: q.answers as number[],
  score: q.score,
  mode: q.mode as QuestionnaireMode,
  comment: q.comment,
  recordedBy,
  createdAt: q.createdAt.toISOString(),
});

/** The person's questionnaires, newest first (by date, then by recording time). */
export const listQuestionnaires = async (db: Executor, participantId: string): Promise<Questionnaire[]> => {
  const rows = await db
    .select({ q: questionnaires, recordedBy: users.name })
    .from(questionnaires)
    .leftJoin(users, eq(users.id, questionnaires.recordedBy))
    .where(eq(questionnaires.participantId, participantId))
    .orderBy(desc(questionnaires.answeredOn), desc(questionnaires.createdAt));
  return rows.map((r) => toQuestionnaire(r.q, r.recordedBy));
};

export const findQuestionnaire = async (db: Executor, participantId: string, id: string): Promise<Questionnaire | null> => {
  const [row] = await db
    .select({ q: questionnaires, recordedBy: users.name })
    .from(questionnaires)
    .leftJoin(users, eq(users.id, questionnaires.recordedBy))
    .where(and(eq(questionnaires.id, id), eq(questionnaires.participantId, participantId)));
  return row ? toQuestionnaire(row.q, row.recordedBy) : null;
};

/** The start of the person's running caseload episode (their entry, or their re-opening), null once closed. */
export const runningEpisodeStart = async (db: Executor, participantId: string): Promise<string | null> => {
  const [row] = await db
    .select({ openedOn: caseloadEpisodes.openedOn })
    .from(caseloadEpisodes)
    .where(and(eq(caseloadEpisodes.participantId, participantId), isNull(caseloadEpisodes.closedOn)))
    .orderBy(desc(caseloadEpisodes.openedOn))
    .limit(1);
  return row?.openedOn ?? null;
};

/**
 * The answers a program summary reads: the program's questionnaires up to the period's end (earlier ones give each
 * person's first WHO-5), of the people currently assigned to one specialist when asked.
 */
export const summaryAnswers = async (db: Executor, programId: string, to: string, specialistId: string | null): Promise<AnsweredQuestionnaire[]> => {
  const conditions = [eq(questionnaires.programId, programId), lte(questionnaires.answeredOn, to)];
  if (specialistId) conditions.push(eq(participants.specialistId, specialistId));
  const rows = await db
    .select({
      participantId: questionnaires.participantId,
      kind: questionnaires.kind,
      answeredOn: questionnaires.answeredOn,
      createdAt: questionnaires.createdAt,
      answers: questionnaires.answers,
      score: questionnaires.score,
    })
    .from(questionnaires)
    .innerJoin(participants, eq(participants.id, questionnaires.participantId))
    .where(and(...conditions));
  return rows.map((r) => ({ ...r, kind: r.kind as QuestionnaireKind, answers: r.answers as number[], createdAt: r.createdAt.toISOString() }));
};
