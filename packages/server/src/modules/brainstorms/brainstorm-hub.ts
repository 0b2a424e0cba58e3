import type { ServerResponse } from "node:http";
import type { Clock } from "../../platform/clock";
import type { NoteIntake } from "./note-intake";

export type Audience = "leader" | "guest";
type Subscriber = { audience: Audience; res: ServerResponse; unsent: string[] };
type Room = {
  subscribers: Set<Subscriber>;
  rev: number;
  queue: Promise<unknown>;
  pending: number;
  expiresAt: Date | null;
  flush: NodeJS.Timeout | null;
  /** The session's note facts, while they are known (`note-intake.ts`); null: read them in the queue first. */
  intake: NoteIntake | null;
  /** Saves of accepted notes not finished yet: every change in the queue waits for them. */
  saves: Set<Promise<unknown>>;
};

/** What a change running for a session sees of it. */
export type RoomView = { readonly rev: number; intake: NoteIntake | null };

/** A frame of the event stream: `id` is the wall revision, `event` the type, `data` one line of JSON. */
export const sseFrame = (rev: number, type: string, payload: unknown): string => `id: ${rev}\nevent: ${type}\ndata: ${JSON.stringify(payload)}\n\n`;

/** Frames for each audience; a missing one means that audience gets nothing. */
export type Frames = Partial<Record<Audience, string>>;

/** Past this much unsent data a screen is too slow to follow: it is dropped and reconnects to a fresh wall. */
const MAX_BUFFERED_BYTES = 1_000_000;
/** Proxies and phones drop a silent connection: a comment line every 15 s keeps it alive and detects gone clients. */
export const HEARTBEAT_MS = 15_000;
/** Streams one session may hold (60 phones and a few leader screens, with room for reconnections). */
export const MAX_STREAMS_PER_SESSION = 150;
/**
 * Frames wait this long to go out together: one socket write per screen carries every change of the window. With 40
 * phones writing at once, a write per note and per screen was the server's largest cost (40 x 41 system calls a
 * second); a few milliseconds of delay turn them into one write per screen per window.
 */
export const FLUSH_WINDOW_MS = 8;

/**
 * The live wall's fan-out, in this server process (ADR 0010: one server process per installation runs the
 * brainstorms). Each session has a queue: its changes run one after the other, so every change gets the next
 * revision and every screen receives changes in the order they were made. The database stays the truth: a screen
 * that (re)connects gets the whole wall, read inside the queue.
 *
 * Notes, the one frequent change, do not hold the queue while they are saved: `admit` checks and publishes a note at
 * once (or right after the changes already queued), and its save is `track`ed; every change of the queue starts
 * only once the saves before it are done, so it reads a database that holds every note the screens were sent.
 */
