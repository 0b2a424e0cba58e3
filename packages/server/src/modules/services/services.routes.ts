import {
  careServicesSchema,
  createReferentInput,
  createServiceInput,
  listServicesQuery,
  serviceListSchema,
  serviceReferentSchema,
  serviceSchema,
  setCareServicesInput,
  updateReferentInput,
  updateServiceInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readCareServices, setCareServices } from "./care-services";
import { createService } from "./create-service";
import { listVisibleServices, readService } from "./read-services";
import { addReferent, updateReferent } from "./referents";
import { updateService } from "./update-service";

const tags = ["services"];

/** The partner services register and each participant's care services (referring service, psychosocial referents). */
export const servicesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/services", { schema: { tags, querystring: listServicesQuery, response: { 200: serviceListSchema } } }, (req) =>
      listVisibleServices(ctx, actorOf(req), req.query),
    );
    app.post("/api/services", { schema: { tags, body: createServiceInput, response: { 201: serviceSchema } } }, async (req, reply) =>
      reply.code(201).send(await createService(ctx, actorOf(req), req.body)),
    );
    app.get("/api/services/:id", { schema: { tags, params: idParams, response: { 200: serviceSchema } } }, (req) =>
      readService(ctx, actorOf(req), req.params.id),
    );
    app.patch("/api/services/:id", { schema: { tags, params: idParams, body: updateServiceInput, response: { 200: serviceSchema } } }, (req) =>
      updateService(ctx, actorOf(req), req.params.id, req.body),
    );
    app.post(
      "/api/services/:id/referents",
      { schema: { tags, params: idParams, body: createReferentInput, response: { 201: serviceReferentSchema } } },
      async (req, reply) => reply.code(201).send(await addReferent(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.patch(
      "/api/services/:id/referents/:referentId",
      { schema: { tags, params: idParams.extend({ referentId: z.uuid() }), body: updateReferentInput, response: { 200: serviceReferentSchema } } },
      (req) => updateReferent(ctx, actorOf(req), req.params.id, req.params.referentId, req.body),
    );
    app.get(
      "/api/participants/:id/care-services",
      { schema: { tags: ["participants"], params: idParams, response: { 200: careServicesSchema } } },
      (req) => readCareServices(ctx, actorOf(req), req.params.id),
    );
    app.put(
      "/api/participants/:id/care-services",
      { schema: { tags: ["participants"], params: idParams, body: setCareServicesInput, response: { 200: careServicesSchema } } },
      (req) => setCareServices(ctx, actorOf(req), req.params.id, req.body),
    );
  };
