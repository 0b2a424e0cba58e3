import type { Contact, CreateContactInput } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { touchLastContact } from "../participants/participants.repository";
import { findContact, insertContact } from "./contacts.repository";

/** A contact is one quick entry; it also moves the person's "last contact" date used by caseload filters. */
export const logContact = async (ctx: AppContext, actor: Actor, participantId: string, c: CreateContactInput): Promise<Contact> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "contact.write");
  const id = newId();
  await db.transaction(async (tx) => {
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
  });
  const created = await findContact(db, id);
  if (!created) throw notFound();
  return created;
};
