import { and, eq, sql } from "drizzle-orm";
import { exemplaryFromOf, type FidelitySettings, storedThresholdsOf } from "@passerelle/domain";
import { programFidelitySettings, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/** The program's settings, or none set (version 0, the scale's values). */
export const getFidelitySettings = async (db: Executor, programId: string): Promise<FidelitySettings> => {
  const [row] = await db
    .select({ settings: programFidelitySettings, author: { id: users.id, name: users.name } })
    .from(programFidelitySettings)
    .leftJoin(users, eq(users.id, programFidelitySettings.updatedBy))
    .where(eq(programFidelitySettings.programId, programId));
  if (!row) return { programId, thresholds: {}, exemplaryFrom: exemplaryFromOf(null), version: 0, updatedAt: null, updatedBy: null };
  return {
    programId,
    thresholds: storedThresholdsOf(row.settings.thresholds),
    exemplaryFrom: exemplaryFromOf(row.settings.thresholds),
    version: row.settings.version,
    updatedAt: row.settings.updatedAt.toISOString(),
    updatedBy: row.author?.id ? { id: row.author.id, name: row.author.name } : null,
  };
};

/** First save: inserted only if nobody saved first (a concurrent first save answers 409). */
export const insertFidelitySettings = async (db: Executor, programId: string, thresholds: unknown, updatedBy: string, now: Date): Promise<boolean> => {
  const inserted = await db
    .insert(programFidelitySettings)
    .values({ programId, thresholds, updatedBy, updatedAt: now, version: 1 })
    .onConflictDoNothing()
    .returning({ programId: programFidelitySettings.programId });
  return inserted.length === 1;
};

export const updateFidelitySettingsIfVersion = async (
  db: Executor,
  programId: string,
  expectedVersion: number,
  thresholds: unknown,
  updatedBy: string,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(programFidelitySettings)
    .set({ thresholds, updatedBy, updatedAt: now, version: sql`${programFidelitySettings.version} + 1` })
    .where(and(eq(programFidelitySettings.programId, programId), eq(programFidelitySettings.version, expectedVersion)))
    .returning({ programId: programFidelitySettings.programId });
  return updated.length === 1;
};
