import { and, count, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notifications, participants, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { newId } from "../../platform/ids";

/** What gives rise to a notification; the list is rendered from ids at read time, never from stored text. */
export type NotificationKind = "mention" | "referral_received" | "referral_decided" | "action_item_assigned";

export type NewNotification = {
  userId: string;
  programId: string;
  kind: NotificationKind;
  actorId: string | null;
  participantId?: string | null;
  subjectId?: string | null;
};

/** One multi-row insert: a note mentioning five colleagues, or a referral for every team lead, is one statement. */
export const insertNotifications = async (db: Executor, rows: NewNotification[], at: Date): Promise<void> => {
  if (rows.length === 0) return;
  await db.insert(notifications).values(
    rows.map((r) => ({ id: newId(), userId: r.userId, programId: r.programId, kind: r.kind, actorId: r.actorId, participantId: r.participantId ?? null, subjectId: r.subjectId ?? null, createdAt: at })),
  );
};

const actorUser = alias(users, "notification_actor");

/** The user's most recent notifications, with the actor's and the person's names (shown only if still visible). */
export const listUserNotifications = async (db: Executor, userId: string, limit: number) =>
  db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorName: actorUser.name,
      participantId: notifications.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      subjectId: notifications.subjectId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(actorUser, eq(actorUser.id, notifications.actorId))
    .leftJoin(participants, eq(participants.id, notifications.participantId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);

export const countUnread = async (db: Executor, userId: string): Promise<number> => {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
};

/** Marks one of the user's own notifications read; false when it is not theirs (or does not exist). */
export const markNotificationRead = async (db: Executor, userId: string, id: string, at: Date): Promise<boolean> => {
  const [own] = await db.select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!own) return false;
  if (!own.readAt) await db.update(notifications).set({ readAt: at }).where(eq(notifications.id, id));
  return true;
};

export const markAllNotificationsRead = async (db: Executor, userId: string, at: Date): Promise<void> => {
  await db.update(notifications).set({ readAt: at }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
};
