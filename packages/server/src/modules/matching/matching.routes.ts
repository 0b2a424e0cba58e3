import { matchesQuery, openingMatchesQuery, openingMatchesSchema, participantMatchesSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { openingMatches } from "./opening-matches";
import { participantMatches } from "./participant-matches";

const tags = ["matching"];

/** Explained matching: preferences lead, the specialist decides. */
export const matchingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/matches",
      { schema: { tags, params: idParams, querystring: matchesQuery, response: { 200: participantMatchesSchema } } },
      (req) => participantMatches(ctx, actorOf(req), req.params.id, req.query),
    );
    app.get(
      "/api/openings/:id/matches",
      { schema: { tags, params: idParams, querystring: openingMatchesQuery, response: { 200: openingMatchesSchema } } },
      (req) => openingMatches(ctx, actorOf(req), req.params.id, req.query),
    );
  };
