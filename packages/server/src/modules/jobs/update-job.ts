import { type JobWriteResult, type UpdateJobInput, benefitsReviewTriggers, checkJob, isOngoing, onJobEnded } from "@passerelle/domain";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getParticipant } from "../participants/participants.repository";
import { jobEventData } from "./create-job";
import { checkJobReferences } from "./job-references";
import { type JobRow, getJob, getJobRow, jobDatesOf, updateJobIfVersion } from "./jobs.repository";
import { applyJobStart } from "./journey-status";
import { authorizeJob } from "./read-jobs";
import { sameValue } from "../../platform/same-value";

const editable = [
  "employerId",
  "employerName",
  "title",
  "occupationCode",
  "startDate",
  "plannedEndDate",
  "hoursPerWeek",
  "hourlyGrossWage",
  "contract",
  "competitiveOverride",
  "disclosure",
  "endNote",
] as const;

type Ending = "ended" | "cancelled" | null;

/** The ending part of a patch: a new or moved end date is an ending (recorded today); a null end re-opens the job. */
const endingChanges = (input: UpdateJobInput, current: JobRow, today: string): { changes: Partial<JobRow>; ending: Ending } => {
  if (input.endDate === null && current.endDate !== null) {
    return { changes: { endDate: null, endReason: null, endedBy: null, endRecordedOn: null }, ending: "cancelled" };
  }
  if (input.endDate && input.endDate !== current.endDate) {
    return { changes: { endDate: input.endDate, endReason: input.endReason ?? null, endedBy: input.endedBy ?? null, endRecordedOn: today }, ending: "ended" };
  }
  // A correction of the reason or author of a recorded ending; without an end there is nothing to qualify.
  const changes: Partial<JobRow> = {};
  if (current.endDate && input.endReason && input.endReason !== current.endReason) changes.endReason = input.endReason;
  if (current.endDate && input.endedBy && input.endedBy !== current.endedBy) changes.endedBy = input.endedBy;
  return { changes, ending: null };
};

/**
 * Corrects a job or records its ending, with optimistic concurrency. An ending proposes a new job search (the web
 * asks; nothing changes the status here); a job that becomes ongoing again moves the person to "working".
 */
export const updateJob = async (ctx: AppContext, actor: Actor, id: string, input: UpdateJobInput): Promise<JobWriteResult> => {
  const scope = await authorizeJob(ctx, actor, id, "job.write");
  return ctx.database.db.transaction(async (tx) => {
    const current = await getJobRow(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(await getJob(tx, id));
    const today = parisDate(ctx.clock.now());

    const changes: Partial<JobRow> = {};
    const changed: string[] = [];
    for (const field of editable) {
      const next = input[field];
      if (next === undefined) continue;
      if (!sameValue(next, current[field])) {
        Object.assign(changes, { [field]: next ?? null });
        changed.push(field);
      }
    }
    if (changes.employerId) {
      const { employer } = await checkJobReferences(tx, scope, { employerId: changes.employerId });
      if (employer && input.employerName === undefined) changes.employerName = employer.name;
    }
    const { changes: endChanges, ending } = endingChanges(input, current, today);
    const merged = { ...current, ...changes, ...endChanges };
    const issues = checkJob(merged);
    if (issues.length > 0) throw new AppError("validation", { fields: issues });

    const all = { ...changes, ...endChanges };
    if (Object.keys(all).length === 0) {
      const unchanged = await getJob(tx, id);
      if (!unchanged) throw notFound();
      return { job: unchanged, statusChange: null, proposal: null, benefitsReview: [] };
    }
    if (!(await updateJobIfVersion(tx, id, input.version, all, ctx.clock.now()))) throw staleVersion(await getJob(tx, id));

    const data = jobEventData(id, merged);
    if (changed.length > 0) await appendEvent(tx, ctx.clock, { type: "job.updated", actor, ...scope, data: { ...data, fields: changed } });
    if (ending === "ended") {
      await appendEvent(tx, ctx.clock, { type: "job.ended", actor, ...scope, data: { ...data, endDate: merged.endDate, endReason: merged.endReason, endedBy: merged.endedBy } });
    }
    if (ending === "cancelled") await appendEvent(tx, ctx.clock, { type: "job.end_cancelled", actor, ...scope, data });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "job", recordId: id, ...scope });

    const becameOngoing = !isOngoing(current, today) && isOngoing(merged, today);
    const statusChange = becameOngoing ? await applyJobStart(tx, ctx, actor, scope, merged, today) : null;
    let proposal: JobWriteResult["proposal"] = null;
    if (ending === "ended") {
      const person = await getParticipant(tx, scope.participantId);
      const effect = person ? onJobEnded(person, merged, await jobDatesOf(tx, scope.participantId), today) : null;
      if (effect?.kind === "propose_status") proposal = { status: effect.to, reason: effect.reason };
    }
    const stillCurrent = !merged.endDate || merged.endDate >= today;
    const job = await getJob(tx, id);
    if (!job) throw notFound();
    return { job, statusChange, proposal, benefitsReview: stillCurrent ? benefitsReviewTriggers(current, merged) : [] };
  });
};
