import { createSstPlanInput, recordSstMeasureInput, sstMeasureSchema, sstPlanDetailSchema, sstPlanListSchema, updateSstPlanInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createSstPlan } from "./create-sst-plan";
import { readSstPlan, readSstPlans } from "./read-sst-plans";
import { recordSstMeasure } from "./record-sst-measure";
import { updateSstPlan } from "./update-sst-plan";

const tags = ["sst-plans"];

/**
 * Social Skills Training plans (IMPE manual, chapter 5): practice.read / practice.write; a clinician reads the plans
 * shared with the care team only. Measures are added one by one; the phases are computed on every read.
 */
export const sstRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/participants/:id/sst-plans", { schema: { tags, params: idParams, response: { 200: sstPlanListSchema } } }, (req) =>
      readSstPlans(ctx, actorOf(req), req.params.id),
    );
    app.post(
      "/api/participants/:id/sst-plans",
      { schema: { tags, params: idParams, body: createSstPlanInput, response: { 201: sstPlanDetailSchema } } },
      async (req, reply) => reply.code(201).send(await createSstPlan(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.get("/api/sst-plans/:id", { schema: { tags, params: idParams, response: { 200: sstPlanDetailSchema } } }, (req) =>
      readSstPlan(ctx, actorOf(req), req.params.id),
    );
    app.patch("/api/sst-plans/:id", { schema: { tags, params: idParams, body: updateSstPlanInput, response: { 200: sstPlanDetailSchema } } }, (req) =>
      updateSstPlan(ctx, actorOf(req), req.params.id, req.body),
    );
    app.post(
      "/api/sst-plans/:id/measures",
      { schema: { tags, params: idParams, body: recordSstMeasureInput, response: { 201: sstMeasureSchema } } },
      async (req, reply) => reply.code(201).send(await recordSstMeasure(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
