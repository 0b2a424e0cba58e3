import {
  programWorklistSettingsSchema,
  snoozeWorklistItemInput,
  updateWorklistSettingsInput,
  worklistQuery,
  worklistResponseSchema,
  worklistSnoozeSchema,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readWorklist } from "./read-worklist";
import { snoozeItem, unsnoozeItem } from "./snooze-item";
import { readWorklistSettings, saveWorklistSettings } from "./worklist-settings";

const tags = ["worklist"];

export const worklistRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/worklist",
      { schema: { tags, querystring: worklistQuery.extend({ programId: z.uuid().optional() }), response: { 200: worklistResponseSchema } } },
      (req) => readWorklist(ctx, actorOf(req), req.query),
    );
    app.post("/api/worklist/snoozes", { schema: { tags, body: snoozeWorklistItemInput, response: { 201: worklistSnoozeSchema } } }, async (req, reply) =>
      reply.code(201).send(await snoozeItem(ctx, actorOf(req), req.body)),
    );
    app.delete("/api/worklist/snoozes/:id", { schema: { tags, params: idParams } }, async (req, reply) => {
      await unsnoozeItem(ctx, actorOf(req), req.params.id);
      return reply.code(204).send();
    });
    app.get(
      "/api/programs/:id/worklist-settings",
      { schema: { tags, params: idParams, response: { 200: programWorklistSettingsSchema } } },
      (req) => readWorklistSettings(ctx, actorOf(req), req.params.id),
    );
    app.put(
      "/api/programs/:id/worklist-settings",
      { schema: { tags, params: idParams, body: updateWorklistSettingsInput, response: { 200: programWorklistSettingsSchema } } },
      (req) => saveWorklistSettings(ctx, actorOf(req), req.params.id, req.body),
    );
  };