export class BrainstormHub {
  private readonly rooms = new Map<string, Room>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly clock: Clock) {}

  private room(id: string): Room {
    let room = this.rooms.get(id);
    if (!room) {
      room = { subscribers: new Set(), rev: 0, queue: Promise.resolve(), pending: 0, expiresAt: null, flush: null, intake: null, saves: new Set() };
      this.rooms.set(id, room);
    }
    return room;
  }

  /**
   * Runs `work` after the session's earlier changes and the saves of the notes accepted before it; its revision is
   * `rev() + 1` when it publishes.
   */
  exclusive<T>(id: string, work: (room: RoomView) => Promise<T>): Promise<T> {
    return this.enqueue(id, async (room) => {
      while (room.saves.size > 0) await Promise.allSettled([...room.saves]);
      return work(room);
    });
  }

  /**
   * Runs `accept` (synchronous: a note's check and publish) now when no change of the session is queued, else right
   * after the queued ones, without waiting for the saves of earlier notes: notes do not wait for each other.
   */
  admit<T>(id: string, accept: (room: RoomView) => T): Promise<T> {
    const room = this.room(id);
    if (room.pending > 0) return this.enqueue(id, async (r) => accept(r));
    try {
      return Promise.resolve(accept(room));
    } catch (error) {
      return Promise.reject(error);
    } finally {
      this.forgetIfIdle(id, room);
    }
  }

  /** A note's save: later changes of the session wait for it, and the session is not forgotten before it ends. */
  track(id: string, save: Promise<unknown>): void {
    const room = this.room(id);
    const settled = save.then(
      () => undefined,
      () => undefined,
    );
    room.saves.add(settled);
    void settled.then(() => {
      room.saves.delete(settled);
      this.forgetIfIdle(id, room);
    });
  }

  private enqueue<T>(id: string, work: (room: Room) => Promise<T>): Promise<T> {
    const room = this.room(id);
    room.pending += 1;
    const run = room.queue.then(() => work(room));
    room.queue = run
      .catch(() => undefined)
      .finally(() => {
        room.pending -= 1;
        this.forgetIfIdle(id, room);
      });
    return run;
  }

  /** Sends a change to every screen of the session (call inside `exclusive`); returns its revision. */
  publish(id: string, frames: (rev: number) => Frames): number {
    const room = this.room(id);
    room.rev += 1;
    const built = frames(room.rev);
    for (const sub of room.subscribers) {
      const frame = built[sub.audience];
      if (frame) sub.unsent.push(frame);
    }
    room.flush ??= setTimeout(() => this.flush(id, room), FLUSH_WINDOW_MS);
    return room.rev;
  }

  /** Whether `tokenHash` is a phone of the session, as far as its note facts are loaded (false: not known here). */
  knownGuest(id: string, tokenHash: string): boolean {
    return this.rooms.get(id)?.intake?.isGuest(tokenHash) ?? false;
  }

  rev(id: string): number {
    return this.rooms.get(id)?.rev ?? 0;
  }

  streamCount(id: string): number {
    return this.rooms.get(id)?.subscribers.size ?? 0;
  }

  /** Keeps `res` open as a screen of the session until the client goes or the session ends. */
  subscribe(id: string, audience: Audience, res: ServerResponse, expiresAt: Date): void {
    const room = this.room(id);
    room.expiresAt = expiresAt;
    const sub: Subscriber = { audience, res, unsent: [] };
    room.subscribers.add(sub);
    res.on("close", () => this.drop(id, sub));
    this.heartbeat ??= setInterval(() => this.beat(), HEARTBEAT_MS).unref();
  }

  /** The session ended: a last frame to each screen, then every stream is closed. */
  close(id: string, frames: Frames): void {
    const room = this.rooms.get(id);
    if (!room) return;
    this.flush(id, room);
    for (const sub of [...room.subscribers]) {
      const frame = frames[sub.audience];
      if (frame) sub.res.write(frame);
      sub.res.end();
    }
    room.subscribers.clear();
  }

  /** The server is stopping: streams are ended so it does not wait for screens that never hang up. */
  closeAll(): void {
    for (const [id, room] of this.rooms) {
      if (room.flush) clearTimeout(room.flush);
      for (const sub of room.subscribers) sub.res.end();
      room.subscribers.clear();
      this.rooms.delete(id);
    }
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** Sends each screen the frames published since the last flush, in one write. */
  private flush(id: string, room: Room): void {
    if (room.flush) clearTimeout(room.flush);
    room.flush = null;
    for (const sub of [...room.subscribers]) {
      if (sub.unsent.length === 0) continue;
      const frames = sub.unsent.join("");
      sub.unsent = [];
      this.write(id, sub, frames);
    }
  }

  private write(id: string, sub: Subscriber, frame: string): void {
    if (sub.res.writableEnded || sub.res.destroyed) return this.drop(id, sub);
    if (sub.res.writableLength > MAX_BUFFERED_BYTES) {
      sub.res.destroy();
      return this.drop(id, sub);
    }
    sub.res.write(frame);
  }

  private drop(id: string, sub: Subscriber): void {
    const room = this.rooms.get(id);
    if (!room) return;
    room.subscribers.delete(sub);
    this.forgetIfIdle(id, room);
  }

  /** A room with no screen and no change running is forgotten: screens that come back get a whole wall anyway. */
  private forgetIfIdle(id: string, room: Room): void {
    if (room.subscribers.size > 0 || room.pending > 0 || room.saves.size > 0 || this.rooms.get(id) !== room) return;
    this.rooms.delete(id);
    if (this.rooms.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private beat(): void {
    const now = this.clock.now().getTime();
    for (const [id, room] of this.rooms) {
      // An expired session is over even if no one ended it: its screens are closed and reconnect to an ended wall.
      if (room.expiresAt && room.expiresAt.getTime() <= now) {
        this.close(id, {});
        continue;
      }
      for (const sub of [...room.subscribers]) this.write(id, sub, ": heartbeat\n\n");
    }
  }
}
