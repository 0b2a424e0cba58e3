import { notifications } from "../../db/schema/index";
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
