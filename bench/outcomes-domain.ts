/**
 * The outcomes computed in the benchmark's own process by the domain (`computeOutcomesReport`) from records loaded with
 * plain statements: a third opinion when the API and the hand-written SQL disagree (whoever matches the domain follows
 * OUTCOMES.md as A implemented it; the other is where to look), and a measure of how long the pure rules take on the
 * national dataset, apart from loading. Competitiveness comes from the jobs module's own rule (`competitivenessOf`).
 */
import { type CompetitiveOverride, type JobContract, type OutcomeRecords, type OutcomesFigures, type QuarterTrend, computeOutcomesReport } from "@passerelle/domain";
import type pg from "pg";
import { competitivenessOf } from "../packages/server/src/modules/jobs/job-rules";

const day = (v: unknown): string | null => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

export const loadOutcomeRecords = async (client: pg.ClientBase, programIds: readonly string[]): Promise<OutcomeRecords> => {
  // Dates as text: no time zone conversion on the way.
  const q = async <T>(text: string) => (await client.query<T & pg.QueryResultRow>(text, [programIds])).rows;
  const people = await q<{ id: string; programId: string; specialistId: string | null }>(
    `select id, program_id as "programId", specialist_id as "specialistId" from participants where program_id = any($1::uuid[])`,
  );
  const episodes = await q<{ id: string; participantId: string; openedOn: string; closedOn: string | null; closureReason: string | null }>(
    `select e.id, e.participant_id as "participantId", e.opened_on::text as "openedOn", e.closed_on::text as "closedOn", e.closure_reason as "closureReason"
     from caseload_episodes e join participants p on p.id = e.participant_id where p.program_id = any($1::uuid[])`,
  );
  const jobRows = await q<{
    id: string; participantId: string; startDate: string; endDate: string | null; hoursPerWeek: number | null; hourlyGrossWage: number | null;
    contract: JobContract; competitiveOverride: CompetitiveOverride | null; endReason: string | null; country: string; setting: string | null;
  }>(
    `select j.id, j.participant_id as "participantId", j.start_date::text as "startDate", j.end_date::text as "endDate", j.hours_per_week as "hoursPerWeek",
       j.hourly_gross_wage as "hourlyGrossWage", j.contract, j.competitive_override as "competitiveOverride", j.end_reason as "endReason",
       pg.country, e.setting
     from jobs j join participants p on p.id = j.participant_id join programs pg on pg.id = j.program_id left join employers e on e.id = j.employer_id
     where p.program_id = any($1::uuid[])`,
  );
  const employerContacts = await q<{ id: string; programId: string; date: string; faceToFace: boolean; authorId: string | null; participantIds: string[] }>(
    `select id, program_id as "programId", date::text as date, face_to_face as "faceToFace", author_id as "authorId", participant_ids as "participantIds"
     from employer_contacts where program_id = any($1::uuid[])`,
  );
  const referrals = await q<{ id: string; programId: string; specialistId: string | null; referredOn: string; decidedOn: string | null; status: string; declineReason: string | null }>(
    `select id, program_id as "programId", specialist_id as "specialistId", referred_on::text as "referredOn", decided_on::text as "decidedOn", status, decline_reason as "declineReason"
     from referrals where program_id = any($1::uuid[])`,
  );
  const specialists = await q<{ id: string; programId: string; name: string; fte: number }>(
    `select u.id, m.program_id as "programId", u.name, m.fte from memberships m join users u on u.id = m.user_id where m.program_id = any($1::uuid[]) and m.role = 'specialist'`,
  );
  return {
    specialistId: null,
    people,
    episodes: episodes.map((e) => ({ ...e, openedOn: day(e.openedOn) as string, closedOn: day(e.closedOn) })),
    jobs: jobRows.map((j) => ({
      id: j.id,
      participantId: j.participantId,
      startDate: j.startDate,
      endDate: j.endDate,
      hoursPerWeek: j.hoursPerWeek,
      hourlyGrossWage: j.hourlyGrossWage,
      competitive: competitivenessOf({ ...j }, j.country, (j.setting as "ordinary" | "esat" | "entreprise_adaptee" | null) ?? null).competitive,
      endReason: j.endReason,
    })),
    employerContacts,
    referrals,
    specialists,
  };
};

export const domainReport = async (
  client: pg.ClientBase,
  programIds: readonly string[],
  from: string,
  to: string,
): Promise<{ figures: OutcomesFigures; trends: QuarterTrend[]; loadMs: number; computeMs: number }> => {
  const t0 = performance.now();
  const records = await loadOutcomeRecords(client, programIds);
  const t1 = performance.now();
  const { figures, trends } = computeOutcomesReport(records, { from, to });
  return { figures, trends, loadMs: t1 - t0, computeMs: performance.now() - t1 };
};
