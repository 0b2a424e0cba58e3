import {
  createFidelityReviewInput,
  fidelityReviewListSchema,
  fidelityReviewSchema,
  fidelitySettingsSchema,
  listFidelityReviewsQuery,
  updateFidelityReviewInput,
  updateFidelitySettingsInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createReview } from "./create-review";
import { readFidelitySettings, saveFidelitySettings } from "./fidelity-settings";
import { listVisibleReviews, readReview } from "./read-reviews";
import { updateReview } from "./update-review";

const tags = ["fidelity"];

/** IPS-25 self-assessments of a program (led by the team lead, read by the team) and the program's scale settings. */
export const fidelityReviewsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/fidelity/reviews", { schema: { tags, querystring: listFidelityReviewsQuery, response: { 200: fidelityReviewListSchema } } }, (req) =>
      listVisibleReviews(ctx, actorOf(req), req.query),
    );
    app.post("/api/fidelity/reviews", { schema: { tags, body: createFidelityReviewInput, response: { 201: fidelityReviewSchema } } }, async (req, reply) =>
      reply.code(201).send(await createReview(ctx, actorOf(req), req.body)),
    );
    app.get("/api/fidelity/reviews/:id", { schema: { tags, params: idParams, response: { 200: fidelityReviewSchema } } }, (req) =>
      readReview(ctx, actorOf(req), req.params.id),
    );
    app.patch(
      "/api/fidelity/reviews/:id",
      { schema: { tags, params: idParams, body: updateFidelityReviewInput, response: { 200: fidelityReviewSchema } } },
      (req) => updateReview(ctx, actorOf(req), req.params.id, req.body),
    );
    app.get("/api/programs/:id/fidelity-settings", { schema: { tags, params: idParams, response: { 200: fidelitySettingsSchema } } }, (req) =>
      readFidelitySettings(ctx, actorOf(req), req.params.id),
    );
    app.put(
      "/api/programs/:id/fidelity-settings",
      { schema: { tags, params: idParams, body: updateFidelitySettingsInput, response: { 200: fidelitySettingsSchema } } },
      (req) => saveFidelitySettings(ctx, actorOf(req), req.params.id, req.body),
    );
  };
