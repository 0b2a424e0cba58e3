import { outreachModes, referralDeclineReasons } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

const isReason = (value: unknown): value is (typeof referralDeclineReasons)[number] =>
  typeof value === "string" && (referralDeclineReasons as readonly string[]).includes(value);
const isMode = (value: unknown): value is (typeof outreachModes)[number] => typeof value === "string" && (outreachModes as readonly string[]).includes(value);
const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/** A referral event as a sentence. Only "accepted" is on a person's timeline (the others precede the record). */
export const referralTimelineSentence = (
  type: "referral.sent" | "referral.outreach_logged" | "referral.accepted" | "referral.declined",
  d: Record<string, unknown>,
  t: TFunction,
  language: string,
): string => {
  switch (type) {
    case "referral.sent":
      return t("referrals.timeline.sent");
    case "referral.accepted":
      return text(d.referredOn) ? t("referrals.timeline.accepted", { date: formatDate(text(d.referredOn), language) }) : t("referrals.timeline.acceptedShort");
    case "referral.declined":
      return isReason(d.reason) ? t("referrals.timeline.declined", { reason: t(`referrals.reasons.${d.reason}`) }) : t("referrals.timeline.declinedShort");
    case "referral.outreach_logged":
      return isMode(d.mode) && text(d.date)
        ? t("referrals.timeline.outreach", { mode: t(`referrals.outreach.modes.${d.mode}`), date: formatDate(text(d.date), language) })
        : t("referrals.timeline.outreachShort");
  }
};
