import { createJobInput, jobListSchema, jobSchema, jobWriteResultSchema, updateJobInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createJob } from "./create-job";
import { listJobs } from "./jobs.repository";
import { readJob } from "./read-jobs";
import { updateJob } from "./update-job";

const tags = ["jobs"];

/** Employment episodes of a participant (IPS principles 3 and 7). */
export const jobsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/participants/:id/jobs", { schema: { tags, params: idParams, response: { 200: jobListSchema } } }, async (req) => {
      await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "job.read", "job");
      const items = await listJobs(ctx.database.db, req.params.id);
      return { items, total: items.length };
    });
    app.post(
      "/api/participants/:id/jobs",
      { schema: { tags, params: idParams, body: createJobInput, response: { 201: jobWriteResultSchema } } },
      async (req, reply) => reply.code(201).send(await createJob(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.get("/api/jobs/:id", { schema: { tags, params: idParams, response: { 200: jobSchema } } }, (req) => readJob(ctx, actorOf(req), req.params.id));
    app.patch("/api/jobs/:id", { schema: { tags, params: idParams, body: updateJobInput, response: { 200: jobWriteResultSchema } } }, (req) =>
      updateJob(ctx, actorOf(req), req.params.id, req.body),
    );
  };
