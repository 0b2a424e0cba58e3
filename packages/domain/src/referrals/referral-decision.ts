import type { DecideReferral, ReferralDeclineReason, ReferralStatus } from "./referral.contract";
import { referralDeclineReasons } from "./referral.contract";

/**
 * "Unreachable after outreach" needs documented outreach: at least this many attempts, dated on or before the
 * decision. Two, because one missed call is not "several attempts" (the reason's own words), and IPS asks for
 * assertive engagement before anyone is let go (fidelity item Sv14).
 */
export const MIN_OUTREACH_ATTEMPTS = 2;

export type ReferralDecisionRefusal = "not_pending" | "reason_not_allowed" | "outreach_required" | "date_before_referral";

export type ReferralDecisionCheck =
  | { ok: true; status: "accepted" }
  | { ok: true; status: "declined"; reason: ReferralDeclineReason }
  | { ok: false; refusal: ReferralDecisionRefusal; field: "action" | "reason" | "date" };

const isAllowedReason = (value: string): value is ReferralDeclineReason => (referralDeclineReasons as readonly string[]).includes(value);

/**
 * May this referral be accepted or declined? Only a pending referral is decided; a decline names one of the two
 * allowed reasons and is not dated before the referral; "unreachable" requires the outreach attempts above.
 */
export const checkReferralDecision = (
  referral: { status: ReferralStatus; referredOn: string; outreach: readonly { date: string }[] },
  input: DecideReferral,
): ReferralDecisionCheck => {
  if (referral.status !== "pending") return { ok: false, refusal: "not_pending", field: "action" };
  if (input.action === "accept") return { ok: true, status: "accepted" };
  if (!isAllowedReason(input.reason)) return { ok: false, refusal: "reason_not_allowed", field: "reason" };
  if (input.date < referral.referredOn) return { ok: false, refusal: "date_before_referral", field: "date" };
  if (input.reason === "unreachable_after_outreach") {
    const attempts = referral.outreach.filter((a) => a.date <= input.date).length;
    if (attempts < MIN_OUTREACH_ATTEMPTS) return { ok: false, refusal: "outreach_required", field: "reason" };
  }
  return { ok: true, status: "declined", reason: input.reason };
};
