import { describe, expect, it } from "vitest";
import { type BrainstormNote, brainstormLimits } from "./brainstorm.contract";
import { POOL_RANK_SPACE, canJoin, columnPositions, effectiveStatus, guestView, moveNote, nextHidden, noteRefusal, type PlacedNote, shuffle, shufflePool, sortNotes } from "./wall-rules";

const note = (id: string, column: PlacedNote["column"], position: number, revealed = column !== "pool"): BrainstormNote => ({ id, text: `idée ${id}`, column, position, revealed });

/** Plays back a list of integers, then zeros. */
const scripted = (values: number[]) => {
  let i = 0;
  return (max: number) => {
    const v = values[i++] ?? 0;
    if (v >= max) throw new Error(`scripted ${v} >= ${max}`);
    return v;
  };
};

const apply = (notes: readonly BrainstormNote[], changes: { id: string; column: PlacedNote["column"]; position: number; revealed: boolean }[]) => {
  const byId = new Map(changes.map((c) => [c.id, c]));
  return sortNotes(notes.map((n) => ({ ...n, ...(byId.get(n.id) ?? {}) })));
};
const layout = (notes: readonly BrainstormNote[]) => sortNotes(notes).map((n) => `${n.column}:${n.id}${n.revealed ? "" : "?"}`);

const wall = [note("a", "pool", 10), note("b", "pool", 20), note("c", "pool", 30), note("d", "dream", 0), note("e", "dream", 1), note("f", "critic", 0)];

describe("shuffle", () => {
  it("is Fisher-Yates: deterministic for a given random source, a permutation always", () => {
    expect(shuffle([1, 2, 3, 4], scripted([0, 0, 0]))).toEqual([2, 3, 4, 1]);
    expect(shuffle([1, 2, 3, 4], scripted([3, 2, 1]))).toEqual([1, 2, 3, 4]);
    expect(shuffle([], scripted([]))).toEqual([]);
    const random = (max: number) => Math.floor(Math.random() * max);
    expect([...shuffle([1, 2, 3, 4, 5], random)].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("mixes the heap only, spread over the rank space, and leaves the sheets alone", () => {
    const changes = shufflePool(wall, scripted([0, 0]));
    expect(changes.every((c) => c.column === "pool")).toBe(true);
    expect(layout(apply(wall, changes))).toEqual(["pool:b?", "pool:c?", "pool:a?", "dream:d", "dream:e", "critic:f"]);
    expect(apply(wall, changes).filter((n) => n.column === "pool").map((n) => n.position)).toEqual(columnPositions("pool", 3));
  });

  it("spreads heap ranks so a new post-it at a random rank can land anywhere", () => {
    expect(columnPositions("dream", 3)).toEqual([0, 1, 2]);
    const ranks = columnPositions("pool", 4);
    expect(ranks[0]).toBeGreaterThan(0);
    expect(ranks[3]).toBeLessThan(POOL_RANK_SPACE);
    expect(ranks[1] - ranks[0]).toBeGreaterThan(POOL_RANK_SPACE / 5);
  });
});

describe("moveNote", () => {
  it.each([
    ["a drawn post-it to the end of Réaliste, face up", "a", "realistic", undefined, ["pool:b?", "pool:c?", "dream:d", "dream:e", "realistic:a", "critic:f"]],
    ["to the top of Rêve", "b", "dream", 0, ["pool:a?", "pool:c?", "dream:b", "dream:d", "dream:e", "critic:f"]],
    ["between two notes", "f", "dream", 1, ["pool:a?", "pool:b?", "pool:c?", "dream:d", "dream:f", "dream:e"]],
    ["an index past the end is the end", "d", "critic", 99, ["pool:a?", "pool:b?", "pool:c?", "dream:e", "critic:f", "critic:d"]],
    ["down within its column", "d", "dream", 1, ["pool:a?", "pool:b?", "pool:c?", "dream:e", "dream:d", "critic:f"]],
    ["back to the heap: stays read", "e", "pool", 0, ["pool:e", "pool:a?", "pool:b?", "pool:c?", "dream:d", "critic:f"]],
  ] as const)("%s", (_label, id, column, index, expected) => {
    const after = apply(wall, moveNote(wall, id, column, index));
    expect(layout(after)).toEqual(expected);
    // The columns the note left and entered are renumbered.
    for (const c of new Set([column, wall.find((n) => n.id === id)?.column ?? column])) {
      const positions = after.filter((n) => n.column === c).map((n) => n.position);
      expect(positions).toEqual(columnPositions(c, positions.length));
    }
  });

  it("returns only the notes that changed, and nothing for an unknown note", () => {
    expect(moveNote(wall, "f", "critic", 0)).toEqual([]);
    expect(moveNote(wall, "zz", "dream")).toEqual([]);
    expect(moveNote(wall, "e", "dream", 0).map((c) => c.id).sort()).toEqual(["d", "e"]);
  });
});

describe("what a phone sees", () => {
  const notes = [note("a", "pool", 1), note("b", "pool", 2, true), note("d", "dream", 0)];
  const view = guestView({ id: "00000000-0000-7000-8000-000000000000", topic: "Quel serait votre lieu de travail parfait ?", status: "open" }, notes, 4);

  it("gets read notes with their text and only a count of the hidden ones", () => {
    expect(view.notes.map((n) => n.id)).toEqual(["b", "d"]);
    expect(view.hiddenCount).toBe(1);
    expect(JSON.stringify(view)).not.toContain("idée a");
  });

  it("draws the next hidden post-it in the heap's order", () => {
    expect(nextHidden(notes)?.id).toBe("a");
    expect(nextHidden([note("d", "dream", 0)])).toBeNull();
  });
});

describe("limits and status", () => {
  it.each([
    [{ sessionNotes: 0, guestNotes: 0 }, null],
    [{ sessionNotes: 10, guestNotes: brainstormLimits.notesPerGuest - 1 }, null],
    [{ sessionNotes: 10, guestNotes: brainstormLimits.notesPerGuest }, "brainstorm_guest_notes_limit"],
    [{ sessionNotes: brainstormLimits.notesPerSession, guestNotes: 0 }, "brainstorm_session_full"],
    [{ sessionNotes: brainstormLimits.notesPerSession - 1, guestNotes: null }, null],
  ] as const)("note refusal for %j is %s", (counts, expected) => {
    expect(noteRefusal(counts)).toBe(expected);
  });

  it("lets phones join up to the limit", () => {
    expect(canJoin(brainstormLimits.guestsPerSession - 1)).toBe(true);
    expect(canJoin(brainstormLimits.guestsPerSession)).toBe(false);
  });

  it.each([
    ["open, before expiry", "open", "2026-11-30T12:59:59Z", "open"],
    ["open, at expiry", "open", "2026-11-30T13:00:00Z", "ended"],
    ["ended before expiry", "ended", "2026-11-30T11:00:00Z", "ended"],
  ])("%s", (_label, status, now, expected) => {
    expect(effectiveStatus({ status, expiresAt: new Date("2026-11-30T13:00:00Z") }, new Date(now))).toBe(expected);
  });
});
