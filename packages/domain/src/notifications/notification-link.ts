import type { NotificationKind } from "./notification.contract";

/**
 * Where a notification leads in the web app. A person the user may no longer see gets no link to their record:
 * the notification stays in the list, pointing at the list itself.
 */
export const notificationLink = (kind: NotificationKind, visibleParticipantId: string | null): string => {
  switch (kind) {
    case "mention":
      return visibleParticipantId ? `/participants/${visibleParticipantId}/notes` : "/notifications";
    case "referral_received":
    case "referral_decided":
      return "/referrals";
    case "action_item_assigned":
      return "/meetings";
  }
};
