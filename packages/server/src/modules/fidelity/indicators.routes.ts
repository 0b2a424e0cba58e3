import { fidelityIndicatorsQuery, fidelityIndicatorsResponseSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { readFidelityIndicators } from "./indicators-read";

const tags = ["fidelity"];

/** The fidelity indicators computed from the records: what a review's suggested scores and evidence come from. */
export const fidelityIndicatorsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/fidelity/indicators",
      { schema: { tags, querystring: fidelityIndicatorsQuery, response: { 200: fidelityIndicatorsResponseSchema } } },
      (req) => readFidelityIndicators(ctx, actorOf(req), req.query),
    );
  };
