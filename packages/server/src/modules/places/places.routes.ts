import { communeListSchema, communeSearchQuery } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { searchCommunes } from "../../platform/geo";

const tags = ["places"];

/**
 * The commune picker. Public reference data (INSEE's geographic code), so any signed-in user may search it:
 * openings, employers and career profiles all name communes.
 */
export const placesRoutes =
  (_ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/places/communes", { schema: { tags, querystring: communeSearchQuery, response: { 200: communeListSchema } } }, (req) => {
      actorOf(req);
      return Promise.resolve({ items: searchCommunes(req.query.q, 20) });
    });
  };
