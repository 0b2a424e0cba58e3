import { describe, expect, it } from "vitest";
import { notificationLink } from "./notification-link";

describe("where a notification leads", () => {
  it.each([
    ["mention", "p1", "/participants/p1/notes"],
    ["mention", null, "/notifications"],
    ["referral_received", "p1", "/referrals"],
    ["referral_decided", null, "/referrals"],
    ["action_item_assigned", "p1", "/meetings"],
  ] as const)("%s about %s -> %s", (kind, participantId, link) => {
    expect(notificationLink(kind, participantId)).toBe(link);
  });
});
