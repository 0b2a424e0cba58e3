import { type RecordSstMeasure, type SstMeasure, sstMeasureIssues, sstPhaseOf, sstPhases } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { authorizeSstPlan } from "./sst-access";
import { countSstMeasures, getSstMeasure, getSstPlan, insertSstMeasure } from "./sst.repository";

/** A plan's series stays readable on one chart: twice a day for a year is far beyond any real plan. */
export const maxSstMeasuresPerPlan = 730;

/**
 * Records one observation of the target behaviour (a date, a value, who observed it). The event names the observer
 * and the phase it falls in (A, B, B'...), never the value nor the note.
 */
export const recordSstMeasure = async (ctx: AppContext, actor: Actor, planId: string, input: RecordSstMeasure): Promise<SstMeasure> => {
  const db = ctx.database.db;
  const { participantId, programId } = await authorizeSstPlan(db, actor, planId, "practice.write");
  const issues = sstMeasureIssues(input, parisDate(ctx.clock.now()));
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  await db.transaction(async (tx) => {
    const plan = await getSstPlan(tx, planId);
    if (!plan) throw notFound();
    if ((await countSstMeasures(tx, planId)) >= maxSstMeasuresPerPlan) {
      throw new AppError("unprocessable", { fields: [{ path: "measuredOn", message: "sst_too_many_measures" }] });
    }
    await insertSstMeasure(tx, { id, planId, measuredOn: input.measuredOn, value: input.value, observer: input.observer, note: input.note, createdBy: actor.userId, createdAt: ctx.clock.now() });
    const phase = sstPhaseOf(sstPhases([], plan.content.interventionStartedOn, plan.content.adjustments), input.measuredOn);
    await appendEvent(tx, ctx.clock, {
      type: "sst_measure.recorded",
      actor,
      programId,
      participantId,
      data: { planId, observer: input.observer, phase: phase?.letter ?? "A" },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "sst_measure", recordId: id, programId, participantId });
  });
  const created = await getSstMeasure(db, id);
  if (!created) throw notFound();
  return created;
};
