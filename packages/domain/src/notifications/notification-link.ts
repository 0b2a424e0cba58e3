import type { NotificationKind } from "./notification.contract";

/**
 * Where a notification leads in the web app. A person the user may no longer see gets no link to their record:
 * the notification stays in the list, pointing at the list itself.
 */
export const notificationLink = (kind: NotificationKind, visibleParticipantId: string | null, subjectId: string | null = null): string => {
  switch (kind) {
    case "mention":
      return visibleParticipantId ? `/participants/${visibleParticipantId}/notes` : "/notifications";
    case "referral_received":
    case "referral_decided":
      // The referral itself: its recipients (team leads, the referrer) may open it.
      return subjectId ? `/referrals/${subjectId}` : "/referrals";
    case "action_item_assigned":
      // The item's meeting is not among the notification's ids: the meetings list shows the open items.
      return "/meetings";
  }
};
