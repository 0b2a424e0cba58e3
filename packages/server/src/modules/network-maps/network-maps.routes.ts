import { networkMapListSchema, networkMapSchema, saveNetworkMapInput, updateNetworkMapSharingInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readNetworkMap, readNetworkMaps } from "./read-network-maps";
import { saveNetworkMap } from "./save-network-map";
import { updateNetworkMapSharing } from "./update-network-map-sharing";

const tags = ["network-maps"];

/**
 * "Mon réseau de soutien" (IMPE manual, chapter 6): snapshots of the person's support network. Read with
 * `practice.read` (a clinician: the shared snapshots only), saved with `practice.write`.
 */
export const networkMapsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/network-maps",
      { schema: { tags, params: idParams, response: { 200: networkMapListSchema } } },
      async (req) => readNetworkMaps(ctx, actorOf(req), req.params.id),
    );

    app.post(
      "/api/participants/:id/network-maps",
      { schema: { tags, params: idParams, body: saveNetworkMapInput, response: { 201: networkMapSchema } } },
      async (req, reply) => reply.code(201).send(await saveNetworkMap(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.get(
      "/api/network-maps/:id",
      { schema: { tags, params: idParams, response: { 200: networkMapSchema } } },
      async (req) => readNetworkMap(ctx, actorOf(req), req.params.id),
    );

    app.patch(
      "/api/network-maps/:id",
      { schema: { tags, params: idParams, body: updateNetworkMapSharingInput, response: { 200: networkMapSchema } } },
      async (req) => updateNetworkMapSharing(ctx, actorOf(req), req.params.id, req.body),
    );
  };
