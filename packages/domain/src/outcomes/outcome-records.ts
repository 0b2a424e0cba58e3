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

/** Every program's records in one pass over the rows (the network view of 120 programs). */
export const recordsByProgram = (records: OutcomeRecords): Map<string, OutcomeRecords> => {
  type Bucket = {
    specialistId: string | null;
    people: OutcomePerson[];
    episodes: OutcomeEpisode[];
    jobs: OutcomeJob[];
    employerContacts: OutcomeEmployerContact[];
    contactsForPeople: { participantId: string; date: string }[];
    referrals: OutcomeReferral[];
    specialists: OutcomeSpecialist[];
  };
  const byProgram = new Map<string, Bucket>();
  const of = (programId: string) => {
    let bucket = byProgram.get(programId);
    if (!bucket) {
      bucket = { specialistId: records.specialistId, people: [], episodes: [], jobs: [], employerContacts: [], contactsForPeople: [], referrals: [], specialists: [] };
      byProgram.set(programId, bucket);
    }
    return bucket;
  };
  const programOf = new Map<string, string>();
  for (const p of records.people) {
    programOf.set(p.id, p.programId);
    of(p.programId).people.push(p);
  }
  const ofPerson = (participantId: string) => {
    const programId = programOf.get(participantId);
    return programId === undefined ? null : of(programId);
  };
  for (const e of records.episodes) ofPerson(e.participantId)?.episodes.push(e);
  for (const j of records.jobs) ofPerson(j.participantId)?.jobs.push(j);
  for (const c of records.contactsForPeople ?? []) ofPerson(c.participantId)?.contactsForPeople.push(c);
  for (const c of records.employerContacts) of(c.programId).employerContacts.push(c);
  for (const r of records.referrals) of(r.programId).referrals.push(r);
  for (const s of records.specialists) of(s.programId).specialists.push(s);
  return byProgram;
};
