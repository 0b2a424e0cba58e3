import { type BrainstormNote, brainstormLimits } from "@passerelle/domain";
import { describe, expect, it } from "vitest";
import { BrainstormHub } from "../src/modules/brainstorms/brainstorm-hub";
import { type IntakeFacts, NoteIntake, type PendingNote, SessionEndedBeforeSave } from "../src/modules/brainstorms/note-intake";
import { fixedClock } from "../src/platform/clock";

const now = new Date("2026-10-15T10:00:00Z");
const facts = (over: Partial<IntakeFacts> = {}): IntakeFacts => ({
  status: "open",
  expiresAt: new Date("2026-10-15T13:00:00Z"),
  total: 0,
  hidden: 0,
  guests: new Map([["phone-a", 0]]),
  ...over,
});
let n = 0;
const pending = (tokenHash: string | null): PendingNote => {
  n += 1;
  const note: BrainstormNote = { id: `note-${n}`, text: `Idée ${n}`, column: "pool", position: n, revealed: false };
  return { note, tokenHash, createdAt: now };
};

describe("NoteIntake (notes checked in memory, saved in batches)", () => {
  it("saves the notes accepted while a save runs together, one batch at a time", async () => {
    const batches: number[] = [];
    let release: () => void = () => undefined;
    const intake = new NoteIntake(facts(), async (notes) => {
      batches.push(notes.length);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return true;
    });
    const first = intake.accept(pending("phone-a"));
    await new Promise((r) => setImmediate(r));
    // The first save is running: these three wait for it, then go in one statement.
    const rest = [intake.accept(pending("phone-a")), intake.accept(pending(null)), intake.accept(pending("phone-a"))];
    expect(rest.map((r) => r.hidden)).toEqual([2, 3, 4]);
    release();
    await Promise.all([first.saved, ...rest.map((r) => r.saved)]);
    expect(batches).toEqual([1, 3]);
  });

  it("refuses as the database would: ended or expired, the session's cap, a phone's cap, a token it does not know", () => {
    const save = async () => true;
    expect(new NoteIntake(facts({ status: "ended" }), save).refusal("phone-a", now)).toBe("closed");
    expect(new NoteIntake(facts(), save).refusal("phone-a", new Date("2026-10-15T13:00:00Z"))).toBe("closed");
    expect(new NoteIntake(facts({ total: brainstormLimits.notesPerSession }), save).refusal(null, now)).toBe("brainstorm_session_full");
    expect(new NoteIntake(facts({ guests: new Map([["phone-a", brainstormLimits.notesPerGuest]]) }), save).refusal("phone-a", now)).toBe("brainstorm_guest_notes_limit");
    expect(new NoteIntake(facts(), save).refusal("someone-else", now)).toBe("brainstorm_guest_notes_limit");
    const intake = new NoteIntake(facts({ guests: new Map([["phone-a", brainstormLimits.notesPerGuest - 1]]) }), save);
    expect(intake.refusal("phone-a", now)).toBeNull();
    intake.accept(pending("phone-a"));
    expect(intake.refusal("phone-a", now)).toBe("brainstorm_guest_notes_limit");
    expect(intake.refusal(null, now)).toBeNull();
  });

  it("fails every note of a batch the database refused (session ended) or could not save", async () => {
    const refused = new NoteIntake(facts(), async () => false);
    const a = refused.accept(pending("phone-a"));
    const b = refused.accept(pending(null));
    await expect(a.saved).rejects.toBeInstanceOf(SessionEndedBeforeSave);
    await expect(b.saved).rejects.toBeInstanceOf(SessionEndedBeforeSave);
    const broken = new NoteIntake(facts(), async () => {
      throw new Error("connection lost");
    });
    await expect(broken.accept(pending(null)).saved).rejects.toThrow("connection lost");
  });
});

describe("BrainstormHub: notes admitted at once, changes after their saves", () => {
  it("runs a queued change only once the notes accepted before it are saved, and admits later notes after it", async () => {
    const hub = new BrainstormHub(fixedClock("2026-10-15T10:00:00Z"));
    const order: string[] = [];
    let saveDone: () => void = () => undefined;
    const save = new Promise<void>((r) => (saveDone = r)).then(() => {
      order.push("note 1 saved");
    });
    await hub.admit("s", () => {
      order.push("note 1 admitted");
      hub.track("s", save);
    });
    const change = hub.exclusive("s", async () => {
      order.push("change");
    });
    const later = hub.admit("s", () => {
      order.push("note 2 admitted");
    });
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(["note 1 admitted"]);
    saveDone();
    await Promise.all([change, later]);
    expect(order).toEqual(["note 1 admitted", "note 1 saved", "change", "note 2 admitted"]);
  });
});
