import { and, desc, eq, sql } from "drizzle-orm";
import type { BenefitsPlan, BenefitsPlanSummary } from "@passerelle/domain";
import { benefitPlans, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export const insertBenefitsPlan = async (db: Executor, values: typeof benefitPlans.$inferInsert): Promise<void> => {
  await db.insert(benefitPlans).values(values);
};

/** The participant's plans, newest first, without the stored situation and results (read one plan for those). */
export const listBenefitsPlans = async (db: Executor, participantId: string): Promise<BenefitsPlanSummary[]> => {
  const rows = await db
    .select({
      id: benefitPlans.id,
      participantId: benefitPlans.participantId,
      country: benefitPlans.country,
      planDate: benefitPlans.planDate,
      scenarios: benefitPlans.scenarios,
      returnToWorkCumulation: benefitPlans.returnToWorkCumulation,
      decision: benefitPlans.decision,
      jobId: benefitPlans.jobId,
      topics: benefitPlans.topics,
      createdBy: users.name,
      createdAt: benefitPlans.createdAt,
      version: benefitPlans.version,
      from: sql<string>`${benefitPlans.situation}->>'from'`,
      to: sql<string>`${benefitPlans.situation}->>'to'`,
    })
    .from(benefitPlans)
    .leftJoin(users, eq(users.id, benefitPlans.createdBy))
    .where(eq(benefitPlans.participantId, participantId))
    .orderBy(desc(benefitPlans.planDate), desc(benefitPlans.createdAt));
  return rows.map((r) => ({
    ...r,
    country: r.country as BenefitsPlanSummary["country"],
    scenarios: r.scenarios as BenefitsPlanSummary["scenarios"],
    topics: r.topics as BenefitsPlanSummary["topics"],
    createdAt: r.createdAt.toISOString(),
  }));
};

/** One plan of this participant (a plan id of someone else answers null). */
export const findBenefitsPlan = async (db: Executor, participantId: string, planId: string): Promise<BenefitsPlan | null> => {
  const [row] = await db
    .select({ p: benefitPlans, createdBy: users.name })
    .from(benefitPlans)
    .leftJoin(users, eq(users.id, benefitPlans.createdBy))
    .where(and(eq(benefitPlans.id, planId), eq(benefitPlans.participantId, participantId)));
  if (!row) return null;
  const { p, createdBy } = row;
  return {
    id: p.id,
    participantId: p.participantId,
    country: p.country as BenefitsPlan["country"],
    planDate: p.planDate,
    situation: p.situation as BenefitsPlan["situation"],
    scenarios: p.scenarios as BenefitsPlan["scenarios"],
    results: p.results as BenefitsPlan["results"],
    returnToWorkCumulation: p.returnToWorkCumulation,
    decision: p.decision,
    jobId: p.jobId,
    topics: p.topics as BenefitsPlan["topics"],
    createdBy,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
};
