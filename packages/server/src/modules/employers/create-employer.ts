import type { CreateEmployer, Employer } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { findMemberRole } from "../programs/programs.repository";
import { assertProgramSpecialists, unique } from "./employer-rules";
import { getEmployer, insertEmployer, searchNameOfEmployer } from "./employers.repository";

/** Adds an employer to the program's register. Only the name is required; the author joins those who know them. */
export const createEmployer = async (ctx: AppContext, actor: Actor, input: CreateEmployer): Promise<Employer> => {
  const programId = input.programId ?? (actor.memberships.length === 1 ? actor.memberships[0].programId : undefined);
  if (!programId) throw new AppError("validation", { fields: [{ path: "programId", message: "program_required" }] });
  authorizeProgram(actor, programId, "employer.write");
  return ctx.database.db.transaction(async (tx) => {
    await assertProgramSpecialists(tx, programId, input.specialistIds);
    // An installation administrator who is not a member of the program is not one of "the specialists who know them".
    const authorIsMember = (await findMemberRole(tx, programId, actor.userId)) !== null;
    const specialistIds = unique(authorIsMember ? [actor.userId, ...input.specialistIds] : input.specialistIds);
    const id = newId();
    const now = ctx.clock.now();
    await insertEmployer(tx, {
      id,
      programId,
      name: input.name,
      searchName: searchNameOfEmployer(input.name),
      siret: input.siret ?? null,
      nafCode: input.nafCode ?? null,
      setting: input.setting,
      address: input.address || null,
      place: input.place ?? null,
      size: input.size ?? null,
      stage: input.stage,
      contactPeople: input.contactPeople,
      notes: input.notes,
      specialistIds,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendEvent(tx, ctx.clock, { type: "employer.created", actor, programId, participantId: null, data: { employerId: id, stage: input.stage } });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "employer", recordId: id, programId });
    const created = await getEmployer(tx, id);
    if (!created) throw notFound();
    return created;
  });
};
