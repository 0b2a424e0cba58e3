import {
  caseloadOverviewSchema,
  createParticipantInput,
  listOf,
  listParticipantsQuery,
  participantSchema,
  participantSummarySchema,
  reassignInput,
  reassignResult,
  updateParticipantInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { caseloadOverview, reassign } from "./caseloads";
import { createParticipant } from "./create-participant";
import { listVisibleParticipants, readParticipant } from "./read-participants";
import { updateParticipant } from "./update-participant";

export const idParams = z.object({ id: z.uuid() });
const tags = ["participants"];

export const participantsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants",
      { schema: { tags, querystring: listParticipantsQuery, response: { 200: listOf(participantSummarySchema) } } },
      (req) => listVisibleParticipants(ctx, actorOf(req), req.query),
    );
    app.post("/api/participants", { schema: { tags, body: createParticipantInput, response: { 201: participantSchema } } }, async (req, reply) =>
      reply.code(201).send(await createParticipant(ctx, actorOf(req), req.body)),
    );
    app.get("/api/participants/:id", { schema: { tags, params: idParams, response: { 200: participantSchema } } }, (req) =>
      readParticipant(ctx, actorOf(req), req.params.id),
    );
    app.patch(
      "/api/participants/:id",
      { schema: { tags, params: idParams, body: updateParticipantInput, response: { 200: participantSchema } } },
      (req) => updateParticipant(ctx, actorOf(req), req.params.id, req.body),
    );
    app.post("/api/participants/reassign", { schema: { tags, body: reassignInput, response: { 200: reassignResult } } }, (req) =>
      reassign(ctx, actorOf(req), req.body),
    );
    app.get(
      "/api/caseloads",
      { schema: { tags: ["caseloads"], querystring: z.object({ programId: z.uuid().optional() }), response: { 200: caseloadOverviewSchema } } },
      (req) => caseloadOverview(ctx, actorOf(req), req.query.programId),
    );
  };
