import { describe, expect, it } from "vitest";
import { notificationLink } from "./notification-link";

describe("where a notification leads", () => {
  it.each([
    ["mention", "p1", "n1", "/participants/p1/notes"],
    ["mention", null, "n1", "/notifications"],
    ["referral_received", null, "r1", "/referrals/r1"],
    ["referral_decided", "p1", "r1", "/referrals/r1"],
    ["referral_decided", null, null, "/referrals"],
    ["action_item_assigned", "p1", "a1", "/meetings"],
  ] as const)("%s about %s (subject %s) -> %s", (kind, participantId, subjectId, link) => {
    expect(notificationLink(kind, participantId, subjectId)).toBe(link);
  });
});
