import { desc, eq } from "drizzle-orm";
import type { TimelineEntry } from "@passerelle/domain";
import { events, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const participantTimeline = async (db: Executor, participantId: string, limit: number, offset: number): Promise<TimelineEntry[]> =>
  (
    await db
      .select({ id: events.id, type: events.type, at: events.at, actorName: users.name, data: events.data })
      .from(events)
      .leftJoin(users, eq(users.id, events.actorId))
      .where(eq(events.participantId, participantId))
      .orderBy(desc(events.at), desc(events.id))
      .limit(limit)
      .offset(offset)
  ).map((r) => ({
    id: r.id,
    type: r.type as TimelineEntry["type"],
    at: r.at.toISOString(),
    actorName: r.actorName,
    data: (r.data ?? {}) as Record<string, unknown>,
  }));
