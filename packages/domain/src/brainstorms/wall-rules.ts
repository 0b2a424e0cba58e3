import { type BrainstormColumn, type BrainstormNote, type BrainstormStatus, type GuestWall, brainstormLimits } from "./brainstorm.contract";
import type { RandomInt } from "./join-code";

/** The fields of a note that order the wall. */
export type PlacedNote = Pick<BrainstormNote, "id" | "column" | "position" | "revealed">;

const columnOrder: Record<BrainstormColumn, number> = { pool: 0, dream: 1, realistic: 2, critic: 3 };

/** The wall's reading order: column by column, top to bottom; ties (never expected) by id so the order is stable. */
export const sortNotes = <T extends PlacedNote>(notes: readonly T[]): T[] =>
  [...notes].sort((a, b) => columnOrder[a.column] - columnOrder[b.column] || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The place of a new post-it in the heap: a random rank, not the end. The manual has the moderator collect and mix the
 * post-its so that no one can tell who wrote which: a heap that kept the order of arrival would tell whoever watched
 * who was typing when. Ranks are spread over 2^31 values, so two notes rarely share one (then the id decides).
 */
export const POOL_RANK_SPACE = 2 ** 31 - 1;
export const poolRank = (randomInt: RandomInt): number => randomInt(POOL_RANK_SPACE);

/**
 * The positions of a column's notes after it is reordered: 0..n-1 on a sheet; in the heap, ranks spread evenly over
 * the rank space, so the next post-it (at a random rank) still lands anywhere in the heap, not always last.
 */
export const columnPositions = (column: BrainstormColumn, count: number): number[] =>
  Array.from({ length: count }, (_, i) => (column === "pool" ? Math.floor(((i + 0.5) * POOL_RANK_SPACE) / count) : i));

/** Fisher-Yates on a copy: the same random source gives the same order (tests), crypto gives a fair one. */
export const shuffle = <T>(items: readonly T[], randomInt: RandomInt): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

export type PositionChange = { id: string; column: BrainstormColumn; position: number; revealed: boolean };

/** Only the notes whose place or face changed, as the repository writes them. */
const changesBetween = (before: readonly PlacedNote[], after: readonly PlacedNote[]): PositionChange[] => {
  const old = new Map(before.map((n) => [n.id, n]));
  return after
    .filter((n) => {
      const o = old.get(n.id);
      return !o || o.column !== n.column || o.position !== n.position || o.revealed !== n.revealed;
    })
    .map((n) => ({ id: n.id, column: n.column, position: n.position, revealed: n.revealed }));
};

/** "Mélanger": the heap gets a new order; the sheets keep theirs. */
export const shufflePool = (notes: readonly PlacedNote[], randomInt: RandomInt): PositionChange[] => {
  const pool = shuffle(
    sortNotes(notes).filter((n) => n.column === "pool"),
    randomInt,
  );
  const positions = columnPositions("pool", pool.length);
  return changesBetween(
    notes,
    pool.map((n, i) => ({ ...n, position: positions[i] ?? i })),
  );
};

/**
 * Moves a note to `column` at `index` (the end when omitted or past it) and renumbers the columns it left and entered
 * (`columnPositions`). A note placed on one of the three sheets is read: it is turned face up. Returns the changed
 * notes only.
 */
export const moveNote = (notes: readonly PlacedNote[], noteId: string, column: BrainstormColumn, index?: number): PositionChange[] => {
  const moving = notes.find((n) => n.id === noteId);
  if (!moving) return [];
  const sorted = sortNotes(notes);
  const target = sorted.filter((n) => n.column === column && n.id !== noteId);
  const at = index === undefined ? target.length : Math.max(0, Math.min(index, target.length));
  const revealed = moving.revealed || column !== "pool";
  target.splice(at, 0, { ...moving, column, revealed });
  const after = new Map<string, PlacedNote>();
  const place = (inColumn: PlacedNote[], c: BrainstormColumn) => {
    const positions = columnPositions(c, inColumn.length);
    inColumn.forEach((n, i) => after.set(n.id, { ...n, position: positions[i] ?? i }));
  };
  place(target, column);
  if (moving.column !== column) place(sorted.filter((n) => n.column === moving.column && n.id !== noteId), moving.column);
  return changesBetween(notes, [...after.values()]);
};

/** "Piocher": the next hidden post-it of the heap, in the heap's (mixed) order; null when every idea has been read. */
export const nextHidden = <T extends PlacedNote>(notes: readonly T[]): T | null => sortNotes(notes).find((n) => n.column === "pool" && !n.revealed) ?? null;

/**
 * A phone's view of the wall. The leader is the manual's moderator, who collects every post-it and reads them all:
 * the leader's view has every text (the shared screen still shows hidden ones face down). A phone is someone in the
 * room: it sees an idea once it has been drawn and read, and of the others only how many wait in the heap. So a
 * note's text never reaches another phone before the group reads it, and the order of arrival is never shown.
 */
export const guestView = (
  session: { id: string; topic: string; status: BrainstormStatus },
  notes: readonly BrainstormNote[],
  rev: number,
): GuestWall => {
  const sorted = sortNotes(notes);
  return {
    brainstormId: session.id,
    topic: session.topic,
    status: session.status,
    notes: sorted.filter((n) => n.revealed),
    hiddenCount: sorted.filter((n) => !n.revealed).length,
    rev,
  };
};

/** Whether a session still takes phones and notes: open, and not past its expiry. */
export const effectiveStatus = (session: { status: string; expiresAt: Date }, now: Date): BrainstormStatus =>
  session.status === "open" && now.getTime() < session.expiresAt.getTime() ? "open" : "ended";

export const brainstormExpiry = (createdAt: Date): Date => new Date(createdAt.getTime() + brainstormLimits.sessionHours * 3_600_000);

/** Why a note cannot be added (a field message key), or null. */
export const noteRefusal = (counts: { sessionNotes: number; guestNotes: number | null }): "brainstorm_session_full" | "brainstorm_guest_notes_limit" | null => {
  if (counts.sessionNotes >= brainstormLimits.notesPerSession) return "brainstorm_session_full";
  if (counts.guestNotes !== null && counts.guestNotes >= brainstormLimits.notesPerGuest) return "brainstorm_guest_notes_limit";
  return null;
};

/** Whether one more phone may join. */
export const canJoin = (guestCount: number): boolean => guestCount < brainstormLimits.guestsPerSession;
