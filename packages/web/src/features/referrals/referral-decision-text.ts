import type { ReferrerView } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { formatDate } from "../../shared/format/dates";

/** Where a referral stands, in one sentence: the same words for the team and for the referrer. */
export const referralDecisionText = (r: Pick<ReferrerView, "status" | "decidedOn" | "declineReason" | "specialistName">, t: TFunction, language: string): string => {
  const date = formatDate(r.decidedOn, language);
  if (r.status === "accepted") {
    return r.specialistName ? t("referrals.decision.acceptedWith", { date, name: r.specialistName }) : t("referrals.decision.accepted", { date });
  }
  if (r.status === "declined" && r.declineReason) return t("referrals.decision.declined", { date, reason: t(`referrals.reasons.${r.declineReason}`) });
  return t("referrals.decision.pending");
};
