import { contactSchema, createContactInput, listOf, pageQuery } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeParticipant } from "../../platform/access";
import { type AppContext, actorOf } from "../../platform/context";
import { recordAudit } from "../../platform/journal";
import { idParams } from "../participants/participants.routes";
import { listContacts } from "./contacts.repository";
import { logContact } from "./log-contact";

const tags = ["contacts"];

export const contactsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get(
      "/api/participants/:id/contacts",
      { schema: { tags, params: idParams, querystring: z.object(pageQuery), response: { 200: listOf(contactSchema) } } },
      async (req) => {
        const actor = actorOf(req);
        const { programId } = await authorizeParticipant(db, actor, req.params.id, "contact.read");
        await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "contact", recordId: req.params.id, programId, participantId: req.params.id });
        return listContacts(db, req.params.id, req.query.limit, req.query.offset);
      },
    );

    app.post(
      "/api/participants/:id/contacts",
      { schema: { tags, params: idParams, body: createContactInput, response: { 201: contactSchema } } },
      async (req, reply) => reply.code(201).send(await logContact(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
