import { type JobSearchPlan, type JobSearchPlanData, jobSearchPlanDataSchema, type SaveJobSearchPlanInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { lockParticipant } from "../participants/participants.repository";
import { programEmployerNames } from "./applications.repository";
import { insertPlanVersion, latestPlan } from "./job-search-plan.repository";

export const currentPlan = async (db: Executor, participantId: string): Promise<JobSearchPlan> => {
  const latest = await latestPlan(db, participantId);
  return latest ? { participantId, ...latest } : { participantId, version: 0, data: jobSearchPlanDataSchema.parse({}), savedAt: null, savedBy: null };
};

/**
 * Registered target employers must be of the person's program (422 otherwise). Their register name is kept
 * with them, so people who may not read the register (peer supporters) still see who the target is.
 */
const withRegisteredEmployers = async (db: Executor, programId: string, data: JobSearchPlanData): Promise<JobSearchPlanData> => {
  const ids = data.targetEmployers.flatMap((e) => (e.employerId ? [e.employerId] : []));
  const names = await programEmployerNames(db, programId, ids);
  const fields = data.targetEmployers.flatMap((e, i) =>
    e.employerId && !names.has(e.employerId) ? [{ path: `data.targetEmployers.${i}.employerId`, message: "unknown_employer" }] : [],
  );
  if (fields.length > 0) throw new AppError("unprocessable", { fields });
  return {
    ...data,
    targetEmployers: data.targetEmployers.map((e) => (e.employerId ? { employerId: e.employerId, name: names.get(e.employerId) ?? e.name } : e)),
  };
};

/** Every save is a new version; the previous ones stay readable in the history. */
export const saveJobSearchPlan = async (ctx: AppContext, actor: Actor, participantId: string, input: SaveJobSearchPlanInput): Promise<JobSearchPlan> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "job.write");
  const data = await withRegisteredEmployers(db, programId, input.data);
  await db.transaction(async (tx) => {
    // One writer at a time per person: the row lock makes "read latest version, insert next" safe.
    await lockParticipant(tx, participantId);
    const latest = await currentPlan(tx, participantId);
    if (latest.version !== input.version) throw staleVersion(latest);
    const version = latest.version + 1;
    await insertPlanVersion(tx, { participantId, version, data, savedAt: ctx.clock.now(), savedBy: actor.userId });
    await appendEvent(tx, ctx.clock, {
      type: "job_search_plan.saved",
      actor,
      programId,
      participantId,
      data: { version, nextReviewDate: data.nextReviewDate ?? null, steps: data.steps.filter((s) => s.status === "todo").length },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "job_search_plan", recordId: participantId, programId, participantId });
  });
  return currentPlan(db, participantId);
};
