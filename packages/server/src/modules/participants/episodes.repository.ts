import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../../platform/db";
import { newId } from "../../platform/ids";
import { caseloadEpisodes } from "../../db/schema/index";

/**
 * Caseload episodes follow the participant's status in the same transaction: a new record opens one on its referral
 * date, a closure ends the running one, a re-opening starts the next. Outcomes read these rows, never the event log.
 */
export const openEpisode = async (db: Executor, row: { participantId: string; programId: string; openedOn: string }): Promise<void> => {
  await db.insert(caseloadEpisodes).values({ id: newId(), ...row });
};

export const closeEpisode = async (db: Executor, participantId: string, closedOn: string, closureReason: string | null): Promise<void> => {
  await db
    .update(caseloadEpisodes)
    .set({ closedOn, closureReason })
    .where(and(eq(caseloadEpisodes.participantId, participantId), isNull(caseloadEpisodes.closedOn)));
};

/** Editing the referral date moves the start of the first episode (a later one started on its re-opening day). */
export const moveFirstEpisodeStart = async (db: Executor, participantId: string, openedOn: string): Promise<void> => {
  const [first] = await db
    .select({ id: caseloadEpisodes.id })
    .from(caseloadEpisodes)
    .where(eq(caseloadEpisodes.participantId, participantId))
    .orderBy(asc(caseloadEpisodes.openedOn))
    .limit(1);
  if (first) await db.update(caseloadEpisodes).set({ openedOn }).where(eq(caseloadEpisodes.id, first.id));
};
