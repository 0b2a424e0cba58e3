import { type BenefitsPlan, compareScenarios, franceBenefitRules, type Locale, localizeComparison, type SaveBenefitsPlan } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { jobOfParticipant } from "../jobs/jobs.repository";
import { findBenefitsPlan, insertBenefitsPlan } from "./benefits.repository";

/** A plan read back in the reader's language (the stored snapshot is in French). */
export const localizePlan = (plan: BenefitsPlan, locale: Locale): BenefitsPlan => ({ ...plan, results: localizeComparison(plan.results, locale) });

/**
 * Saves a benefits plan to the person's record. The results are computed here from the inputs: whatever numbers a
 * client may have shown, the record holds what the rules give. The timeline event carries no amount (peers read
 * the timeline; income data stay with the plan).
 */
export const saveBenefitsPlan = async (ctx: AppContext, actor: Actor, participantId: string, input: SaveBenefitsPlan, locale: Locale): Promise<BenefitsPlan> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "benefits.write");
  const scenarios = input.scenarios.map((s) => ({ ...s, label: s.label || `${s.hoursPerWeek} h` }));
  // Stored in French (the record's language); read back in the reader's (localizePlan).
  const results = compareScenarios({ situation: input.situation, scenarios });
  const id = newId();
  await db.transaction(async (tx) => {
    // The job a plan prepares is one of this person's: any other id is refused, never stored.
    if (input.jobId && !(await jobOfParticipant(tx, participantId, input.jobId))) {
      throw new AppError("unprocessable", { fields: [{ path: "jobId", message: "unknown_job" }] });
    }
    await insertBenefitsPlan(tx, {
      id,
      participantId,
      programId,
      country: franceBenefitRules.country,
      planDate: input.planDate,
      situation: input.situation,
      scenarios,
      results,
      returnToWorkCumulation: input.situation.returnToWorkCumulation,
      decision: input.decision,
      jobId: input.jobId ?? null,
      topics: [...new Set(input.topics)],
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, {
      type: "benefits_plan.saved",
      actor,
      programId,
      participantId,
      data: { planId: id, planDate: input.planDate, scenarioCount: scenarios.length },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "benefit_plan", recordId: id, programId, participantId });
  });
  const created = await findBenefitsPlan(db, participantId, id);
  if (!created) throw notFound();
  return localizePlan(created, locale);
};
