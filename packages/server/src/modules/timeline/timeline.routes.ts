import { timelineQuery, timelineSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { participantTimeline } from "./timeline.repository";

/** The person's journey, built from the domain events of every change. */
export const timelineRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/participants/:id/timeline", { schema: { tags: ["timeline"], params: idParams, querystring: timelineQuery, response: { 200: timelineSchema } } }, async (req) => {
      const actor = actorOf(req);
      await authorizeAuditedRead(ctx, actor, req.params.id, "timeline.read", "timeline");
      // One more than asked tells whether another page exists, without counting the whole history.
      const rows = await participantTimeline(ctx.database.db, req.params.id, req.query.limit + 1, req.query.offset);
      return { items: rows.slice(0, req.query.limit), hasMore: rows.length > req.query.limit };
    });
  };
