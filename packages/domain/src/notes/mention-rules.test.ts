import { describe, expect, it } from "vitest";
import { type MentionCandidate, type PersonScope, mayBeMentioned } from "./mention-rules";

const person = (over: Partial<PersonScope> = {}): PersonScope => ({ peerSupporterId: "peer-1", careTeamConsent: true, serviceIds: new Set(["cmp"]), ...over });
const member = (role: MentionCandidate["role"], over: Partial<MentionCandidate> = {}): MentionCandidate => ({ userId: "u", role, serviceId: null, ...over });

describe("who may be mentioned in a note about a person", () => {
  it.each([
    ["a specialist of the program", member("specialist"), person(), true],
    ["a team lead", member("team_lead"), person({ careTeamConsent: false }), true],
    ["a program administrator", member("admin"), person(), true],
    ["the peer who accompanies the person", member("peer", { userId: "peer-1" }), person(), true],
    ["another peer", member("peer", { userId: "peer-2" }), person(), false],
    ["a clinician of the person's service, with consent", member("clinician", { serviceId: "cmp" }), person(), true],
    ["a clinician of the person's service, consent withdrawn", member("clinician", { serviceId: "cmp" }), person({ careTeamConsent: false }), false],
    ["a clinician of another service", member("clinician", { serviceId: "cattp" }), person(), false],
    ["a clinician with no service", member("clinician"), person(), false],
  ] as const)("%s", (_label, m, p, expected) => {
    expect(mayBeMentioned(m, p)).toBe(expected);
  });
});
