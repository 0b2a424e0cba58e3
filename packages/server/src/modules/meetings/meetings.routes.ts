import {
  actionItemSchema,
  agendaSchema,
  createActionItemInput,
  createMeetingFlagInput,
  createMeetingInput,
  listMeetingsQuery,
  meetingDetailSchema,
  meetingFlagSchema,
  meetingListSchema,
  updateActionItemInput,
  updateMeetingInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createActionItem, updateActionItem } from "./action-items";
import { createMeeting } from "./create-meeting";
import { flagParticipant } from "./flag-participant";
import { listMeetingsFor } from "./list-meetings";
import { readAgenda } from "./read-agenda";
import { readMeeting } from "./read-meeting";
import { updateMeeting } from "./update-meeting";

const tags = ["meetings"];

/** The weekly integrated meeting: history, minutes, agenda, action items, and flagging a person for the next one. */
export const meetingsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/meetings", { schema: { tags, querystring: listMeetingsQuery, response: { 200: meetingListSchema } } }, (req) =>
      listMeetingsFor(ctx, actorOf(req), req.query),
    );
    app.post("/api/meetings", { schema: { tags, body: createMeetingInput, response: { 201: meetingDetailSchema } } }, async (req, reply) =>
      reply.code(201).send(await createMeeting(ctx, actorOf(req), req.body)),
    );
    app.get("/api/meetings/:id", { schema: { tags, params: idParams, response: { 200: meetingDetailSchema } } }, (req) =>
      readMeeting(ctx, actorOf(req), req.params.id),
    );
    app.patch("/api/meetings/:id", { schema: { tags, params: idParams, body: updateMeetingInput, response: { 200: meetingDetailSchema } } }, (req) =>
      updateMeeting(ctx, actorOf(req), req.params.id, req.body),
    );
    app.get("/api/meetings/:id/agenda", { schema: { tags, params: idParams, response: { 200: agendaSchema } } }, (req) =>
      readAgenda(ctx, actorOf(req), req.params.id),
    );
    app.post(
      "/api/meetings/:id/action-items",
      { schema: { tags, params: idParams, body: createActionItemInput, response: { 201: actionItemSchema } } },
      async (req, reply) => reply.code(201).send(await createActionItem(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.patch("/api/action-items/:id", { schema: { tags, params: idParams, body: updateActionItemInput, response: { 200: actionItemSchema } } }, (req) =>
      updateActionItem(ctx, actorOf(req), req.params.id, req.body),
    );
    app.post(
      "/api/participants/:id/meeting-flags",
      { schema: { tags, params: idParams, body: createMeetingFlagInput, response: { 201: meetingFlagSchema } } },
      async (req, reply) => reply.code(201).send(await flagParticipant(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
