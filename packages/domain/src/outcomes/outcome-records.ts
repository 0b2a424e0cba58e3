/**
 * The plain records the outcome rules read (OUTCOMES.md). The server loads them for a scope and a date range in a
 * few set-based statements; the rules never touch the database. Dates are `YYYY-MM-DD`.
 */

/** A participant in scope (their current program and current specialist). */
export interface OutcomePerson {
  id: string;
  programId: string;
  specialistId: string | null;
}

/** A time on the caseload: opened on the referral date, closed the day the closure was recorded. */
export interface OutcomeEpisode {
  id: string;
  participantId: string;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
}

export interface OutcomeJob {
  id: string;
  participantId: string;
  startDate: string;
  endDate: string | null;
  hoursPerWeek: number | null;
  hourlyGrossWage: number | null;
  /** Derived by the domain's `isCompetitive` (the team's override winning); null when it cannot be known. */
  competitive: boolean | null;
  endReason: string | null;
}

/** An employer contact logged in a program, with the people it was made for. */
export interface OutcomeEmployerContact {
  id: string;
  programId: string;
  date: string;
  faceToFace: boolean;
  authorId: string | null;
  participantIds: readonly string[];
}

export interface OutcomeReferral {
  id: string;
  programId: string;
  specialistId: string | null;
  referredOn: string;
  decidedOn: string | null;
  status: string;
  declineReason: string | null;
}

/** A specialist membership of a program (a specialist in two programs appears twice). */
export interface OutcomeSpecialist {
  id: string;
  programId: string;
  name: string;
  /** Share of a full-time post. */
  fte: number;
}

export interface OutcomeRecords {
  /** Set: one specialist's caseload (people currently assigned to them, employer contacts and referrals of theirs). */
  specialistId: string | null;
  people: readonly OutcomePerson[];
  episodes: readonly OutcomeEpisode[];
  jobs: readonly OutcomeJob[];
  employerContacts: readonly OutcomeEmployerContact[];
  /**
   * Face-to-face employer contacts made for people in scope, by anyone (the first since entry is their "first
   * employer contact"), added to those of `employerContacts` that name them. A loader may send only each person's
   * first one on or after their entry: the rule reads nothing else.
   */
  contactsForPeople?: readonly { participantId: string; date: string }[];
  referrals: readonly OutcomeReferral[];
  specialists: readonly OutcomeSpecialist[];
}

export interface OutcomePeriod {
  from: string;
  to: string;
}

/** The records of one program (the network view computes each program and the total from one load). */
export const recordsOfProgram = (records: OutcomeRecords, programId: string): OutcomeRecords => {
  const people = records.people.filter((p) => p.programId === programId);
  const ids = new Set(people.map((p) => p.id));
  return {
    specialistId: records.specialistId,
    people,
    episodes: records.episodes.filter((e) => ids.has(e.participantId)),
    jobs: records.jobs.filter((j) => ids.has(j.participantId)),
    employerContacts: records.employerContacts.filter((c) => c.programId === programId),
    contactsForPeople: (records.contactsForPeople ?? []).filter((c) => ids.has(c.participantId)),
    referrals: records.referrals.filter((r) => r.programId === programId),
    specialists: records.specialists.filter((s) => s.programId === programId),
  };
};
