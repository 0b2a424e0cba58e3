import { type BrainstormNote, brainstormLimits, noteRefusal } from "@passerelle/domain";

/** What the server holds of a session to accept a note without asking the database (read in the session's queue). */
export type IntakeFacts = {
  status: "open" | "ended";
  expiresAt: Date;
  /** Notes on the wall, and of them those still face down, counting the notes accepted and not yet saved. */
  total: number;
  hidden: number;
  /** Each phone of the session (by its token's hash) and the notes it has added. */
  guests: Map<string, number>;
};

/** A note accepted and waiting to be saved; `tokenHash` is the phone whose count goes up (null: the leader's note). */
export type PendingNote = { note: BrainstormNote; tokenHash: string | null; createdAt: Date };

/** Saves notes in one statement; false when the database found the session ended (nothing was written). */
export type SaveNotes = (notes: readonly PendingNote[]) => Promise<boolean>;

export type NoteRefusal = "closed" | "brainstorm_session_full" | "brainstorm_guest_notes_limit";

/** The save of a batch found the session ended: the notes of that batch were not written. */
export class SessionEndedBeforeSave extends Error {}

type Waiting = { pending: PendingNote; resolve: () => void; reject: (error: unknown) => void };

/**
 * The notes of one open session, checked and counted in memory, saved in batches. With 40 phones writing at once the
 * database write was what every note waited for in the session's queue (and, on PostgreSQL, a round trip per note
 * one after the other). Now a note is checked against the caps and the session's state here, synchronously, goes out
 * to the screens at once, and is saved with the notes accepted meanwhile (one statement per batch, one batch at a
 * time; a batch starts as soon as the previous one is done, so nothing waits for a timer).
 *
 * The facts are exact because every change of a session's notes runs in this server process (ADR 0010) and the
 * hub reads them in the session's queue once earlier saves are done; a move, a removal or an end drops them (they
 * are read again for the next note). The rules that make this safe:
 * - an accepted note is saved before any later change of the session runs (the hub waits for saves before each
 *   change in its queue): an end counts it, a wall read after it shows it;
 * - a note is refused once an end has started (the end drops these facts; the next note reads the ended session);
 * - if a save fails or finds the session ended, its notes' requests fail and the caller sends every screen the
 *   wall from the database, so no screen keeps a note that was not saved.
 */
export class NoteIntake {
  private queued: Waiting[] = [];
  private saving = false;

  constructor(
    private readonly facts: IntakeFacts,
    private readonly save: SaveNotes,
  ) {}

  isGuest(tokenHash: string): boolean {
    return this.facts.guests.has(tokenHash);
  }

  guestJoined(tokenHash: string): void {
    if (!this.facts.guests.has(tokenHash)) this.facts.guests.set(tokenHash, 0);
  }

  /** Why the note would be refused now, or null; the same rules as the database's (open, not expired, under the caps). */
  refusal(tokenHash: string | null, now: Date): NoteRefusal | null {
    if (this.facts.status !== "open" || this.facts.expiresAt.getTime() <= now.getTime()) return "closed";
    const guestNotes = tokenHash === null ? null : this.facts.guests.get(tokenHash);
    // A token of another session never reaches here (the route checks it); refused as at its cap if it did.
    return noteRefusal({ sessionNotes: this.facts.total, guestNotes: guestNotes === undefined ? brainstormLimits.notesPerGuest : guestNotes });
  }

  /**
   * Counts the note (call after `refusal` gave null, in the same tick) and queues its save. Returns the number of notes
   * face down with it, and the save, which settles once the note is in the database.
   */
  accept(pending: PendingNote): { hidden: number; saved: Promise<void> } {
    this.facts.total += 1;
    this.facts.hidden += 1;
    if (pending.tokenHash !== null) this.facts.guests.set(pending.tokenHash, (this.facts.guests.get(pending.tokenHash) ?? 0) + 1);
    const saved = new Promise<void>((resolve, reject) => this.queued.push({ pending, resolve, reject }));
    if (!this.saving) {
      this.saving = true;
      // The notes accepted in this tick go in the first batch.
      setImmediate(() => void this.drain());
    }
    return { hidden: this.facts.hidden, saved };
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      try {
        const written = await this.save(batch.map((w) => w.pending));
        if (written) for (const w of batch) w.resolve();
        else for (const w of batch) w.reject(new SessionEndedBeforeSave());
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.saving = false;
  }
}
