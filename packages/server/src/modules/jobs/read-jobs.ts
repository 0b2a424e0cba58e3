import type { Job } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import { findJobScope, getJob } from "./jobs.repository";

/**
 * A job is part of the person's record: whoever may not see the person does not see the job (404), and the role
 * decides reading or writing (403). Peers read the jobs of the people they accompany.
 */
export const authorizeJob = async (
  ctx: AppContext,
  actor: Actor,
  jobId: string,
  permission: "job.read" | "job.write",
): Promise<{ programId: string; participantId: string }> => {
  const scope = await findJobScope(ctx.database.db, jobId);
  if (!scope) throw notFound();
  await authorizeParticipant(ctx.database.db, actor, scope.participantId, permission);
  return scope;
};

export const readJob = async (ctx: AppContext, actor: Actor, jobId: string): Promise<Job> => {
  const scope = await authorizeJob(ctx, actor, jobId, "job.read");
  await recordAudit(ctx.database.db, ctx.clock, { actor, action: "read", recordType: "job", recordId: jobId, ...scope });
  const job = await getJob(ctx.database.db, jobId);
  if (!job) throw notFound();
  return job;
};
