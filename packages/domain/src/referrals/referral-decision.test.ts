import { describe, expect, it } from "vitest";
import type { DecideReferral, ReferralStatus } from "./referral.contract";
import { checkReferralDecision, MIN_OUTREACH_ATTEMPTS } from "./referral-decision";

type ReferralFacts = { status: ReferralStatus; referredOn: string; outreach: { date: string }[] };
const pending: ReferralFacts = { status: "pending", referredOn: "2026-03-01", outreach: [] };
const twoAttempts = [{ date: "2026-03-03" }, { date: "2026-03-10" }];
const accept: DecideReferral = { action: "accept", version: 1, specialistId: "0190f3c4-5b6a-7c8d-9e0f-112233445566" };
const decline = (reason: string, date = "2026-03-20"): DecideReferral => ({ action: "decline", version: 1, reason, date, note: "" });

describe("checkReferralDecision", () => {
  it("asks for at least two outreach attempts before 'unreachable'", () => {
    expect(MIN_OUTREACH_ATTEMPTS).toBe(2);
  });

  const cases: { label: string; referral: ReferralFacts; input: DecideReferral; expected: ReturnType<typeof checkReferralDecision> }[] = [
    { label: "accepts a pending referral", referral: pending, input: accept, expected: { ok: true, status: "accepted" } },
    { label: "does not accept twice", referral: { ...pending, status: "accepted" }, input: accept, expected: { ok: false, refusal: "not_pending", field: "action" } },
    { label: "does not accept a declined referral", referral: { ...pending, status: "declined" }, input: accept, expected: { ok: false, refusal: "not_pending", field: "action" } },
    {
      label: "declines: the person does not want support now",
      referral: pending,
      input: decline("not_wanting_support_now"),
      expected: { ok: true, status: "declined", reason: "not_wanting_support_now" },
    },
    {
      label: "declines: unreachable after two attempts",
      referral: { ...pending, outreach: twoAttempts },
      input: decline("unreachable_after_outreach"),
      expected: { ok: true, status: "declined", reason: "unreachable_after_outreach" },
    },
    {
      label: "refuses 'unreachable' with no outreach",
      referral: pending,
      input: decline("unreachable_after_outreach"),
      expected: { ok: false, refusal: "outreach_required", field: "reason" },
    },
    {
      label: "refuses 'unreachable' after a single attempt",
      referral: { ...pending, outreach: [{ date: "2026-03-03" }] },
      input: decline("unreachable_after_outreach"),
      expected: { ok: false, refusal: "outreach_required", field: "reason" },
    },
    {
      label: "counts only attempts made by the decision date",
      referral: { ...pending, outreach: twoAttempts },
      input: decline("unreachable_after_outreach", "2026-03-05"),
      expected: { ok: false, refusal: "outreach_required", field: "reason" },
    },
    { label: "refuses 'not ready'", referral: pending, input: decline("not_ready"), expected: { ok: false, refusal: "reason_not_allowed", field: "reason" } },
    { label: "refuses a clinical reason", referral: pending, input: decline("symptoms"), expected: { ok: false, refusal: "reason_not_allowed", field: "reason" } },
    { label: "refuses an empty reason", referral: pending, input: decline(""), expected: { ok: false, refusal: "reason_not_allowed", field: "reason" } },
    {
      label: "refuses a decline dated before the referral",
      referral: pending,
      input: decline("not_wanting_support_now", "2026-02-28"),
      expected: { ok: false, refusal: "date_before_referral", field: "date" },
    },
    {
      label: "does not decline an accepted referral",
      referral: { ...pending, status: "accepted" },
      input: decline("not_wanting_support_now"),
      expected: { ok: false, refusal: "not_pending", field: "action" },
    },
  ];
  for (const c of cases) {
    it(c.label, () => expect(checkReferralDecision(c.referral, c.input)).toEqual(c.expected));
  }
});
