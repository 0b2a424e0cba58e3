import { type SstPlan, type SstPlanDetail, type UpdateSstPlan, sortedAdjustments, sstPlanIssues } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { loadSstDetail } from "./read-sst-plans";
import { authorizeSstPlan } from "./sst-access";
import { getSstPlan, type SstPlanChanges, updateSstPlanIfVersion } from "./sst.repository";

const fields = ["situation", "domain", "targetBehaviour", "measureDefinition", "status", "sharedWithCareTeam", "content"] as const;

/** The names of the fields whose value changes (content compared as a whole). */
const changedFields = (current: SstPlan, input: UpdateSstPlan): (typeof fields)[number][] =>
  fields.filter((f) => input[f] !== undefined && JSON.stringify(input[f]) !== JSON.stringify(current[f]));

/**
 * Changes a plan: its steps, a dated adjustment, the status, the worksheet, the sharing. The whole plan as it would
 * be is checked (an adjustment is checked against the start date even when only one of them is sent). A stale
 * version is a 409 with the current plan. The event names what changed, never the text.
 */
export const updateSstPlan = async (ctx: AppContext, actor: Actor, planId: string, input: UpdateSstPlan): Promise<SstPlanDetail> => {
  const db = ctx.database.db;
  const { participantId, programId } = await authorizeSstPlan(db, actor, planId, "practice.write");
  await db.transaction(async (tx) => {
    const current = await getSstPlan(tx, planId);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(await loadSstDetail(tx, planId));
    const content = input.content ? { ...input.content, adjustments: sortedAdjustments(input.content.adjustments) } : current.content;
    const status = input.status ?? current.status;
    // Report the submitted adjustment indexes: the paths must name what the form sent, not the sorted order.
    const issues = sstPlanIssues({ status, content: input.content ?? current.content }, parisDate(ctx.clock.now()));
    if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
    const changed = changedFields(current, { ...input, content: input.content ? content : undefined });
    if (changed.length === 0) return;
    const changes: SstPlanChanges = {};
    for (const f of changed) Object.assign(changes, { [f]: f === "content" ? content : input[f] });
    const ok = await updateSstPlanIfVersion(tx, planId, input.version, changes, ctx.clock.now());
    if (!ok) throw staleVersion(await loadSstDetail(tx, planId));
    await appendEvent(tx, ctx.clock, {
      type: "sst_plan.updated",
      actor,
      programId,
      participantId,
      data: { planId, changed, status, adjustments: content.adjustments.length, sharedWithCareTeam: input.sharedWithCareTeam ?? current.sharedWithCareTeam },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "sst_plan", recordId: planId, programId, participantId });
  });
  return loadSstDetail(db, planId);
};
