import { describe, expect, it } from "vitest";
import { createCloseOneInput, updateCloseOneInput } from "./close-one.contract";
import { createFamilyContactInput } from "./family-contact.contract";
import { type ConsentFacts, closeOneSharing, closeOneSharingIssues, isActiveFamilyConsent } from "./sharing-rules";

const family: ConsentFacts = { scope: "family", withdrawnOn: null };
const withdrawn: ConsentFacts = { scope: "family", withdrawnOn: "2026-03-01" };
const careTeam: ConsentFacts = { scope: "care_team", withdrawnOn: null };
const consentId = "0190c3e4-0000-7000-8000-000000000001";

describe("isActiveFamilyConsent", () => {
  it.each([
    ["active family consent", family, true],
    ["withdrawn family consent", withdrawn, false],
    ["care-team consent", careTeam, false],
    ["no consent", null, false],
  ] as const)("%s -> %s", (_label, consent, expected) => {
    expect(isActiveFamilyConsent(consent)).toBe(expected);
  });
});

describe("closeOneSharing: what may be shared today", () => {
  it.each([
    ["no consent linked", null, ["status"], null, { state: "no_consent", sharedNow: [] }],
    ["linked consent no longer exists", consentId, ["status"], null, { state: "no_consent", sharedNow: [] }],
    ["active family consent", consentId, ["status", "job"], family, { state: "active", sharedNow: ["status", "job"] }],
    ["active consent, nothing chosen", consentId, [], family, { state: "active", sharedNow: [] }],
    ["withdrawn: suspended, choice kept but nothing shared", consentId, ["appointments"], withdrawn, { state: "suspended", sharedNow: [] }],
    ["a consent of another scope never counts", consentId, ["status"], careTeam, { state: "no_consent", sharedNow: [] }],
  ] as const)("%s", (_label, id, mayShare, consent, expected) => {
    expect(closeOneSharing({ consentId: id, mayShare }, consent)).toEqual(expected);
  });
});

describe("closeOneSharingIssues: the rule on a write", () => {
  const both = { consentId: true, mayShare: true };
  it.each([
    ["no consent, nothing shared", { consentId: null, mayShare: [] }, null, both, []],
    ["active consent and topics", { consentId, mayShare: ["status"] }, family, both, []],
    ["topics without a consent", { consentId: null, mayShare: ["status"] }, null, both, ["sharing_needs_family_consent"]],
    ["a consent of another person (not found)", { consentId, mayShare: [] }, null, both, ["unknown_family_consent"]],
    ["a withdrawn consent named anew", { consentId, mayShare: [] }, withdrawn, both, ["unknown_family_consent"]],
    ["a care-team consent", { consentId, mayShare: ["job"] }, careTeam, both, ["unknown_family_consent"]],
    ["topics added while the consent is withdrawn", { consentId, mayShare: ["job"] }, withdrawn, { consentId: false, mayShare: true }, ["sharing_needs_family_consent"]],
    ["a phone corrected while the consent is withdrawn", { consentId, mayShare: ["job"] }, withdrawn, { consentId: false, mayShare: false }, []],
    ["topics cleared while the consent is withdrawn", { consentId, mayShare: [] }, withdrawn, { consentId: false, mayShare: true }, []],
    ["consent unlinked, topics kept", { consentId: null, mayShare: ["job"] }, null, { consentId: true, mayShare: false }, ["sharing_needs_family_consent"]],
  ] as const)("%s", (_label, next, consent, touched, expected) => {
    expect(closeOneSharingIssues(next, consent, touched).map((i) => i.message)).toEqual(expected);
    expect(closeOneSharingIssues(next, consent, touched).every((i) => i.path === "consentId")).toBe(true);
  });
});

describe("contracts", () => {
  it("keeps topics once, in the domain's order, and accepts empty phone and email", () => {
    const parsed = createCloseOneInput.parse({ name: " Marie ", relation: "parent", mayShare: ["job", "status", "job"] });
    expect(parsed).toMatchObject({ name: "Marie", phone: "", email: "", mayShare: ["status", "job"], notes: "" });
  });
  it.each([
    [{ name: "", relation: "parent" }, "name"],
    [{ name: "A", relation: "cousin" }, "relation"],
    [{ name: "A", relation: "friend", phone: "abc" }, "phone"],
    [{ name: "A", relation: "friend", email: "not-an-email" }, "email"],
    [{ name: "A", relation: "friend", mayShare: ["health"] }, "mayShare"],
  ])("refuses %o at %s", (input, path) => {
    const result = createCloseOneInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(path);
  });
  it("needs a version to update", () => {
    expect(updateCloseOneInput.safeParse({ archived: true }).success).toBe(false);
    expect(updateCloseOneInput.parse({ version: 2, archived: true })).toEqual({ version: 2, archived: true });
  });
  it("asks a family contact for at least one close one, and keeps each once", () => {
    const base = { kind: "family_meeting", date: "2026-03-02", mode: "in_person" };
    const none = createFamilyContactInput.safeParse({ ...base, closeOneIds: [] });
    expect(none.error?.issues[0].message).toBe("close_one_required");
    expect(createFamilyContactInput.parse({ ...base, closeOneIds: [consentId, consentId] }).closeOneIds).toEqual([consentId]);
  });
});
