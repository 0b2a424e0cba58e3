import {
  addBrainstormNoteInput,
  addedBrainstormNoteSchema,
  brainstormExportQuery,
  brainstormJoinSchema,
  brainstormListQuery,
  brainstormListSchema,
  brainstormSessionSchema,
  createBrainstormInput,
  type Locale,
  leaderWallSchema,
  updateBrainstormNoteInput,
} from "@passerelle/domain";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { localeFromHeader } from "../../platform/messages";
import { idParams } from "../participants/participants.routes";
import { addNote } from "./add-note";
import { removeNote, revealAll, shuffleWall, updateNote } from "./arrange-wall";
import { writerOf } from "./brainstorm-access";
import { brainstormServices } from "./brainstorm-services";
import { createBrainstorm } from "./create-brainstorm";
import { endBrainstorm } from "./end-brainstorm";
import { exportWall } from "./export-wall";
import { joinBrainstorm } from "./join-brainstorm";
import { listBrainstorms } from "./list-brainstorms";
import { readWall } from "./read-wall";
import { streamWall } from "./stream-wall";

const tags = ["brainstorms"];
const noteParams = z.object({ id: z.uuid(), noteId: z.uuid() });
/** Any string up to a few characters: a malformed code is answered as a wrong one (404), never as a 400. */
const codeParams = z.object({ code: z.string().max(32) });
/** A post-it is small: a body far larger than one is refused before it is parsed. */
const NOTE_BODY_LIMIT = 4_096;

const localeOf = (req: FastifyRequest, lang: Locale | undefined): Locale =>
  lang ?? (req.actor?.locale && !req.headers["accept-language"] ? req.actor.locale : localeFromHeader(req.headers["accept-language"]));

/** The brainstorming wall "Rêve / Réaliste / Critique" (IMPE manual, chapter 4) and its live stream (ADR 0010). */
export const brainstormsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const svc = brainstormServices(ctx);
    // Open streams would keep the server from stopping: they are ended first.
    app.addHook("preClose", async () => svc.hub.closeAll());

    app.post(
      "/api/brainstorms",
      { schema: { tags, body: createBrainstormInput, response: { 201: brainstormSessionSchema } } },
      async (req, reply) => reply.code(201).send(await createBrainstorm(svc, actorOf(req), req.body)),
    );
    app.get("/api/brainstorms", { schema: { tags, querystring: brainstormListQuery, response: { 200: brainstormListSchema } } }, (req) =>
      listBrainstorms(svc, actorOf(req), req.query.programId),
    );
    app.post(
      "/api/brainstorms/join/:code",
      {
        schema: {
          tags,
          description: "A phone joins with the session's code, without an account. Wrong codes: 404; more than 10 failures a minute from one address: 429.",
          params: codeParams,
          security: [],
          response: { 200: brainstormJoinSchema },
        },
        bodyLimit: 1_024,
      },
      (req) => joinBrainstorm(svc, req.params.code, req.ip),
    );
    app.get("/api/brainstorms/:id", { schema: { tags, params: idParams, response: { 200: leaderWallSchema } } }, (req) => readWall(svc, actorOf(req), req.params.id));
    app.post(
      "/api/brainstorms/:id/notes",
      {
        schema: {
          tags,
          description: "Adds a post-it, face down in the heap: a phone with `Authorization: Bearer <token>` (its own session only), or the leader.",
          params: idParams,
          body: addBrainstormNoteInput,
          security: [{ session: [] }, { guestToken: [] }],
          response: { 201: addedBrainstormNoteSchema },
        },
        bodyLimit: NOTE_BODY_LIMIT,
      },
      async (req, reply) => {
        const writer = await writerOf(ctx.database.db, req, req.params.id, (hash) => svc.hub.knownGuest(req.params.id, hash));
        return reply.code(201).send(await addNote(svc, writer, req.body.text));
      },
    );
    app.patch(
      "/api/brainstorms/:id/notes/:noteId",
      { schema: { tags, params: noteParams, body: updateBrainstormNoteInput, response: { 200: leaderWallSchema } } },
      (req) => updateNote(svc, actorOf(req), req.params.id, req.params.noteId, req.body),
    );
    app.delete("/api/brainstorms/:id/notes/:noteId", { schema: { tags, params: noteParams, response: { 200: leaderWallSchema } } }, (req) =>
      removeNote(svc, actorOf(req), req.params.id, req.params.noteId),
    );
    app.post("/api/brainstorms/:id/shuffle", { schema: { tags, params: idParams, response: { 200: leaderWallSchema } } }, (req) => shuffleWall(svc, actorOf(req), req.params.id));
    app.post("/api/brainstorms/:id/reveal-all", { schema: { tags, params: idParams, response: { 200: leaderWallSchema } } }, (req) => revealAll(svc, actorOf(req), req.params.id));
    app.post("/api/brainstorms/:id/end", { schema: { tags, params: idParams, response: { 200: leaderWallSchema } } }, (req) => endBrainstorm(svc, actorOf(req), req.params.id));
    app.get(
      "/api/brainstorms/:id/export",
      { schema: { tags, params: idParams, querystring: brainstormExportQuery } },
      async (req, reply) => {
        const file = await exportWall(svc, actorOf(req), req.params.id, req.query.format, localeOf(req, req.query.lang));
        return reply
          .header("content-type", file.contentType)
          .header("content-disposition", `attachment; filename="${file.filename}"`)
          .header("cache-control", "no-store")
          .send(file.body);
      },
    );
    app.get(
      "/api/brainstorms/:id/events",
      {
        schema: {
          tags,
          description:
            "The live wall, as server-sent events (text/event-stream): `wall` (the whole state, first), `note.added`, `guests` (leader only). " +
            "The leader by session cookie; a phone by `Authorization: Bearer <token>` (a fetch-based reader: the token is never put in the URL). ADR 0010.",
          params: idParams,
          security: [{ session: [] }, { guestToken: [] }],
        },
      },
      (req, reply) => streamWall(svc, req, reply, req.params.id),
    );
  };
