import type { CreateNote, Note } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { insertNotifications } from "../notifications/notifications.repository";
import { assertMentionable } from "./mentions";
import { getNote, insertNote } from "./notes.repository";

/**
 * Writes a note about a person and notifies the colleagues it names, in one transaction. A clinician's note is
 * always shared: they write to the team around the person, and must be able to read their own note back.
 */
export const createNote = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateNote): Promise<Note> => {
  const db = ctx.database.db;
  const { programId, role } = await authorizeParticipant(db, actor, participantId, "note.write");
  const shared = role === "clinician" ? true : input.sharedWithCareTeam;
  await assertMentionable(db, participantId, programId, input.mentionedUserIds, shared);
  const mentioned = [...new Set(input.mentionedUserIds)];
  const id = newId();
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    await insertNote(tx, { id, programId, participantId, authorId: actor.userId, body: input.body, sharedWithCareTeam: shared, mentionedUserIds: mentioned, createdAt: now, updatedAt: now });
    // The event is the timeline's: ids and the sharing flag, never the text (peers read the timeline).
    await appendEvent(tx, ctx.clock, { type: "note.added", actor, programId, participantId, data: { noteId: id, sharedWithCareTeam: shared, mentionedUserIds: mentioned } });
    await insertNotifications(
      tx,
      mentioned.filter((userId) => userId !== actor.userId).map((userId) => ({ userId, programId, kind: "mention" as const, actorId: actor.userId, participantId, subjectId: id })),
      now,
    );
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "note", recordId: id, programId, participantId });
    const note = await getNote(tx, id);
    if (!note) throw notFound();
    return note;
  });
};
