import { randomUUID } from "node:crypto";
import { type AddedBrainstormNote, type BrainstormNote, brainstormLimits, noteRefusal, poolRank } from "@passerelle/domain";
import { AppError } from "../../platform/errors";
import type { Writer } from "./brainstorm-access";
import { sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { insertNoteChecked } from "./brainstorms.repository";

export const closedSession = () => new AppError("invalid_transition", { fields: [{ path: "brainstorm", message: "brainstorm_closed" }] });

/**
 * A post-it, face down, at a random place in the heap. Nothing about its writer is kept: no author, no token, no
 * address, no journal line (a line naming the note and the leader would say the leader wrote it). Its id is random
 * (UUID v4, not the time-ordered v7 of other records): a time in the id would tell who was typing when. The leader's
 * screen gets the note; the phones get the number of hidden post-its only.
 */
export const addNote = async (svc: BrainstormServices, writer: Writer, text: string): Promise<AddedBrainstormNote> => {
  const db = svc.database.db;
  const id = writer.kind === "guest" ? writer.brainstormId : writer.row.id;
  return svc.hub.exclusive(id, async () => {
    const note: BrainstormNote = { id: randomUUID(), text, column: "pool", position: poolRank(svc.randomInt), revealed: false };
    const outcome = await insertNoteChecked(
      db,
      { ...note, brainstormId: id, createdAt: svc.clock.now() },
      { sessionCap: brainstormLimits.notesPerSession, guestCap: brainstormLimits.notesPerGuest },
      writer.kind === "guest" ? writer.tokenHash : null,
    );
    // Checked in the statement, inside the session's queue: an end that ran just before this note wins.
    if (!outcome.open) throw closedSession();
    if (!outcome.inserted) {
      const refusal = noteRefusal({ sessionNotes: outcome.total, guestNotes: writer.kind === "guest" ? brainstormLimits.notesPerGuest : null });
      throw new AppError("unprocessable", { fields: [{ path: "text", message: refusal ?? "brainstorm_guest_notes_limit" }] });
    }
    const hidden = outcome.hidden + 1;
    const rev = svc.hub.publish(id, (r) => ({
      leader: sseFrame(r, "note.added", { type: "note.added", rev: r, note }),
      guest: sseFrame(r, "note.added", { type: "note.added", rev: r, hiddenCount: hidden }),
    }));
    return { note, rev };
  });
};
