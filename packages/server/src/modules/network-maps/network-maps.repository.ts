import type { NetworkMap, NetworkMember } from "@passerelle/domain";
import { and, desc, eq, ne } from "drizzle-orm";
import { networkMaps, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const insertNetworkMap = async (db: Executor, values: typeof networkMaps.$inferInsert): Promise<void> => {
  await db.insert(networkMaps).values(values);
};

/** The members were checked against the domain contract when saved; the jsonb holds exactly that shape. */
const toNetworkMap = (row: typeof networkMaps.$inferSelect, createdBy: string | null): NetworkMap => ({
  id: row.id,
  participantId: row.participantId,
  drawnOn: row.drawnOn,
  members: row.members as NetworkMember[],
  comment: row.comment,
  sharedWithCareTeam: row.sharedWithCareTeam,
  createdBy,
  createdAt: row.createdAt.toISOString(),
});

const selectWithAuthor = (db: Executor) =>
  db.select({ map: networkMaps, createdBy: users.name }).from(networkMaps).leftJoin(users, eq(users.id, networkMaps.createdBy));

/** The person's snapshots, newest first (by date drawn, then by saving time); the shared ones only when asked. */
export const listNetworkMaps = async (db: Executor, participantId: string, options: { sharedOnly: boolean }): Promise<NetworkMap[]> => {
  const rows = await selectWithAuthor(db)
    .where(and(eq(networkMaps.participantId, participantId), options.sharedOnly ? eq(networkMaps.sharedWithCareTeam, true) : undefined))
    .orderBy(desc(networkMaps.drawnOn), desc(networkMaps.createdAt));
  return rows.map((r) => toNetworkMap(r.map, r.createdBy));
};

export const findNetworkMap = async (db: Executor, id: string): Promise<NetworkMap | null> => {
  const [row] = await selectWithAuthor(db).where(eq(networkMaps.id, id));
  return row ? toNetworkMap(row.map, row.createdBy) : null;
};

/** Whose snapshot it is: what the access policy needs before anything of it is read. */
export const findNetworkMapScope = async (db: Executor, id: string): Promise<{ participantId: string; sharedWithCareTeam: boolean } | null> => {
  const [row] = await db
    .select({ participantId: networkMaps.participantId, sharedWithCareTeam: networkMaps.sharedWithCareTeam })
    .from(networkMaps)
    .where(eq(networkMaps.id, id));
  return row ?? null;
};

/** Sets the sharing; true when it changed (false: it already was so, e.g. two people shared it at the same time). */
export const setNetworkMapSharing = async (db: Executor, id: string, shared: boolean): Promise<boolean> => {
  const changed = await db
    .update(networkMaps)
    .set({ sharedWithCareTeam: shared })
    .where(and(eq(networkMaps.id, id), ne(networkMaps.sharedWithCareTeam, shared)))
    .returning({ id: networkMaps.id });
  return changed.length > 0;
};
