import { inArray } from "drizzle-orm";
import { services } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

/** The program of each given partner service (unknown ids are absent from the map). */
export const findServicePrograms = async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: services.id, programId: services.programId }).from(services).where(inArray(services.id, ids));
  return new Map(rows.map((r) => [r.id, r.programId]));
};

export const insertService = async (db: Executor, values: typeof services.$inferInsert): Promise<void> => {
  await db.insert(services).values(values);
};
