import { createSupervisionInput, listSupervisionQuery, supervisionSessionListSchema, supervisionSessionSchema, updateSupervisionInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { listSupervision } from "./list-supervision";
import { recordSupervision } from "./record-supervision";
import { updateSupervision } from "./update-supervision";

const tags = ["supervision"];

/** Group supervision and field mentoring sessions: recorded by the team lead, read by the team. */
export const supervisionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/supervision-sessions", { schema: { tags, querystring: listSupervisionQuery, response: { 200: supervisionSessionListSchema } } }, (req) =>
      listSupervision(ctx, actorOf(req), req.query),
    );
    app.post("/api/supervision-sessions", { schema: { tags, body: createSupervisionInput, response: { 201: supervisionSessionSchema } } }, async (req, reply) =>
      reply.code(201).send(await recordSupervision(ctx, actorOf(req), req.body)),
    );
    app.patch(
      "/api/supervision-sessions/:id",
      { schema: { tags, params: idParams, body: updateSupervisionInput, response: { 200: supervisionSessionSchema } } },
      (req) => updateSupervision(ctx, actorOf(req), req.params.id, req.body),
    );
  };
