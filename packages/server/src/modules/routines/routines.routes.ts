import { routineListSchema, routineSchema, saveRoutineInput, shareRoutineInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readRoutine, readRoutines } from "./read-routines";
import { saveRoutine } from "./save-routine";
import { shareRoutine } from "./share-routine";

const tags = ["routines"];

/** A week of at most 336 activities and 13 answers of 2,000 characters: well under 256 KB, whatever the script. */
const ROUTINE_BODY_LIMIT = 256 * 1024;

/** "Ma semaine" (IMPE manual, chapter 2): versions of the person's week grid and the manual's building questions. */
export const routinesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/routines",
      { schema: { tags, params: idParams, response: { 200: routineListSchema } } },
      async (req) => readRoutines(ctx, actorOf(req), req.params.id),
    );

    app.post(
      "/api/participants/:id/routines",
      { bodyLimit: ROUTINE_BODY_LIMIT, schema: { tags, params: idParams, body: saveRoutineInput, response: { 201: routineSchema } } },
      async (req, reply) => reply.code(201).send(await saveRoutine(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.get("/api/routines/:id", { schema: { tags, params: idParams, response: { 200: routineSchema } } }, async (req) =>
      readRoutine(ctx, actorOf(req), req.params.id),
    );

    app.patch("/api/routines/:id", { schema: { tags, params: idParams, body: shareRoutineInput, response: { 200: routineSchema } } }, async (req) =>
      shareRoutine(ctx, actorOf(req), req.params.id, req.body),
    );
  };
