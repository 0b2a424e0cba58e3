import { and, desc, eq, inArray, sql } from "drizzle-orm";
import {
  exemplaryFromOf,
  type FidelityAction,
  type FidelityReview,
  type FidelityReviewItems,
  type FidelityReviewStatus,
  type FidelityReviewSummary,
  fidelityActionSchema,
  fidelityBandRanges,
  fidelityReviewItemsSchema,
  scoreReview,
} from "@passerelle/domain";
import { z } from "zod";
import { fidelityReviews, programFidelitySettings, programs, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { readTogether } from "../../platform/read-together";

export type FidelityReviewRow = typeof fidelityReviews.$inferSelect;

/** Stored jsonb read through the contract: a value that no longer parses reads as empty rather than failing. */
export const storedItems = (value: unknown): FidelityReviewItems => {
  const parsed = fidelityReviewItemsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
};
const storedActions = (value: unknown): FidelityAction[] => {
  const parsed = z.array(fidelityActionSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
};
const storedReviewers = (value: unknown): string[] => {
  const parsed = z.array(z.string()).safeParse(value);
  return parsed.success ? parsed.data : [];
};

/** The program's exemplary lower bound (program_fidelity_settings), 115 while none is set. */
export const programExemplaryFrom = async (db: Executor, programIds: string[]): Promise<Map<string, number>> => {
  const result = new Map(programIds.map((id) => [id, exemplaryFromOf(null)]));
  if (programIds.length === 0) return result;
  const rows = await db
    .select({ programId: programFidelitySettings.programId, thresholds: programFidelitySettings.thresholds })
    .from(programFidelitySettings)
    .where(inArray(programFidelitySettings.programId, programIds));
  for (const row of rows) result.set(row.programId, exemplaryFromOf(row.thresholds));
  return result;
};

const programNames = async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
};

const summaryOf = (row: FidelityReviewRow, programName: string, exemplaryFrom: number): FidelityReviewSummary => ({
  id: row.id,
  programId: row.programId,
  programName,
  scaleVersion: row.scaleVersion,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  reviewedOn: row.reviewedOn,
  reviewers: storedReviewers(row.reviewers),
  status: row.status as FidelityReviewStatus,
  score: scoreReview(storedItems(row.items), { exemplaryFrom }),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

export const findReviewProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: fidelityReviews.programId }).from(fidelityReviews).where(eq(fidelityReviews.id, id));
  return row?.programId ?? null;
};

export const getReviewRow = async (db: Executor, id: string): Promise<FidelityReviewRow | null> => {
  const [row] = await db.select().from(fidelityReviews).where(eq(fidelityReviews.id, id));
  return row ?? null;
};

export const getReview = async (db: Executor, id: string): Promise<FidelityReview | null> => {
  const row = await getReviewRow(db, id);
  if (!row) return null;
  const createdBy = row.createdBy;
  const [names, exemplary, author] = await readTogether(
    db,
    () => programNames(db, [row.programId]),
    () => programExemplaryFrom(db, [row.programId]),
    () => (createdBy ? db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, createdBy)) : Promise.resolve([])),
  );
  const exemplaryFrom = exemplary.get(row.programId) ?? exemplaryFromOf(null);
  return {
    ...summaryOf(row, names.get(row.programId) ?? "", exemplaryFrom),
    items: storedItems(row.items),
    actionPlan: storedActions(row.actionPlan),
    bands: fidelityBandRanges(exemplaryFrom),
    createdBy: author[0] ?? null,
    createdAt: row.createdAt.toISOString(),
  };
};

/** Newest period first: the list reads as the program's fidelity history. */
export const listReviews = async (db: Executor, programIds: string[]): Promise<FidelityReviewSummary[]> => {
  if (programIds.length === 0) return [];
  const rows = await db
    .select()
    .from(fidelityReviews)
    .where(inArray(fidelityReviews.programId, programIds))
    .orderBy(desc(fidelityReviews.periodTo), desc(fidelityReviews.createdAt), desc(fidelityReviews.id))
    .limit(500);
  const ids = [...new Set(rows.map((r) => r.programId))];
  const [names, exemplary] = await readTogether(db, () => programNames(db, ids), () => programExemplaryFrom(db, ids));
  return rows.map((row) => summaryOf(row, names.get(row.programId) ?? "", exemplary.get(row.programId) ?? exemplaryFromOf(null)));
};

export const insertReview = async (db: Executor, values: typeof fidelityReviews.$inferInsert): Promise<void> => {
  await db.insert(fidelityReviews).values(values);
};

export type ReviewChanges = Partial<Pick<FidelityReviewRow, "items" | "reviewers" | "actionPlan" | "periodFrom" | "periodTo" | "reviewedOn" | "status">>;

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateReviewIfVersion = async (db: Executor, id: string, expectedVersion: number, changes: ReviewChanges, now: Date): Promise<boolean> => {
  const updated = await db
    .update(fidelityReviews)
    .set({ ...changes, updatedAt: now, version: sql`${fidelityReviews.version} + 1` })
    .where(and(eq(fidelityReviews.id, id), eq(fidelityReviews.version, expectedVersion)))
    .returning({ id: fidelityReviews.id });
  return updated.length === 1;
};
