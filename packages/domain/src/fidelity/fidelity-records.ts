/**
 * The plain records the fidelity indicators read (INDICATORS.md), for one program. The server loads them in a few
 * set-based statements; the rules never touch the database. Dates are `YYYY-MM-DD`.
 */

/** A member of the program's employment team (role specialist or team lead), with their share of a full-time post. */
export interface FidelityStaff {
  id: string;
  role: "specialist" | "team_lead";
  fte: number;
}

/** A participant of the program: their current specialist and the partner service that referred them. */
export interface FidelityPerson {
  id: string;
  specialistId: string | null;
  /** The referring service: the register's id, else the free-text name lower-cased, else null (no care team). */
  referringServiceKey: string | null;
}

export interface FidelityEpisode {
  id: string;
  participantId: string;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
}

/** A contact logged in a person's record; `authorRole` is the author's role in the program (null: not a member). */
export interface FidelityContact {
  id: string;
  participantId: string;
  date: string;
  durationMinutes: number;
  mode: string;
  place: string | null;
  withWhom: readonly string[];
  phase: string;
  authorId: string | null;
  authorRole: string | null;
}

export interface FidelityEmployerContact {
  id: string;
  employerId: string;
  date: string;
  faceToFace: boolean;
  kind: string;
  authorId: string | null;
  participantIds: readonly string[];
}

export interface FidelityJob {
  id: string;
  participantId: string;
  startDate: string;
  endDate: string | null;
  /** Derived by the domain's `isCompetitive` (the team's override winning); null when it cannot be known. */
  competitive: boolean | null;
  occupationCode: string | null;
  /** The register's employer id, else the typed employer name lower-cased and trimmed, else null. */
  employerKey: string | null;
  disclosureLevel: string;
  /** What was disclosed is written down (details) or dated: the person's choice was discussed and recorded. */
  disclosureDocumented: boolean;
}

export interface FidelityBenefitsPlan {
  id: string;
  participantId: string;
  jobId: string | null;
  date: string;
}

/** The latest version of a job's follow-along plan. */
export interface FidelitySupportPlan {
  jobId: string;
  participantId: string;
  kinds: readonly string[];
  providers: readonly string[];
}

/** A save of a person's career profile (the day it was saved). */
export interface FidelityProfileSave {
  participantId: string;
  date: string;
}

export interface FidelityReferral {
  id: string;
  referredOn: string;
  status: string;
  declineReason: string | null;
  decidedOn: string | null;
}

/** A weekly integrated meeting held (status held), with what it recorded about people. */
export interface FidelityMeeting {
  id: string;
  date: string;
  peopleDiscussed: readonly string[];
  /** People for whom a decision was written. */
  peopleWithDecision: readonly string[];
}

export interface FidelitySupervision {
  id: string;
  kind: string;
  date: string;
  leaderId: string | null;
}

export interface FidelityRecords {
  staff: readonly FidelityStaff[];
  people: readonly FidelityPerson[];
  episodes: readonly FidelityEpisode[];
  contacts: readonly FidelityContact[];
  employerContacts: readonly FidelityEmployerContact[];
  jobs: readonly FidelityJob[];
  benefitsPlans: readonly FidelityBenefitsPlan[];
  supportPlans: readonly FidelitySupportPlan[];
  profileSaves: readonly FidelityProfileSave[];
  referrals: readonly FidelityReferral[];
  meetings: readonly FidelityMeeting[];
  supervisions: readonly FidelitySupervision[];
}

export interface FidelityPeriod {
  from: string;
  to: string;
}

/** An empty set of records, for tests and for a program with nothing yet. */
export const emptyFidelityRecords: FidelityRecords = {
  staff: [],
  people: [],
  episodes: [],
  contacts: [],
  employerContacts: [],
  jobs: [],
  benefitsPlans: [],
  supportPlans: [],
  profileSaves: [],
  referrals: [],
  meetings: [],
  supervisions: [],
};
