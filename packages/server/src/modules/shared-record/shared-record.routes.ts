import { sharedRecordSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readSharedRecord } from "./read-shared-record";

const tags = ["shared-record"];

export const sharedRecordRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/participants/:id/shared-record", { schema: { tags, params: idParams, response: { 200: sharedRecordSchema } } }, (req) =>
      readSharedRecord(ctx, actorOf(req), req.params.id),
    );
  };
