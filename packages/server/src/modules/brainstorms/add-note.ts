import { randomUUID } from "node:crypto";
import { type AddedBrainstormNote, type BrainstormNote, poolRank } from "@passerelle/domain";
import { AppError } from "../../platform/errors";
import type { Writer } from "./brainstorm-access";
import { type RoomView, sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { findBrainstorm, insertNotes, listGuestCounts, noteCounts } from "./brainstorms.repository";
import { NoteIntake, SessionEndedBeforeSave } from "./note-intake";
import { publishWall } from "./publish-wall";

export const closedSession = () => new AppError("invalid_transition", { fields: [{ path: "brainstorm", message: "brainstorm_closed" }] });

/** The session's note facts, read from the database (in the session's queue, once earlier saves are done). */
const loadIntake = async (svc: BrainstormServices, id: string): Promise<NoteIntake> => {
  const db = svc.database.db;
  const [row, counts, guests] = await Promise.all([findBrainstorm(db, id), noteCounts(db, id), listGuestCounts(db, id)]);
  const facts = { status: row?.status === "open" ? ("open" as const) : ("ended" as const), expiresAt: row?.expiresAt ?? new Date(0), ...counts, guests };
  return new NoteIntake(facts, (notes) => insertNotes(db, id, notes));
};

type Accepted = { note: BrainstormNote; rev: number; saved: Promise<void> };

/** Checks the note against the session's facts, publishes it and queues its save (synchronous: one tick). */
const acceptNote = (svc: BrainstormServices, id: string, intake: NoteIntake, tokenHash: string | null, text: string): Accepted => {
  const now = svc.clock.now();
  const refusal = intake.refusal(tokenHash, now);
  if (refusal === "closed") throw closedSession();
  if (refusal !== null) throw new AppError("unprocessable", { fields: [{ path: "text", message: refusal }] });
  const note: BrainstormNote = { id: randomUUID(), text, column: "pool", position: poolRank(svc.randomInt), revealed: false };
  const { hidden, saved } = intake.accept({ note, tokenHash, createdAt: now });
  svc.hub.track(id, saved);
  const rev = svc.hub.publish(id, (r) => ({
    leader: sseFrame(r, "note.added", { type: "note.added", rev: r, note }),
    guest: sseFrame(r, "note.added", { type: "note.added", rev: r, hiddenCount: hidden }),
  }));
  return { note, rev, saved };
};

/**
 * A post-it, face down, at a random place in the heap. Nothing about its writer is kept: no author, no token, no
 * address, no journal line (a line naming the note and the leader would say the leader wrote it). Its id is random
 * (UUID v4, not the time-ordered v7 of other records): a time in the id would tell who was typing when. The leader's
 * screen gets the note; the phones get the number of hidden post-its only.
 *
 * The note goes to the screens as soon as it is checked, and the answer waits for its save (`note-intake.ts`). A
 * note accepted before an end is saved and counted by it; one after the end started is refused. A save that fails
 * (or finds the session ended in the database) fails the request and sends every screen the saved wall.
 */
export const addNote = async (svc: BrainstormServices, writer: Writer, text: string): Promise<AddedBrainstormNote> => {
  const id = writer.kind === "guest" ? writer.brainstormId : writer.row.id;
  const tokenHash = writer.kind === "guest" ? writer.tokenHash : null;
  const accept = (room: RoomView) => (room.intake ? acceptNote(svc, id, room.intake, tokenHash, text) : null);
  const accepted =
    (await svc.hub.admit(id, accept)) ??
    (await svc.hub.exclusive(id, async (room) => {
      room.intake ??= await loadIntake(svc, id);
      return acceptNote(svc, id, room.intake, tokenHash, text);
    }));
  try {
    await accepted.saved;
  } catch (error) {
    // The screens were sent a note the database does not hold: the facts are read again and every screen gets the
    // saved wall, before any later change.
    await svc.hub.exclusive(id, async (room) => {
      room.intake = null;
      await publishWall(svc, id);
    });
    if (error instanceof SessionEndedBeforeSave) throw closedSession();
    throw error;
  }
  return { note: accepted.note, rev: accepted.rev };
};
