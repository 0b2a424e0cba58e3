import { notificationListSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { idParams } from "../participants/participants.routes";
import { markAllNotificationsRead, markNotificationRead } from "./notifications.repository";
import { listNotifications } from "./read-notifications";

const tags = ["notifications"];

/** Every signed-in user has their own notifications: no permission, but only ever their own (someone else's is 404). */
export const notificationsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get("/api/notifications", { schema: { tags, response: { 200: notificationListSchema } } }, (req) => listNotifications(ctx, actorOf(req)));
    app.post("/api/notifications/read-all", { schema: { tags } }, async (req, reply) => {
      await markAllNotificationsRead(db, actorOf(req).userId, ctx.clock.now());
      return reply.code(204).send();
    });
    app.post("/api/notifications/:id/read", { schema: { tags, params: idParams } }, async (req, reply) => {
      if (!(await markNotificationRead(db, actorOf(req).userId, req.params.id, ctx.clock.now()))) throw notFound();
      return reply.code(204).send();
    });
  };
