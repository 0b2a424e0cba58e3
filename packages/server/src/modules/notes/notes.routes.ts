import { createNoteInput, listNotesQuery, mentionableListSchema, noteListSchema, noteSchema, updateNoteSharingInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeParticipant } from "../../platform/access";
import { type AppContext, actorOf } from "../../platform/context";
import { recordAudit } from "../../platform/journal";
import { idParams } from "../participants/participants.routes";
import { createNote } from "./create-note";
import { mentionablePeople } from "./mentions";
import { listNotes } from "./notes.repository";
import { updateNoteSharing } from "./update-note-sharing";

const tags = ["notes"];

export const notesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get(
      "/api/participants/:id/notes",
      { schema: { tags, params: idParams, querystring: listNotesQuery, response: { 200: noteListSchema } } },
      async (req) => {
        const actor = actorOf(req);
        const { programId, role } = await authorizeParticipant(db, actor, req.params.id, "note.read");
        await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "note", programId, participantId: req.params.id });
        // Need-to-know: a clinician reads the notes shared with the care team, never the team's private ones.
        return listNotes(db, req.params.id, { sharedOnly: role === "clinician", limit: req.query.limit, offset: req.query.offset });
      },
    );
    app.post(
      "/api/participants/:id/notes",
      { schema: { tags, params: idParams, body: createNoteInput, response: { 201: noteSchema } } },
      async (req, reply) => reply.code(201).send(await createNote(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.get(
      "/api/participants/:id/mentionable",
      { schema: { tags, params: idParams, response: { 200: mentionableListSchema } } },
      async (req) => {
        const actor = actorOf(req);
        const { programId } = await authorizeParticipant(db, actor, req.params.id, "note.write");
        const people = await mentionablePeople(db, req.params.id, programId);
        return { items: people.filter((p) => p.userId !== actor.userId).map(({ userId, name, role }) => ({ userId, name, role })) };
      },
    );
    app.patch("/api/notes/:id", { schema: { tags, params: idParams, body: updateNoteSharingInput, response: { 200: noteSchema } } }, (req) =>
      updateNoteSharing(ctx, actorOf(req), req.params.id, req.body),
    );
  };
