import type { Application, CreateApplicationInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findProgramOpening, getApplication, insertApplication, programEmployerNames } from "./applications.repository";

const unprocessable = (path: string, message: string) => new AppError("unprocessable", { fields: [{ path, message }] });

/**
 * Where the application goes: an opening of the program (its employer and title fill what was left empty), a
 * registered employer of the program, or an employer just named.
 */
const resolveTarget = async (ctx: AppContext, programId: string, input: CreateApplicationInput) => {
  const db = ctx.database.db;
  if (input.openingId) {
    const opening = await findProgramOpening(db, programId, input.openingId);
    if (!opening) throw unprocessable("openingId", "unknown_opening");
    return { openingId: input.openingId, employerId: opening.employerId, employerName: opening.employerName, title: input.title || opening.title };
  }
  if (input.employerId) {
    const name = (await programEmployerNames(db, programId, [input.employerId])).get(input.employerId);
    if (name === undefined) throw unprocessable("employerId", "unknown_employer");
    return { openingId: null, employerId: input.employerId, employerName: name, title: input.title };
  }
  return { openingId: null, employerId: null, employerName: input.employerName, title: input.title };
};

/** Records an application at its first step (interested or already applied), dated today at the latest. */
export const createApplication = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateApplicationInput): Promise<Application> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "job.write");
  if (input.date > parisDate(ctx.clock.now())) throw unprocessable("date", "application_date_in_future");
  const target = await resolveTarget(ctx, programId, input);
  const id = newId();
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    await insertApplication(tx, {
      id,
      programId,
      participantId,
      ...target,
      status: input.status,
      history: [{ status: input.status, date: input.date, reason: null, note: input.note }],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, {
      type: "application.created",
      actor,
      programId,
      participantId,
      data: { applicationId: id, title: target.title, employerName: target.employerName, status: input.status, date: input.date },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "application", recordId: id, programId, participantId });
    const created = await getApplication(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
