import { type SupportContactLog, type SupportPlan, supportActivity, supportPlanDataSchema } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { type Actor, recordAudit } from "../../platform/journal";
import { authorizeJob } from "../jobs/read-jobs";
import { latestSupportPlan, listSupportContacts } from "./follow-along.repository";

/** The plan as it stands, or an empty one at version 0 (the first save sends version 0). */
export const currentSupportPlan = async (ctx: AppContext, jobId: string, participantId: string): Promise<SupportPlan> =>
  (await latestSupportPlan(ctx.database.db, jobId)) ?? {
    jobId,
    participantId,
    version: 0,
    data: supportPlanDataSchema.parse({}),
    savedAt: null,
    savedBy: null,
  };

export const readSupportPlan = async (ctx: AppContext, actor: Actor, jobId: string): Promise<SupportPlan> => {
  const scope = await authorizeJob(ctx, actor, jobId, "job.read");
  await recordAudit(ctx.database.db, ctx.clock, { actor, action: "read", recordType: "support_plan", recordId: jobId, ...scope });
  return currentSupportPlan(ctx, jobId, scope.participantId);
};

export const readSupportContacts = async (ctx: AppContext, actor: Actor, jobId: string): Promise<SupportContactLog> => {
  const scope = await authorizeJob(ctx, actor, jobId, "job.read");
  await recordAudit(ctx.database.db, ctx.clock, { actor, action: "read", recordType: "support_contact", recordId: jobId, ...scope });
  const plan = await currentSupportPlan(ctx, jobId, scope.participantId);
  const items = await listSupportContacts(ctx.database.db, jobId);
  return { items, total: items.length, supportActivity: supportActivity(plan.data, items, parisDate(ctx.clock.now())) };
};
