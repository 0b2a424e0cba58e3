import { desc, eq } from "drizzle-orm";
import { type JobSearchPlanData, jobSearchPlanDataSchema } from "@passerelle/domain";
import { jobSearchPlans, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

const select = {
  version: jobSearchPlans.version,
  data: jobSearchPlans.data,
  savedAt: jobSearchPlans.savedAt,
  savedBy: users.name,
};

const toVersion = (r: { version: number; data: unknown; savedAt: Date; savedBy: string | null }) => ({
  version: r.version,
  // Stored plans are re-read through the current schema, so fields added later get their defaults.
  data: jobSearchPlanDataSchema.parse(r.data),
  savedAt: r.savedAt.toISOString(),
  savedBy: r.savedBy,
});

export const latestPlan = async (db: Executor, participantId: string) => {
  const [row] = await db
    .select(select)
    .from(jobSearchPlans)
    .leftJoin(users, eq(users.id, jobSearchPlans.savedBy))
    .where(eq(jobSearchPlans.participantId, participantId))
    .orderBy(desc(jobSearchPlans.version))
    .limit(1);
  return row ? toVersion(row) : null;
};

export const planHistory = async (db: Executor, participantId: string) =>
  (
    await db
      .select(select)
      .from(jobSearchPlans)
      .leftJoin(users, eq(users.id, jobSearchPlans.savedBy))
      .where(eq(jobSearchPlans.participantId, participantId))
      .orderBy(desc(jobSearchPlans.version))
      .limit(200)
  ).map(toVersion);

export const insertPlanVersion = async (
  db: Executor,
  values: { participantId: string; version: number; data: JobSearchPlanData; savedAt: Date; savedBy: string },
): Promise<void> => {
  await db.insert(jobSearchPlans).values({ ...values, nextReviewDate: values.data.nextReviewDate ?? null });
};
