import type { NotificationItem } from "@passerelle/domain";
import type { TFunction } from "i18next";

/** One notification as a sentence; a person the user may no longer see is not named. */
export const notificationSentence = (item: NotificationItem, t: TFunction): string => {
  const actor = item.actorName ?? t("common.unknownPerson");
  const person = item.participant?.name;
  switch (item.kind) {
    case "mention":
      return person ? t("notifications.kinds.mention", { actor, person }) : t("notifications.kinds.mentionHidden", { actor });
    case "referral_received":
      return t("notifications.kinds.referral_received", { actor });
    case "referral_decided":
      return t("notifications.kinds.referral_decided", { actor });
    case "action_item_assigned":
      return person ? t("notifications.kinds.action_item_assigned", { actor, person }) : t("notifications.kinds.action_item_assignedHidden", { actor });
  }
};
