import { z } from "zod";
import { roleSchema } from "../access/roles";
import { pageQuery, versionField } from "../shared/primitives";

/**
 * Internal notes between colleagues about a person (issue 4, item 9). A note is the team's unless it is marked
 * shared with the care team: clinicians read only the shared ones, never the specialist's private notes.
 */

/** At most this many colleagues are named in one note: a mention is a call for someone's attention, not a list. */
export const MAX_NOTE_MENTIONS = 20;

export const noteMentionSchema = z.object({ userId: z.uuid(), name: z.string() });
export type NoteMention = z.infer<typeof noteMentionSchema>;

export const noteSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  sharedWithCareTeam: z.boolean(),
  mentions: z.array(noteMentionSchema),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteListSchema = z.object({ items: z.array(noteSchema), total: z.number().int() });
export type NoteList = z.infer<typeof noteListSchema>;
export const listNotesQuery = z.object(pageQuery);

/** POST /api/participants/:id/notes. A clinician's note is always shared: they write to the team around the person. */
export const createNoteInput = z.object({
  body: z.string().trim().min(1, { message: "required" }).max(5000),
  sharedWithCareTeam: z.boolean().default(false),
  mentionedUserIds: z.array(z.uuid()).max(MAX_NOTE_MENTIONS).default([]),
});
export type CreateNoteInput = z.input<typeof createNoteInput>;
export type CreateNote = z.output<typeof createNoteInput>;

/** PATCH /api/notes/:id: only the sharing changes; the text of a note stays as it was written. */
export const updateNoteSharingInput = z.object({ version: versionField, sharedWithCareTeam: z.boolean() });
export type UpdateNoteSharingInput = z.infer<typeof updateNoteSharingInput>;

/** Who may be named in a note about a person: the colleagues who may read it. */
export const mentionableSchema = z.object({ userId: z.uuid(), name: z.string(), role: roleSchema });
export type Mentionable = z.infer<typeof mentionableSchema>;
export const mentionableListSchema = z.object({ items: z.array(mentionableSchema) });
