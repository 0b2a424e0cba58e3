import { contactSchema, createContactInput, listOf, pageQuery } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
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
        await authorizeAuditedRead(ctx, actor, req.params.id, "contact.read", "contact");
        return listContacts(db, req.params.id, req.query.limit, req.query.offset);
      },
    );

    app.post(
      "/api/participants/:id/contacts",
      { schema: { tags, params: idParams, body: createContactInput, response: { 201: contactSchema } } },
      async (req, reply) => reply.code(201).send(await logContact(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
