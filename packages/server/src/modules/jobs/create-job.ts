import { type CreateJob, type JobWriteResult, benefitsReviewTriggers } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { checkJobReferences } from "./job-references";
import { getJob, insertJob, linkApplicationToJob } from "./jobs.repository";
import { applyJobStart } from "./journey-status";

/** What the timeline says of a job: no wage nor disclosure (peers read the timeline). */
export const jobEventData = (jobId: string, job: { title: string; employerName: string; startDate: string; contract: string }) => ({
  jobId,
  title: job.title,
  employerName: job.employerName,
  startDate: job.startDate,
  contract: job.contract,
});

/**
 * Records an employment episode. A job that has started moves the person to "working" in the same transaction; a
 * past job recorded already ended is history (no status change, no benefits review). A hire from an application
 * is written on the application too.
 */
export const createJob = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateJob): Promise<JobWriteResult> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "job.write");
  const scope = { programId, participantId };
  return db.transaction(async (tx) => {
    const { employer } = await checkJobReferences(tx, scope, input);
    const id = newId();
    const now = ctx.clock.now();
    const today = parisDate(now);
    const employerName = input.employerName || employer?.name || "";
    await insertJob(tx, {
      id,
      ...scope,
      employerId: input.employerId ?? null,
      employerName,
      openingId: input.openingId ?? null,
      applicationId: input.applicationId ?? null,
      title: input.title,
      occupationCode: input.occupationCode ?? null,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate ?? null,
      endDate: input.endDate ?? null,
      endRecordedOn: input.endDate ? today : null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      hourlyGrossWage: input.hourlyGrossWage ?? null,
      contract: input.contract,
      competitiveOverride: input.competitiveOverride ?? null,
      disclosure: { ...input.disclosure, disclosedOn: input.disclosure.disclosedOn ?? null },
      endReason: input.endDate ? (input.endReason ?? null) : null,
      endedBy: input.endDate ? (input.endedBy ?? null) : null,
      endNote: input.endNote,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (input.applicationId) await linkApplicationToJob(tx, input.applicationId, id);
    const data = jobEventData(id, { ...input, employerName });
    await appendEvent(tx, ctx.clock, { type: "job.started", actor, ...scope, data });
    if (input.endDate) {
      await appendEvent(tx, ctx.clock, { type: "job.ended", actor, ...scope, data: { ...data, endDate: input.endDate, endReason: input.endReason, endedBy: input.endedBy } });
    }
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "job", recordId: id, ...scope });
    const history = Boolean(input.endDate && input.endDate < today);
    const statusChange = history ? null : await applyJobStart(tx, ctx, actor, scope, input, today);
    const job = await getJob(tx, id);
    if (!job) throw notFound();
    return { job, statusChange, proposal: null, benefitsReview: history ? [] : benefitsReviewTriggers(null, input) };
  });
};
