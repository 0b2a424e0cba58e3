import { sql } from "drizzle-orm";
import type { PreparedRead } from "../../platform/db";
import { uuidArray } from "./outcomes.repository";

export type NetworkProgram = { id: string; name: string; country: "FR" | "BE" };
export type LatestFinalReview = { programId: string; reviewedOn: string; items: unknown; settings: unknown };

export const readNetworkPrograms = (read: PreparedRead, programIds: readonly string[]): Promise<NetworkProgram[]> =>
  read<NetworkProgram>(
    "network-programs",
    sql`select p.id, p.name, p.country from programs p where p.id = any(${uuidArray(programIds)}::uuid[]) order by p.name, p.id`,
  );

/** Each program's latest final fidelity review (by review date) with the program's band settings. */
export const readLatestFinalReviews = (read: PreparedRead, programIds: readonly string[]): Promise<LatestFinalReview[]> =>
  read<LatestFinalReview>(
    "network-latest-reviews",
    sql`select distinct on (r.program_id) r.program_id as "programId", r.reviewed_on::text as "reviewedOn", r.items, s.thresholds as settings
      from fidelity_reviews r left join program_fidelity_settings s on s.program_id = r.program_id
      where r.program_id = any(${uuidArray(programIds)}::uuid[]) and r.status = 'final'
      order by r.program_id, r.reviewed_on desc, r.period_to desc, r.id`,
  );
