import type { createOpeningInput, Opening } from "@passerelle/domain";
import type { z } from "zod";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { checkEmployerContact, checkedPlace, inseeCodeOf, throwIfInvalid } from "./opening-rules";
import { findEmployerProgramOf, getOpening, insertOpening, searchTitleOf } from "./openings.repository";

type CreateOpening = z.output<typeof createOpeningInput>;

/**
 * Records an opening of a registered employer. The program is the employer's (or the one named, which must be
 * the employer's); new openings are open.
 */
export const createOpening = async (ctx: AppContext, actor: Actor, input: CreateOpening): Promise<Opening> => {
  const db = ctx.database.db;
  const employerProgram = await findEmployerProgramOf(db, input.employerId);
  const programId = input.programId ?? employerProgram ?? (actor.memberships.length === 1 ? actor.memberships[0].programId : undefined);
  if (!programId) throw new AppError("validation", { fields: [{ path: "employerId", message: "unknown_employer" }] });
  authorizeProgram(actor, programId, "opening.write");
  const fields: { path: string; message: string }[] = [];
  if (employerProgram !== programId) fields.push({ path: "employerId", message: "unknown_employer" });
  else await checkEmployerContact(db, programId, input.employerId, input.employerContactId, fields);
  const place = checkedPlace(input.place, fields);
  throwIfInvalid(fields);

  return db.transaction(async (tx) => {
    const id = newId();
    const now = ctx.clock.now();
    await insertOpening(tx, {
      id,
      programId,
      employerId: input.employerId,
      title: input.title,
      searchTitle: searchTitleOf(input.title),
      occupationCode: input.occupationCode ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      schedule: input.schedule,
      place,
      inseeCode: inseeCodeOf(place),
      environment: input.environment,
      requirements: input.requirements,
      description: input.description,
      status: "open",
      source: input.source,
      employerContactId: input.employerContactId ?? null,
      postedOn: input.postedOn ?? null,
      closesOn: input.closesOn ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, {
      type: "opening.created",
      actor,
      programId,
      participantId: null,
      data: { openingId: id, employerId: input.employerId, source: input.source },
    });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "opening", recordId: id, programId });
    const created = await getOpening(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
