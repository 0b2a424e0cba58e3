import { type Mentionable, mayBeMentioned } from "@passerelle/domain";
import type { Executor } from "../../platform/db";
import { AppError, notFound } from "../../platform/errors";
import { findParticipantScope } from "../participants/participants.repository";
import { listProgramMembersForMentions } from "./notes.repository";

/** The program's members who may read this person's record, so may be named in a note about them. */
export const mentionablePeople = async (db: Executor, participantId: string, programId: string): Promise<(Mentionable & { serviceId: string | null })[]> => {
  const scope = await findParticipantScope(db, participantId);
  if (!scope) throw notFound();
  const members = await listProgramMembersForMentions(db, programId);
  return members.filter((m) => mayBeMentioned(m, scope));
};

/**
 * Every mentioned user must be able to open the note they are called to: 422 naming `mentionedUserIds.N`
 * otherwise. A clinician reads only shared notes, so naming one in a private note is refused too (rather than
 * sharing the note behind the author's back).
 */
export const assertMentionable = async (db: Executor, participantId: string, programId: string, ids: readonly string[], shared: boolean): Promise<void> => {
  if (ids.length === 0) return;
  const people = new Map((await mentionablePeople(db, participantId, programId)).map((p) => [p.userId, p]));
  const fields: { path: string; message: string }[] = [];
  for (const [i, id] of ids.entries()) {
    const person = people.get(id);
    if (!person) fields.push({ path: `mentionedUserIds.${i}`, message: "unknown_mention" });
    else if (person.role === "clinician" && !shared) fields.push({ path: `mentionedUserIds.${i}`, message: "mention_needs_shared_note" });
  }
  if (fields.length > 0) throw new AppError("unprocessable", { fields });
};
