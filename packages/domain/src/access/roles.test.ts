import { describe, expect, it } from "vitest";
import { can, participantScope, permissions, roles } from "./roles";

describe("role permissions", () => {
  it("gives the administrator every permission", () => {
    for (const p of permissions) expect(can("admin", p)).toBe(true);
  });
  it("keeps contact notes and the audit trail from clinicians", () => {
    expect(can("clinician", "contact.read")).toBe(false);
    expect(can("clinician", "audit.read")).toBe(false);
    expect(can("clinician", "participant.update")).toBe(false);
    expect(can("clinician", "participant.read")).toBe(true);
  });
  it("lets only team leads and admins see the access history and reassign in bulk", () => {
    const allowed = roles.filter((r) => can(r, "audit.read"));
    expect(allowed).toEqual(["admin", "team_lead"]);
    expect(roles.filter((r) => can(r, "caseload.reassign"))).toEqual(["admin", "team_lead"]);
  });
  it("keeps benefits counselling (income data) to specialists, team leads and admins", () => {
    for (const p of ["benefits.simulate", "benefits.read", "benefits.write"] as const) {
      expect(roles.filter((r) => can(r, p))).toEqual(["admin", "team_lead", "specialist"]);
    }
  });
  it("keeps job development and the journey records to the team; peers read the jobs of their people", () => {
    for (const p of ["opening.read", "opening.write", "job.write", "worklist.read"] as const) {
      expect(roles.filter((r) => can(r, p))).toEqual(["admin", "team_lead", "specialist"]);
    }
    expect(roles.filter((r) => can(r, "job.read"))).toEqual(["admin", "team_lead", "specialist", "peer"]);
    expect(roles.filter((r) => can(r, "worklist.configure"))).toEqual(["admin", "team_lead"]);
  });
  it("gives the care team only what is shared, referrals to clinicians and their decision to team leads", () => {
    expect(can("clinician", "profile.read")).toBe(false);
    expect(can("clinician", "shared_record.read")).toBe(true);
    expect(roles.filter((r) => can(r, "referral.create"))).toEqual(["admin", "team_lead", "clinician"]);
    expect(roles.filter((r) => can(r, "referral.decide"))).toEqual(["admin", "team_lead"]);
    expect(roles.filter((r) => can(r, "meeting.write"))).toEqual(["admin", "team_lead", "specialist"]);
    expect(roles.filter((r) => can(r, "supervision.write"))).toEqual(["admin", "team_lead"]);
    expect(roles.filter((r) => can(r, "network.write"))).toEqual(["admin", "team_lead", "specialist"]);
    expect(roles.filter((r) => can(r, "network.read"))).toEqual(["admin", "team_lead", "specialist", "peer"]);
  });
  it("narrows what clinicians and peers see", () => {
    expect(participantScope("clinician")).toBe("care_team_consent");
    expect(participantScope("peer")).toBe("assigned_peer");
    expect(participantScope("specialist")).toBe("program");
  });
});
