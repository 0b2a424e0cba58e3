import type { CreateEmployerContact, EmployerContact } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvents, recordAudit } from "../../platform/journal";
import { unique } from "./employer-rules";
import { employersInProgram, insertEmployerContact, findEmployerContact, touchEmployersAfterContact } from "./employers.repository";
import { authorizeEmployer } from "./read-employers";

type FieldError = { path: string; message: string };

/** The people a contact is for must be people of the employer's program whom the author may see. */
const checkParticipants = async (ctx: AppContext, actor: Actor, programId: string, ids: readonly string[]): Promise<FieldError[]> => {
  const fields: FieldError[] = [];
  for (const [i, id] of ids.entries()) {
    try {
      const found = await authorizeParticipant(ctx.database.db, actor, id, "participant.read");
      if (found.programId !== programId) fields.push({ path: `participantIds.${i}`, message: "unknown_participant" });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fields.push({ path: `participantIds.${i}`, message: "unknown_participant" });
    }
  }
  return fields;
};

/**
 * One entry of the job development log. A contact for named people also goes on each person's timeline; an
 * awareness session counts as a contact with every registered employer who attended.
 */
export const logEmployerContact = async (ctx: AppContext, actor: Actor, employerId: string, c: CreateEmployerContact): Promise<EmployerContact> => {
  const db = ctx.database.db;
  const programId = await authorizeEmployer(ctx, actor, employerId, "employer.write");
  const participantIds = unique(c.participantIds);
  const fields = await checkParticipants(ctx, actor, programId, participantIds);
  const attendeeEmployers = unique(c.attendees.flatMap((a) => (a.employerId ? [a.employerId] : [])));
  const known = await employersInProgram(db, programId, attendeeEmployers);
  c.attendees.forEach((a, i) => {
    if (a.employerId && !known.has(a.employerId)) fields.push({ path: `attendees.${i}.employerId`, message: "unknown_employer" });
  });
  if (fields.length > 0) throw new AppError("validation", { fields });

  const id = newId();
  await db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await insertEmployerContact(tx, {
      id,
      programId,
      employerId,
      authorId: actor.userId,
      date: c.date,
      faceToFace: c.faceToFace,
      kind: c.kind,
      participantIds,
      peopleMet: c.peopleMet,
      purpose: c.purpose,
      hiringNeeds: c.hiringNeeds,
      outcome: c.outcome,
      nextStep: c.nextStep,
      nextStepDate: c.nextStepDate ?? null,
      attendees: c.attendees.map((a) => ({ name: a.name, role: a.role, employerId: a.employerId ?? null })),
      createdAt: now,
      updatedAt: now,
    });
    await touchEmployersAfterContact(tx, unique([employerId, ...attendeeEmployers]), c.date);
    const data = { contactId: id, employerId, date: c.date, faceToFace: c.faceToFace, kind: c.kind };
    // On the timeline of each person it was for (or of nobody's, for a generic contact).
    const subjects = participantIds.length === 0 ? [null] : participantIds;
    await appendEvents(tx, ctx.clock, subjects.map((participantId) => ({ type: "employer_contact.logged" as const, actor, programId, participantId, data })));
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "employer_contact", recordId: id, programId });
  });
  const created = await findEmployerContact(db, programId, employerId, id);
  if (!created) throw notFound();
  return created;
};
