import { questionnaireListSchema, questionnaireSchema, questionnairesSummaryQuery, questionnairesSummarySchema, recordQuestionnaireInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readQuestionnaires } from "./read-questionnaires";
import { recordQuestionnaire } from "./record-questionnaire";
import { summarizeProgramQuestionnaires } from "./summarize-questionnaires";

const tags = ["questionnaires"];

/** Participant-reported outcomes: the WHO-5 well-being index and the satisfaction questionnaire. */
export const questionnairesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/questionnaires",
      { schema: { tags, params: idParams, response: { 200: questionnaireListSchema } } },
      async (req) => readQuestionnaires(ctx, actorOf(req), req.params.id),
    );

    app.post(
      "/api/participants/:id/questionnaires",
      { schema: { tags, params: idParams, body: recordQuestionnaireInput, response: { 201: questionnaireSchema } } },
      async (req, reply) => reply.code(201).send(await recordQuestionnaire(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.get(
      "/api/questionnaires/summary",
      { schema: { tags, querystring: questionnairesSummaryQuery, response: { 200: questionnairesSummarySchema } } },
      async (req) => summarizeProgramQuestionnaires(ctx, actorOf(req), req.query),
    );
  };
