import {
  guideChapterParams,
  guideCompletionSchema,
  guideContentSchema,
  guideProgramQuery,
  guideSelfEvaluationListSchema,
  guideSelfEvaluationSchema,
  saveGuideSelfEvaluationInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { readGuideCompletion } from "./read-completion";
import { readGuide } from "./read-guide";
import { readOwnSelfEvaluations } from "./read-own-self-evaluations";
import { saveSelfEvaluation } from "./save-self-evaluation";

const tags = ["guide"];

/** The practice guide for the team (IMPE manual): its text, my self-evaluation grids, and who completed which chapter. */
export const guideRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/guide", { schema: { tags, response: { 200: guideContentSchema } } }, async (req) => readGuide(actorOf(req)));

    app.get(
      "/api/guide/self-evaluations",
      { schema: { tags, querystring: guideProgramQuery, response: { 200: guideSelfEvaluationListSchema } } },
      async (req) => readOwnSelfEvaluations(ctx, actorOf(req), req.query.programId),
    );

    app.put(
      "/api/guide/self-evaluations/:chapter",
      {
        // A grid is a few answers and private notes (10,000 characters at most): 64 KiB is ample.
        bodyLimit: 64 * 1024,
        schema: { tags, params: guideChapterParams, querystring: guideProgramQuery, body: saveGuideSelfEvaluationInput, response: { 200: guideSelfEvaluationSchema } },
      },
      async (req) => saveSelfEvaluation(ctx, actorOf(req), req.query.programId, req.params.chapter, req.body),
    );

    app.get(
      "/api/guide/completion",
      { schema: { tags, querystring: guideProgramQuery, response: { 200: guideCompletionSchema } } },
      async (req) => readGuideCompletion(ctx, actorOf(req), req.query.programId),
    );
  };
