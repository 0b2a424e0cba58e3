import type { SupportPlan, SupportPlanData } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { authorizeJob } from "../jobs/read-jobs";
import { lockParticipant } from "../participants/participants.repository";
import { insertSupportPlan, latestSupportPlan } from "./follow-along.repository";
import { currentSupportPlan } from "./read-follow-along";

/**
 * Saves a new version of a job's support plan. The caller sends the version it read (0 for the first plan); a
 * colleague's save in between answers 409 with the current plan. Contacts refer to supports by id, so ids are unique.
 */
export const saveSupportPlan = async (ctx: AppContext, actor: Actor, jobId: string, input: { version: number; data: SupportPlanData }): Promise<SupportPlan> => {
  const scope = await authorizeJob(ctx, actor, jobId, "job.write");
  const seen = new Set<string>();
  const duplicates = input.data.supports.flatMap((s, i) => (seen.has(s.id) ? [{ path: `data.supports.${i}.id`, message: "invalid_value" }] : (seen.add(s.id), [])));
  if (duplicates.length > 0) throw new AppError("validation", { fields: duplicates });
  await ctx.database.db.transaction(async (tx) => {
    await lockParticipant(tx, scope.participantId);
    const latest = await latestSupportPlan(tx, jobId);
    if ((latest?.version ?? 0) !== input.version) throw staleVersion(latest ?? (await currentSupportPlan(ctx, jobId, scope.participantId)));
    const version = input.version + 1;
    await insertSupportPlan(tx, { jobId, participantId: scope.participantId, version, data: input.data, savedAt: ctx.clock.now(), savedBy: actor.userId });
    await appendEvent(tx, ctx.clock, {
      type: "support_plan.saved",
      actor,
      ...scope,
      data: { jobId, version, supportKinds: input.data.supports.map((s) => s.kind) },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "support_plan", recordId: jobId, ...scope });
  });
  const saved = await latestSupportPlan(ctx.database.db, jobId);
  if (!saved) throw notFound();
  return saved;
};
