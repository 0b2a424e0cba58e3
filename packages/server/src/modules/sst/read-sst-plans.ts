import { readsSharedPracticeOnly, type SstMeasure, type SstPlan, type SstPlanDetail, type SstPlanList, sstPhases, sstReadiness } from "@passerelle/domain";
import { authorizeAuditedRead } from "../../platform/audited-read";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import type { Executor } from "../../platform/db";
import { authorizeSstPlan } from "./sst-access";
import { getSstPlan, listSstMeasures, listSstPlans } from "./sst.repository";

/** The plan with its measures, the phases they fall in and the readiness guidance, all computed by the domain. */
export const sstDetail = (plan: SstPlan, measures: SstMeasure[]): SstPlanDetail => ({
  plan,
  measures,
  phases: sstPhases(measures, plan.content.interventionStartedOn, plan.content.adjustments),
  readiness: sstReadiness(measures, plan.content.interventionStartedOn),
});

export const loadSstDetail = async (db: Executor, planId: string): Promise<SstPlanDetail> => {
  const [plan, measures] = await Promise.all([getSstPlan(db, planId), listSstMeasures(db, planId)]);
  if (!plan) throw notFound();
  return sstDetail(plan, measures);
};

/** The person's SST plans, newest first (audited read). A clinician gets only those shared with the care team. */
export const readSstPlans = async (ctx: AppContext, actor: Actor, participantId: string): Promise<SstPlanList> => {
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "practice.read", "sst_plan");
  return { items: await listSstPlans(ctx.database.db, participantId, readsSharedPracticeOnly(role)) };
};

/** One plan, its measures and phases (audited read of that plan). */
export const readSstPlan = async (ctx: AppContext, actor: Actor, planId: string): Promise<SstPlanDetail> => {
  const db = ctx.database.db;
  const { participantId, programId } = await authorizeSstPlan(db, actor, planId, "practice.read");
  await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "sst_plan", recordId: planId, programId, participantId });
  return loadSstDetail(db, planId);
};
