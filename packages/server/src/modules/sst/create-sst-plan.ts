import { type CreateSstPlan, type SstPlanDetail, sortedAdjustments, sstPlanIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { loadSstDetail } from "./read-sst-plans";
import { insertSstPlan } from "./sst.repository";

/**
 * Starts a Social Skills Training plan (steps 1 and 2, and whatever else is known). The timeline event carries the
 * domain and status only: the situation and behaviour are the person's own words, read by fewer people.
 */
export const createSstPlan = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateSstPlan): Promise<SstPlanDetail> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  const issues = sstPlanIssues(input, parisDate(ctx.clock.now()));
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await insertSstPlan(tx, {
      id,
      programId,
      participantId,
      situation: input.situation,
      domain: input.domain,
      targetBehaviour: input.targetBehaviour,
      measureDefinition: input.measureDefinition,
      content: { ...input.content, adjustments: sortedAdjustments(input.content.adjustments) },
      status: input.status,
      sharedWithCareTeam: input.sharedWithCareTeam,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, {
      type: "sst_plan.created",
      actor,
      programId,
      participantId,
      data: { planId: id, domain: input.domain, status: input.status, sharedWithCareTeam: input.sharedWithCareTeam },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "sst_plan", recordId: id, programId, participantId });
  });
  return loadSstDetail(db, id);
};
