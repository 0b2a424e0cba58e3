import type { OutcomeEpisode, OutcomeJob, OutcomeRecords } from "./outcome-records";

/** Builders of hand-made records for the outcome tables (test support, not exported from the package). */
export const job = (id: string, participantId: string, startDate: string, rest: Partial<OutcomeJob> = {}): OutcomeJob => ({
  id,
  participantId,
  startDate,
  endDate: null,
  hoursPerWeek: 20,
  hourlyGrossWage: 12,
  competitive: true,
  endReason: null,
  ...rest,
});

export const episode = (id: string, participantId: string, openedOn: string, closedOn: string | null = null, closureReason: string | null = null): OutcomeEpisode => ({
  id,
  participantId,
  openedOn,
  closedOn,
  closureReason,
});

export const records = (rest: Partial<OutcomeRecords> & Pick<OutcomeRecords, "episodes">): OutcomeRecords => {
  const ids = [...new Set(rest.episodes.map((e) => e.participantId))];
  return {
    specialistId: null,
    people: ids.map((id) => ({ id, programId: "prog", specialistId: "s1" })),
    jobs: [],
    employerContacts: [],
    referrals: [],
    specialists: [],
    ...rest,
  };
};
