import {
  applicationListSchema,
  applicationSchema,
  changeApplicationStatusInput,
  createApplicationInput,
  jobSearchPlanHistorySchema,
  jobSearchPlanSchema,
  saveJobSearchPlanInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { listApplications } from "./applications.repository";
import { changeApplicationStatus } from "./change-application-status";
import { createApplication } from "./create-application";
import { planHistory } from "./job-search-plan.repository";
import { currentPlan, saveJobSearchPlan } from "./save-job-search-plan";

const tags = ["job-search"];

export const jobSearchRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get("/api/participants/:id/job-search-plan", { schema: { tags, params: idParams, response: { 200: jobSearchPlanSchema } } }, async (req) => {
      await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "job.read", "job_search_plan");
      return currentPlan(db, req.params.id);
    });

    app.put(
      "/api/participants/:id/job-search-plan",
      { schema: { tags, params: idParams, body: saveJobSearchPlanInput, response: { 200: jobSearchPlanSchema } } },
      (req) => saveJobSearchPlan(ctx, actorOf(req), req.params.id, req.body),
    );

    app.get(
      "/api/participants/:id/job-search-plan/history",
      { schema: { tags, params: idParams, response: { 200: jobSearchPlanHistorySchema } } },
      async (req) => {
        await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "job.read", "job_search_plan", "read_history");
        const items = await planHistory(db, req.params.id);
        return { items: items.map((v) => ({ participantId: req.params.id, ...v })) };
      },
    );

    app.get("/api/participants/:id/applications", { schema: { tags, params: idParams, response: { 200: applicationListSchema } } }, async (req) => {
      await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "job.read", "application");
      return listApplications(db, req.params.id);
    });

    app.post(
      "/api/participants/:id/applications",
      { schema: { tags, params: idParams, body: createApplicationInput, response: { 201: applicationSchema } } },
      async (req, reply) => reply.code(201).send(await createApplication(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      "/api/applications/:id/status",
      { schema: { tags, params: idParams, body: changeApplicationStatusInput, response: { 200: applicationSchema } } },
      (req) => changeApplicationStatus(ctx, actorOf(req), req.params.id, req.body),
    );
  };
