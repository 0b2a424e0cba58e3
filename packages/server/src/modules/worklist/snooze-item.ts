import { employerWorklistRules, type SnoozeWorklistItemInput, type WorklistSnooze } from "@passerelle/domain";
import { authorizeParticipant, authorizeProgram } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findEmployerProgram } from "../employers/employers.repository";
import { deleteSnooze, getSnooze, insertSnooze, jobBelongsTo, toSnooze } from "./worklist.repository";

/** The person (or employer) the item is about must exist for the user: 404 otherwise, as everywhere. */
const subjectProgram = async (ctx: AppContext, actor: Actor, s: { participantId: string | null; employerId: string | null }): Promise<string> => {
  const db = ctx.database.db;
  if (s.participantId) return (await authorizeParticipant(db, actor, s.participantId, "worklist.read")).programId;
  const programId = s.employerId ? await findEmployerProgram(db, s.employerId) : null;
  if (!programId) throw notFound();
  authorizeProgram(actor, programId, "worklist.read");
  return programId;
};

/**
 * Sets an item aside until a date (it comes back on that day), with a reason. It changes no record; a snooze
 * about a person goes on their timeline, so the team sees why nobody called.
 */
export const snoozeItem = async (ctx: AppContext, actor: Actor, input: SnoozeWorklistItemInput): Promise<WorklistSnooze> => {
  const db = ctx.database.db;
  const forEmployer = employerWorklistRules.includes(input.rule);
  const subject = { participantId: forEmployer ? null : (input.participantId ?? null), employerId: forEmployer ? (input.employerId ?? null) : null };
  const programId = await subjectProgram(ctx, actor, subject);
  const jobId = forEmployer ? null : (input.jobId ?? null);
  if (jobId && subject.participantId && !(await jobBelongsTo(db, jobId, subject.participantId))) {
    throw new AppError("validation", { fields: [{ path: "jobId", message: "unknown_job" }] });
  }
  if (input.until <= parisDate(ctx.clock.now())) {
    throw new AppError("unprocessable", { fields: [{ path: "until", message: "snooze_until_after_today" }] });
  }
  const id = newId();
  await db.transaction(async (tx) => {
    await insertSnooze(tx, { id, programId, rule: input.rule, ...subject, jobId, until: input.until, reason: input.reason, createdBy: actor.userId, createdAt: ctx.clock.now() });
    await appendEvent(tx, ctx.clock, {
      type: "worklist.snoozed",
      actor,
      programId,
      participantId: subject.participantId,
      data: { snoozeId: id, rule: input.rule, employerId: subject.employerId, jobId, until: input.until, reason: input.reason },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "worklist_snooze", recordId: id, programId, participantId: subject.participantId });
  });
  const created = await getSnooze(db, id);
  if (!created) throw notFound();
  return toSnooze(created);
};

/** Brings a set-aside item back now. Anyone of the program who may see the person (or employer) may do it. */
export const unsnoozeItem = async (ctx: AppContext, actor: Actor, id: string): Promise<void> => {
  const db = ctx.database.db;
  const found = await getSnooze(db, id);
  if (!found) throw notFound();
  const programId = await subjectProgram(ctx, actor, found.s);
  if (programId !== found.s.programId) throw notFound();
  await db.transaction(async (tx) => {
    await deleteSnooze(tx, id);
    await appendEvent(tx, ctx.clock, {
      type: "worklist.snoozed",
      actor,
      programId,
      participantId: found.s.participantId,
      data: { snoozeId: id, rule: found.s.rule, employerId: found.s.employerId, jobId: found.s.jobId, until: found.s.until, lifted: true },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "delete", recordType: "worklist_snooze", recordId: id, programId, participantId: found.s.participantId });
  });
};
