import type { Contact, CreateContactInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { touchLastContact } from "../participants/participants.repository";
import { findContact, insertContact } from "./contacts.repository";

/**
 * The writes of a logged contact, in the caller's transaction: the row, the person's "last contact" date used by
 * caseload filters, the timeline event and the audit entry. Shared with contacts logged from elsewhere (a
 * follow-along support contact) so those keep the same effects.
 */
export const recordContact = async (
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  scope: { programId: string; participantId: string },
  c: CreateContactInput,
): Promise<string> => {
  const { programId, participantId } = scope;
  const id = newId();
  await insertContact(tx, {
    id,
    participantId,
    programId,
    date: c.date,
    durationMinutes: c.durationMinutes,
    mode: c.mode,
    place: c.place ?? null,
    withWhom: c.withWhom,
    phase: c.phase,
    notes: c.notes,
    authorId: actor.userId,
    createdAt: ctx.clock.now(),
  });
  await touchLastContact(tx, participantId, c.date);
  await appendEvent(tx, ctx.clock, {
    type: "contact.logged",
    actor,
    programId,
    participantId,
    data: { contactId: id, date: c.date, mode: c.mode, phase: c.phase, withWhom: c.withWhom },
  });
  await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "contact", recordId: id, programId, participantId });
  return id;
};

/** A contact is one quick entry; it also moves the person's "last contact" date used by caseload filters. */
export const logContact = async (ctx: AppContext, actor: Actor, participantId: string, c: CreateContactInput): Promise<Contact> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "contact.write");
  const id = await db.transaction((tx) => recordContact(tx, ctx, actor, { programId, participantId }, c));
  const created = await findContact(db, id);
  if (!created) throw notFound();
  return created;
};
