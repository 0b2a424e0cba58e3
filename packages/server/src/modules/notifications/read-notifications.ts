import { NOTIFICATIONS_LISTED, type NotificationList, notificationKindSchema, notificationLink } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { countUnread, listUserNotifications } from "./notifications.repository";

/**
 * The people of these notifications the user may still see, asked of the one access policy (a withdrawn consent or a
 * peer reassigned elsewhere hides the name at once). A page names a handful of people: one scope check each.
 */
const visibleParticipants = async (db: Executor, actor: Actor, ids: string[]): Promise<Set<string>> => {
  const visible = new Set<string>();
  for (const id of new Set(ids)) {
    try {
      await authorizeParticipant(db, actor, id, "participant.read");
      visible.add(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return visible;
};

/** The signed-in user's own notifications, newest first, rendered now from ids (never from stored text). */
export const listNotifications = async (ctx: AppContext, actor: Actor): Promise<NotificationList> => {
  const db = ctx.database.db;
  const [rows, unread] = await Promise.all([listUserNotifications(db, actor.userId, NOTIFICATIONS_LISTED), countUnread(db, actor.userId)]);
  const visible = await visibleParticipants(db, actor, rows.flatMap((r) => (r.participantId ? [r.participantId] : [])));
  const items = rows.flatMap((r) => {
    // A kind this version does not know (written by a newer one) is left out rather than breaking the list.
    const kind = notificationKindSchema.safeParse(r.kind);
    if (!kind.success) return [];
    const seen = r.participantId && visible.has(r.participantId) ? r.participantId : null;
    return [
      {
        id: r.id,
        kind: kind.data,
        actorName: r.actorName,
        participant: seen ? { id: seen, name: `${r.firstName ?? ""} ${r.lastName ?? ""}`.trim() } : null,
        subjectId: r.subjectId,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
        link: notificationLink(kind.data, seen, r.subjectId),
      },
    ];
  });
  return { items, unread };
};
