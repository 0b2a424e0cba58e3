import { type GuideAnswer, type GuideChapterNumber, type GuideSelfEvaluation, guideAnswerSchema, impeGuide } from "@passerelle/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { guideSelfEvaluations, memberships, programs, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/**
 * The jsonb `answers` column holds one document per grid: the guide's text version it was answered on, the answers
 * keyed by item id, and the member's private notes (chapter 1: their thoughts on David's case study).
 */
const storedDocument = z.object({
  guideVersion: z.string().catch(impeGuide.version),
  items: z.record(z.string(), guideAnswerSchema).catch({}),
  notes: z.string().catch(""),
});
export type StoredGuideDocument = z.infer<typeof storedDocument>;

const toSelfEvaluation = (row: typeof guideSelfEvaluations.$inferSelect): GuideSelfEvaluation => {
  const doc = storedDocument.parse(row.answers ?? {});
  return {
    chapter: row.chapter as GuideChapterNumber,
    programId: row.programId,
    answers: doc.items,
    notes: doc.notes,
    completed: row.completedAt !== null,
    completedAt: row.completedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    guideVersion: doc.guideVersion,
    version: row.version,
  };
};

export const programExists = async (db: Executor, programId: string): Promise<boolean> => {
  const [row] = await db.select({ id: programs.id }).from(programs).where(eq(programs.id, programId));
  return row !== undefined;
};

/** The member's own grids in a program, by chapter. */
export const listOwnSelfEvaluations = async (db: Executor, programId: string, userId: string): Promise<GuideSelfEvaluation[]> => {
  const rows = await db
    .select()
    .from(guideSelfEvaluations)
    .where(and(eq(guideSelfEvaluations.programId, programId), eq(guideSelfEvaluations.userId, userId)))
    .orderBy(asc(guideSelfEvaluations.chapter));
  return rows.map(toSelfEvaluation);
};

export const findOwnSelfEvaluation = async (db: Executor, programId: string, userId: string, chapter: number): Promise<GuideSelfEvaluation | null> => {
  const [row] = await db
    .select()
    .from(guideSelfEvaluations)
    .where(and(eq(guideSelfEvaluations.programId, programId), eq(guideSelfEvaluations.userId, userId), eq(guideSelfEvaluations.chapter, chapter)));
  return row ? toSelfEvaluation(row) : null;
};

export type SelfEvaluationValues = {
  id: string;
  programId: string;
  userId: string;
  chapter: number;
  answers: Record<string, GuideAnswer>;
  notes: string;
  completedAt: Date | null;
  now: Date;
};

const documentOf = (values: SelfEvaluationValues): StoredGuideDocument => ({ guideVersion: impeGuide.version, items: values.answers, notes: values.notes });

/** First save of a chapter's grid. False when another save created it in between (the unique index said so). */
export const insertSelfEvaluation = async (db: Executor, values: SelfEvaluationValues): Promise<boolean> => {
  const inserted = await db
    .insert(guideSelfEvaluations)
    .values({
      id: values.id,
      programId: values.programId,
      userId: values.userId,
      chapter: values.chapter,
      answers: documentOf(values),
      completedAt: values.completedAt,
      updatedAt: values.now,
      version: 1,
    })
    .onConflictDoNothing()
    .returning({ id: guideSelfEvaluations.id });
  return inserted.length === 1;
};

/** Saves over the version the member read; false when another save came in between (stale). */
export const updateSelfEvaluationIfVersion = async (db: Executor, version: number, values: SelfEvaluationValues): Promise<boolean> => {
  const updated = await db
    .update(guideSelfEvaluations)
    .set({ answers: documentOf(values), completedAt: values.completedAt, updatedAt: values.now, version: version + 1 })
    .where(
      and(
        eq(guideSelfEvaluations.programId, values.programId),
        eq(guideSelfEvaluations.userId, values.userId),
        eq(guideSelfEvaluations.chapter, values.chapter),
        eq(guideSelfEvaluations.version, version),
      ),
    )
    .returning({ id: guideSelfEvaluations.id });
  return updated.length === 1;
};

/** The program's members who train with the guide (the roles given), with their name. */
export const programMembers = async (db: Executor, programId: string, roles: readonly string[]): Promise<{ userId: string; name: string; role: string }[]> =>
  db
    .select({ userId: memberships.userId, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.programId, programId), inArray(memberships.role, roles as ("admin" | "team_lead" | "specialist" | "clinician" | "peer" | "network")[])));

/** Completion dates only: the answers and notes are never selected for the team view. */
export const programCompletions = async (db: Executor, programId: string): Promise<{ userId: string; chapter: number; completedAt: string | null }[]> => {
  const rows = await db
    .select({ userId: guideSelfEvaluations.userId, chapter: guideSelfEvaluations.chapter, completedAt: guideSelfEvaluations.completedAt })
    .from(guideSelfEvaluations)
    .where(eq(guideSelfEvaluations.programId, programId));
  return rows.map((r) => ({ userId: r.userId, chapter: r.chapter, completedAt: r.completedAt?.toISOString() ?? null }));
};
