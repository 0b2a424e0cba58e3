import { z } from "zod";

/**
 * The brainstorming wall of the IMPE manual (chapter 4, "Penser autrement"): the specialist introduces a topic,
 * everyone writes ideas anonymously on post-its, the moderator collects and shuffles them, then ideas are drawn one
 * at a time, read aloud and placed on one of three sheets: Rêve, Réaliste, (esprit) critique.
 * `pool` is the heap of collected post-its not yet placed on a sheet.
 */
export const brainstormColumns = ["pool", "dream", "realistic", "critic"] as const;
export type BrainstormColumn = (typeof brainstormColumns)[number];
/** The three sheets on the wall, in the manual's order. */
export const wallSheets = ["dream", "realistic", "critic"] as const satisfies readonly BrainstormColumn[];
export const brainstormColumnSchema = z.enum(brainstormColumns);

export const brainstormStatuses = ["open", "ended"] as const;
export type BrainstormStatus = (typeof brainstormStatuses)[number];

/** Bounds of a session: a room of people with their phones, for an afternoon at most. */
export const brainstormLimits = {
  topicMax: 200,
  /** A post-it, not a letter. */
  noteMax: 280,
  notesPerGuest: 30,
  guestsPerSession: 60,
  /** What a wall can show and the leader can read aloud; the leader's own notes count too. */
  notesPerSession: 600,
  /** An open session stops accepting phones after this, even if the leader never ends it. */
  sessionHours: 3,
} as const;

export const createBrainstormInput = z.object({
  programId: z.uuid(),
  topic: z.string().trim().min(1, { message: "required" }).max(brainstormLimits.topicMax, { message: "brainstorm_topic_too_long" }),
});
export type CreateBrainstormInput = z.input<typeof createBrainstormInput>;

export const brainstormListQuery = z.object({ programId: z.uuid() });

/** A session as the leader sees it in the list and at the top of the wall. */
export const brainstormSessionSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  topic: z.string(),
  /** Empty once the session has ended: the code no longer opens anything. */
  joinCode: z.string(),
  /** `ended` also when the session expired without being ended. */
  status: z.enum(brainstormStatuses),
  leaderName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
  noteCount: z.number().int(),
  guestCount: z.number().int(),
});
export type BrainstormSession = z.infer<typeof brainstormSessionSchema>;
export const brainstormListSchema = z.object({ items: z.array(brainstormSessionSchema) });
export type BrainstormList = z.infer<typeof brainstormListSchema>;

/** A note as the leader (the moderator) sees it: every note with its text, hidden or not. Never who wrote it. */
export const brainstormNoteSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  column: brainstormColumnSchema,
  position: z.number().int(),
  revealed: z.boolean(),
});
export type BrainstormNote = z.infer<typeof brainstormNoteSchema>;

/** The leader's wall: the session, every note (columns in order), and a revision for the live stream. */
export const leaderWallSchema = z.object({
  session: brainstormSessionSchema,
  notes: z.array(brainstormNoteSchema),
  rev: z.number().int(),
});
export type LeaderWall = z.infer<typeof leaderWallSchema>;

/** What a phone sees: revealed notes only; of the hidden post-its, a count and never the text. */
export const guestWallSchema = z.object({
  brainstormId: z.uuid(),
  topic: z.string(),
  status: z.enum(brainstormStatuses),
  notes: z.array(brainstormNoteSchema),
  hiddenCount: z.number().int(),
  rev: z.number().int(),
});
export type GuestWall = z.infer<typeof guestWallSchema>;

export const addBrainstormNoteInput = z.object({
  text: z.string().trim().min(1, { message: "required" }).max(brainstormLimits.noteMax, { message: "brainstorm_note_too_long" }),
});
export type AddBrainstormNoteInput = z.input<typeof addBrainstormNoteInput>;
/** The added note, returned to whoever wrote it only, and the wall revision that carries it. */
export const addedBrainstormNoteSchema = z.object({ note: brainstormNoteSchema, rev: z.number().int() });
export type AddedBrainstormNote = z.infer<typeof addedBrainstormNoteSchema>;

/** The leader moves a note (to a sheet, or back to the heap) and/or turns it face up. A read idea stays read. */
export const updateBrainstormNoteInput = z
  .object({
    column: brainstormColumnSchema.optional(),
    /** Index in the target column (0 = top); the end of the column when omitted or past it. */
    position: z.number().int().min(0).max(10_000).optional(),
    revealed: z.literal(true).optional(),
  })
  .refine((v) => v.column !== undefined || v.position !== undefined || v.revealed !== undefined, { message: "brainstorm_nothing_to_update" });
export type UpdateBrainstormNoteInput = z.input<typeof updateBrainstormNoteInput>;

/** A phone's way in: an anonymous token for this session only. The token is shown once; the server keeps its hash. */
export const brainstormJoinSchema = z.object({ token: z.string(), brainstormId: z.uuid(), topic: z.string() });
export type BrainstormJoin = z.infer<typeof brainstormJoinSchema>;

export const brainstormExportQuery = z.object({ format: z.enum(["csv", "md"]).default("csv"), lang: z.enum(["fr", "en"]).optional() });

/**
 * The live stream (`GET /api/brainstorms/:id/events`, server-sent events, ADR 0010). `wall` is the whole state
 * (on connect, after the leader's moves); `note.added` a delta; `guests` the count of phones that joined.
 * The leader's stream carries leader walls and the added note; a phone's, guest walls and the hidden count.
 */
export type LeaderStreamEvent =
  | { type: "wall"; wall: LeaderWall }
  | { type: "note.added"; rev: number; note: BrainstormNote }
  | { type: "guests"; rev: number; guestCount: number };
export type GuestStreamEvent = { type: "wall"; wall: GuestWall } | { type: "note.added"; rev: number; hiddenCount: number };
