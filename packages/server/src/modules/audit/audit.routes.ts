import { auditListSchema, auditQuery } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeParticipant } from "../../platform/access";
import { type AppContext, actorOf } from "../../platform/context";
import { participantAccessHistory } from "./audit.repository";

/** Who read or changed a person's record: for an administrator or team lead of the person's program. */
export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/audit", { schema: { tags: ["audit"], querystring: auditQuery, response: { 200: auditListSchema } } }, async (req) => {
      await authorizeParticipant(ctx.database.db, actorOf(req), req.query.participantId, "audit.read");
      return participantAccessHistory(ctx.database.db, req.query.participantId, req.query.limit, req.query.offset);
    });
  };
