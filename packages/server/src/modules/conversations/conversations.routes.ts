import { conversationListSchema, conversationSchema, recordConversationInput, updateConversationInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { readConversations } from "./read-conversations";
import { recordConversation } from "./record-conversation";
import { updateConversationSharing } from "./update-conversation-sharing";

const tags = ["conversations"];
/** A note with every part at its longest stays well under this. */
const bodyLimit = 200_000;

/** Solution-focused conversations (IMPE manual, chapter 3): miracle question, scaling questions, next small step. */
export const conversationsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/conversations",
      { schema: { tags, params: idParams, response: { 200: conversationListSchema } } },
      async (req) => readConversations(ctx, actorOf(req), req.params.id),
    );

    app.post(
      "/api/participants/:id/conversations",
      { bodyLimit, schema: { tags, params: idParams, body: recordConversationInput, response: { 201: conversationSchema } } },
      async (req, reply) => reply.code(201).send(await recordConversation(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.patch(
      "/api/conversations/:id",
      { schema: { tags, params: idParams, body: updateConversationInput, response: { 200: conversationSchema } } },
      async (req) => updateConversationSharing(ctx, actorOf(req), req.params.id, req.body),
    );
  };
