import { type LeaderWall, type UpdateBrainstormNoteInput, effectiveStatus, moveNote, shufflePool } from "@passerelle/domain";
import { notFound } from "../../platform/errors";
import { type Actor, recordAudit } from "../../platform/journal";
import type { Executor } from "../../platform/db";
import { closedSession } from "./add-note";
import { leaderSession } from "./brainstorm-access";
import type { BrainstormServices } from "./brainstorm-services";
import { deleteNote, findBrainstorm, listNotes, revealAllNotes, updateNotePlaces } from "./brainstorms.repository";
import { publishWall } from "./publish-wall";

/**
 * The leader's moves on an open wall (move, turn face up, shuffle, reveal all, take a note off). Each runs in the
 * session's queue and sends the whole new wall to every screen: moves are a person's clicks, a few a minute, and a
 * whole wall can never leave a screen out of step. The journal keeps that the wall was arranged, not what a note says.
 */
const arrange = async (svc: BrainstormServices, actor: Actor, id: string, action: string, change: (tx: Executor) => Promise<void>): Promise<LeaderWall> => {
  const db = svc.database.db;
  const session = await leaderSession(db, actor, id);
  return svc.hub.exclusive(id, async (room) => {
    // The note counts change (a note taken off, notes turned face up): the next note reads them again.
    room.intake = null;
    const row = await findBrainstorm(db, id);
    if (!row || effectiveStatus(row, svc.clock.now()) !== "open") throw closedSession();
    await db.transaction(async (tx) => {
      await change(tx);
      await recordAudit(tx, svc.clock, { actor, action, recordType: "brainstorm", recordId: id, programId: session.programId });
    });
    return publishWall(svc, id);
  });
};

/** PATCH a note: to a sheet or back to the heap (at an index of that column), and/or face up. */
export const updateNote = (svc: BrainstormServices, actor: Actor, id: string, noteId: string, input: UpdateBrainstormNoteInput) =>
  arrange(svc, actor, id, "update", async (tx) => {
    const notes = await listNotes(tx, id);
    const note = notes.find((n) => n.id === noteId);
    if (!note) throw notFound();
    const moves = input.column !== undefined || input.position !== undefined;
    const changes = moves ? moveNote(notes, noteId, input.column ?? note.column, input.position) : [];
    if (input.revealed && !note.revealed) {
      const own = changes.find((c) => c.id === noteId);
      if (own) own.revealed = true;
      else changes.push({ id: noteId, column: note.column, position: note.position, revealed: true });
    }
    await updateNotePlaces(tx, id, changes);
  });

export const shuffleWall = (svc: BrainstormServices, actor: Actor, id: string) =>
  arrange(svc, actor, id, "shuffle", async (tx) => updateNotePlaces(tx, id, shufflePool(await listNotes(tx, id), svc.randomInt)));

export const revealAll = (svc: BrainstormServices, actor: Actor, id: string) =>
  arrange(svc, actor, id, "reveal", async (tx) => {
    await revealAllNotes(tx, id);
  });

/** Takes a post-it off the wall (an insult, a name): the moderator's call, as in the room. */
export const removeNote = (svc: BrainstormServices, actor: Actor, id: string, noteId: string) =>
  arrange(svc, actor, id, "delete", async (tx) => {
    if (!(await deleteNote(tx, id, noteId))) throw notFound();
  });

