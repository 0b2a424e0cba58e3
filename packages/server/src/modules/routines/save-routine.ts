import { type Routine, type SaveRoutine, routineIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getRoutine, insertRoutine, isJobOf } from "./routines.repository";

/**
 * Saves a new version of the person's week. A saved version never changes (but for its sharing): the week before a
 * job start stays next to the week after. The grid's rules are the domain's (422 naming each activity); the
 * timeline event carries ids and counts only, never the labels or the answers, which are the person's words.
 */
export const saveRoutine = async (ctx: AppContext, actor: Actor, participantId: string, input: SaveRoutine): Promise<Routine> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  const issues = routineIssues(input).map(({ path, message }) => ({ path, message }));
  if (input.jobId !== null && !(await isJobOf(db, input.jobId, participantId))) issues.push({ path: "jobId", message: "routine_unknown_job" });
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const id = newId();
  await db.transaction(async (tx) => {
    await insertRoutine(tx, {
      id,
      programId,
      participantId,
      label: input.label,
      validFrom: input.validFrom,
      jobId: input.jobId,
      firstHour: input.firstHour,
      lastHour: input.lastHour,
      activities: input.activities,
      answers: input.answers,
      sharedWithCareTeam: input.sharedWithCareTeam,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await appendEvent(tx, ctx.clock, {
      type: "routine.saved",
      actor,
      programId,
      participantId,
      data: {
        routineId: id,
        change: "version",
        validFrom: input.validFrom,
        activities: input.activities.length,
        answers: Object.values(input.answers).filter((a) => a !== undefined && a !== "").length,
        withJob: input.jobId !== null,
        sharedWithCareTeam: input.sharedWithCareTeam,
      },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "routine", recordId: id, programId, participantId });
  });
  const created = await getRoutine(db, id);
  if (!created) throw notFound();
  return created;
};
