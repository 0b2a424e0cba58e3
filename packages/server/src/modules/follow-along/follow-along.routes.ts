import { logSupportContactInput, saveSupportPlanInput, supportContactEntrySchema, supportContactLogSchema, supportPlanSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { logSupportContact } from "./log-support-contact";
import { readSupportContacts, readSupportPlan } from "./read-follow-along";
import { saveSupportPlan } from "./save-support-plan";

const tags = ["follow-along"];

/** Follow-along supports of a job (IPS principle 7): the plan chosen with the person and the contacts that delivered it. */
export const followAlongRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/jobs/:id/support-plan", { schema: { tags, params: idParams, response: { 200: supportPlanSchema } } }, (req) =>
      readSupportPlan(ctx, actorOf(req), req.params.id),
    );
    app.put("/api/jobs/:id/support-plan", { schema: { tags, params: idParams, body: saveSupportPlanInput, response: { 200: supportPlanSchema } } }, (req) =>
      saveSupportPlan(ctx, actorOf(req), req.params.id, req.body),
    );
    app.get("/api/jobs/:id/support-contacts", { schema: { tags, params: idParams, response: { 200: supportContactLogSchema } } }, (req) =>
      readSupportContacts(ctx, actorOf(req), req.params.id),
    );
    app.post(
      "/api/jobs/:id/support-contacts",
      { schema: { tags, params: idParams, body: logSupportContactInput, response: { 201: supportContactEntrySchema } } },
      async (req, reply) => reply.code(201).send(await logSupportContact(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
