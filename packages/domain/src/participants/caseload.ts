import { z } from "zod";

/** IPS-25 item S1: at most 20 active people per full-time specialist. */
export const CASELOAD_LIMIT = 20;

/** The S1 score for a caseload size (5: <=20, 4: 21-25, 3: 26-30, 2: 31-40, 1: 41+). */
export const caseloadScore = (activeCount: number): 1 | 2 | 3 | 4 | 5 => {
  if (activeCount <= 20) return 5;
  if (activeCount <= 25) return 4;
  if (activeCount <= 30) return 3;
  if (activeCount <= 40) return 2;
  return 1;
};

export type CaseloadLevel = "ok" | "near" | "over";
export const caseloadLevel = (activeCount: number, limit = CASELOAD_LIMIT): CaseloadLevel =>
  activeCount > limit ? "over" : activeCount >= limit - 2 ? "near" : "ok";

export const caseloadRowSchema = z.object({
  specialistId: z.uuid().nullable(),
  specialistName: z.string().nullable(),
  active: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  noContact30Days: z.number().int(),
});
export const caseloadOverviewSchema = z.object({
  programId: z.uuid(),
  limit: z.number().int(),
  rows: z.array(caseloadRowSchema),
});
export type CaseloadOverview = z.infer<typeof caseloadOverviewSchema>;
