import { createOpeningInput, listOpeningsQuery, openingListSchema, openingSchema, updateOpeningInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createOpening } from "./create-opening";
import { listVisibleOpenings, readOpening } from "./read-openings";
import { updateOpening } from "./update-opening";

const tags = ["openings"];

/** Job openings: job development's findings (admin, team lead, specialist: opening.read / opening.write). */
export const openingsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/openings",
      { schema: { tags, querystring: listOpeningsQuery.extend({ programId: z.uuid().optional() }), response: { 200: openingListSchema } } },
      (req) => listVisibleOpenings(ctx, actorOf(req), req.query),
    );
    app.post("/api/openings", { schema: { tags, body: createOpeningInput, response: { 201: openingSchema } } }, async (req, reply) =>
      reply.code(201).send(await createOpening(ctx, actorOf(req), req.body)),
    );
    app.get("/api/openings/:id", { schema: { tags, params: idParams, response: { 200: openingSchema } } }, (req) =>
      readOpening(ctx, actorOf(req), req.params.id),
    );
    app.patch("/api/openings/:id", { schema: { tags, params: idParams, body: updateOpeningInput, response: { 200: openingSchema } } }, (req) =>
      updateOpening(ctx, actorOf(req), req.params.id, req.body),
    );
  };
