import { z } from "zod";

export const roles = ["admin", "team_lead", "specialist", "clinician", "peer", "network"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * What each role may do inside a program it belongs to. The server's access policy is the only place that
 * applies this table (plus record scoping: program, consent, assignment); the web only uses it to hide
 * actions a user could not perform anyway.
 */
export const permissions = [
  "participant.list",
  "participant.read",
  "participant.create",
  "participant.update",
  "participant.assign",
  "profile.read",
  "profile.write",
  "consent.read",
  "consent.write",
  "contact.read",
  "contact.write",
  "timeline.read",
  "caseload.overview",
  "caseload.reassign",
  "audit.read",
  "user.manage",
  "program.manage",
  "benefits.simulate",
  "benefits.read",
  "benefits.write",
  "employer.read",
  "employer.write",
  "opening.read",
  "opening.write",
  "job.read",
  "job.write",
  "worklist.read",
  "worklist.configure",
  "service.read",
  "service.write",
  "referral.create",
  "referral.read",
  "referral.decide",
  "meeting.read",
  "meeting.write",
  "supervision.read",
  "supervision.write",
  "note.read",
  "note.write",
  "network.read",
  "network.write",
  "shared_record.read",
  "outcomes.read",
  "fidelity.read",
  "fidelity.write",
  "network_outcomes.read",
  "questionnaire.read",
  "questionnaire.write",
  "practice.read",
  "practice.write",
  "brainstorm.lead",
  "guide.read",
  "guide.overview",
] as const;
export type Permission = (typeof permissions)[number];

const specialistPermissions: Permission[] = [
  "participant.list",
  "participant.read",
  "participant.create",
  "participant.update",
  "participant.assign",
  "profile.read",
  "profile.write",
  "consent.read",
  "consent.write",
  "contact.read",
  "contact.write",
  "timeline.read",
  // Benefits counselling (IPS principle 4): the specialist runs the simulations and keeps the person's plans.
  "benefits.simulate",
  "benefits.read",
  "benefits.write",
  // Job development (IPS principle 6): the team's shared employer register and contact log. Not for clinicians
  // nor peers: a contact made for a named person reveals who is looking for work, and with which employer.
  "employer.read",
  "employer.write",
  // Openings are part of job development: same audience as the employer register.
  "opening.read",
  "opening.write",
  // The employment journey: job search plan, applications, jobs and their follow-along support plans.
  "job.read",
  "job.write",
  // "My week": the IPS timing rules applied to the user's own people and employers (and snoozing an item).
  "worklist.read",
  // The team around the person: partner services register, referrals (read), the weekly integrated meeting,
  // internal notes, family and close ones, and the view the care team gets (to check what is shared).
  "service.read",
  "service.write",
  "referral.read",
  "meeting.read",
  "meeting.write",
  "supervision.read",
  "note.read",
  "note.write",
  "network.read",
  "network.write",
  "shared_record.read",
  // Outcomes: a specialist sees their own figures (outcomesScope), the team lead the program's and each specialist's.
  // The fidelity self-assessment is the team's: everyone reads it, the team lead leads it (fidelity.write).
  "outcomes.read",
  "fidelity.read",
  // Participant-reported outcomes (WHO-5, satisfaction) are entered by the person or with their specialist.
  "questionnaire.read",
  "questionnaire.write",
  // The IMPE manual's practice tools (issue 7): routines, goals, conversations, SST plans, support network maps,
  // filled in with the person; group brainstorms; the practice guide and its self-evaluation grids.
  "practice.read",
  "practice.write",
  "brainstorm.lead",
  "guide.read",
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  // The team lead also sets the program's worklist thresholds (they are the team's practice, not the software's).
  // They accept or decline referrals, send them on a clinician's behalf, and record supervision sessions.
  team_lead: [
    ...specialistPermissions,
    "caseload.overview",
    "caseload.reassign",
    "audit.read",
    "worklist.configure",
    "referral.create",
    "referral.decide",
    "supervision.write",
    "fidelity.write",
    // Who completed which chapter of the practice guide: for training, not for judgement.
    "guide.overview",
  ],
  specialist: specialistPermissions,
  // A clinician of a partner service sees only the people of their own service who consented to share with the
  // care team, and only what is shared (`shared_record.read`: status, career profile summary, jobs, shared notes,
  // meeting decisions): never the specialist's contact notes nor private notes (need-to-know), nor the benefits
  // plans (the person's income, benefits and disability rate are not needed for care). They send referrals and
  // follow them, read the meetings (their people's shared items only) and write notes, which are always shared.
  clinician: [
    "participant.list",
    "participant.read",
    "consent.read",
    "shared_record.read",
    "service.read",
    "referral.create",
    "referral.read",
    "meeting.read",
    "note.read",
    "note.write",
    // The practice tools the person chose to share with the care team (`readsSharedPracticeOnly`), never the others.
    "practice.read",
  ],
  // A peer supporter sees and logs contacts for the people they accompany, not the whole program. No benefits
  // counselling either: income and benefits are need-to-know data, kept to the employment specialists.
  // They may read the jobs of the people they accompany (peer support is one of the follow-along supports), not
  // change them.
  // Peer support sessions are contacts they log (phase "peer_support"); they read and write the team's internal
  // notes and see the family and close ones of the people they accompany.
  peer: [
    "participant.list",
    "participant.read",
    "profile.read",
    "contact.read",
    "contact.write",
    "timeline.read",
    "job.read",
    "service.read",
    "note.read",
    "note.write",
    "network.read",
    // The person may fill in their well-being questionnaire with the peer supporter who accompanies them.
    "questionnaire.read",
    "questionnaire.write",
    // Peer supporters work on routines, goals and the support network with the people they accompany, co-lead
    // group brainstorms, and train with the practice guide like the rest of the team.
    "practice.read",
    "practice.write",
    "brainstorm.lead",
    "guide.read",
  ],
  // A network, a funder or a federation (ARS, Agefiph, a national IPS network) reads outcomes and fidelity totals of
  // the programs it belongs to, aggregated and with small cells masked: never a name nor an individual record.
  network: ["network_outcomes.read"],
};

export const can = (role: Role, permission: Permission): boolean => rolePermissions[role].includes(permission);

/** Participants a role sees within a program: all of them, those who consented to share, or those assigned. */
export type ParticipantScope = "program" | "care_team_consent" | "assigned_peer" | "none";
export const participantScope = (role: Role): ParticipantScope =>
  role === "clinician" ? "care_team_consent" : role === "peer" ? "assigned_peer" : role === "network" ? "none" : "program";

/** Whose outcomes a role may read in a program: the whole program (and each specialist), or only the user's own. */
export type OutcomesScope = "program" | "own" | "none";
export const outcomesScope = (role: Role): OutcomesScope =>
  !can(role, "outcomes.read") ? "none" : role === "admin" || role === "team_lead" ? "program" : "own";

/**
 * A clinician reads only the practice tool records the person chose to share with the care team (their consent to
 * share with the care team is checked by the participant scope; the record's own flag says what is shared).
 */
export const readsSharedPracticeOnly = (role: Role): boolean => participantScope(role) === "care_team_consent";
