import { sql } from "drizzle-orm";
import type { OutcomeRecordKind, OutcomeRecordsList } from "@passerelle/domain";
import type { PreparedRead } from "../../platform/db";
import { uuidArray } from "./outcomes.repository";

type Rows = Pick<OutcomeRecordsList, "people" | "jobs" | "employerContacts" | "referrals">;
const empty = (): Rows => ({ people: [], jobs: [], employerContacts: [], referrals: [] });

/**
 * The rows of the list behind a figure, by the ids the rules returned (already limited to the user's scope), in
 * one statement whatever their number (the ids travel as one array parameter). Sorted for reading: people and
 * referrals by name, jobs and contacts by date.
 */
export const readOutcomeRows = async (read: PreparedRead, kind: OutcomeRecordKind, ids: readonly string[]): Promise<Rows> => {
  const rows = empty();
  if (ids.length === 0) return rows;
  const list = uuidArray(ids);
  if (kind === "participant") {
    rows.people = await read<Rows["people"][number]>(
      "outcome-rows-people",
      sql`select p.id, p.first_name as "firstName", p.last_name as "lastName", u.name as "specialistName", p.status
        from participants p left join users u on u.id = p.specialist_id
        where p.id = any(${list}::uuid[]) order by p.last_name, p.first_name, p.id`,
    );
  } else if (kind === "job") {
    rows.jobs = await read<Rows["jobs"][number]>(
      "outcome-rows-jobs",
      sql`select j.id, j.participant_id as "participantId", p.first_name || ' ' || p.last_name as "personName", j.title,
          j.employer_name as "employerName", j.start_date::text as "startDate", j.end_date::text as "endDate", j.hours_per_week as "hoursPerWeek"
        from jobs j join participants p on p.id = j.participant_id
        where j.id = any(${list}::uuid[]) order by j.start_date, j.id`,
    );
  } else if (kind === "employer_contact") {
    rows.employerContacts = await read<Rows["employerContacts"][number]>(
      "outcome-rows-employer-contacts",
      sql`select c.id, c.date::text as date, c.employer_id as "employerId", e.name as "employerName", u.name as "authorName", c.face_to_face as "faceToFace"
        from employer_contacts c join employers e on e.id = c.employer_id left join users u on u.id = c.author_id
        where c.id = any(${list}::uuid[]) order by c.date, c.id`,
    );
  } else {
    rows.referrals = await read<Rows["referrals"][number]>(
      "outcome-rows-referrals",
      sql`select r.id, r.referred_on::text as "referredOn", r.status, r.decline_reason as "declineReason", r.first_name || ' ' || r.last_name as "personName"
        from referrals r where r.id = any(${list}::uuid[]) order by r.last_name, r.first_name, r.id`,
    );
  }
  return rows;
};
