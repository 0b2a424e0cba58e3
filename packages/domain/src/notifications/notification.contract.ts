import { z } from "zod";

/** What gives rise to a notification. Stored as ids only; the list is rendered at read time, through the access policy. */
export const notificationKinds = ["mention", "referral_received", "referral_decided", "action_item_assigned"] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationItemSchema = z.object({
  id: z.uuid(),
  kind: notificationKindSchema,
  actorName: z.string().nullable(),
  /** Null when the notification is about nobody, or about a person the user may no longer see (no name then). */
  participant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  subjectId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** Where the item leads in the web app. */
  link: z.string(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;

/** GET /api/notifications: the signed-in user's own, newest first, with the count of unread ones. */
export const notificationListSchema = z.object({ items: z.array(notificationItemSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** The most recent notifications listed; older ones still count as unread until "mark all read". */
export const NOTIFICATIONS_LISTED = 50;
