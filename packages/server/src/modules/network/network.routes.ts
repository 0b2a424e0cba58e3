import {
  closeOneSchema,
  createCloseOneInput,
  createFamilyContactInput,
  familyContactListSchema,
  familyContactSchema,
  networkSchema,
  teamSchema,
  updateCloseOneInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { addCloseOne } from "./add-close-one";
import { logFamilyContact } from "./log-family-contact";
import { listCloseOnes, listFamilyContacts } from "./network.repository";
import { readTeam } from "./read-team";
import { updateCloseOne } from "./update-close-one";

const tags = ["network"];

/** Family and close ones, contacts with them and family meetings, and "team around me". */
export const networkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get("/api/participants/:id/network", { schema: { tags, params: idParams, response: { 200: networkSchema } } }, async (req) => {
      await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "network.read", "close_one");
      return { items: await listCloseOnes(db, req.params.id) };
    });
    app.post(
      "/api/participants/:id/network",
      { schema: { tags, params: idParams, body: createCloseOneInput, response: { 201: closeOneSchema } } },
      async (req, reply) => reply.code(201).send(await addCloseOne(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.patch(
      "/api/participants/:id/network/:closeOneId",
      { schema: { tags, params: idParams.extend({ closeOneId: z.uuid() }), body: updateCloseOneInput, response: { 200: closeOneSchema } } },
      (req) => updateCloseOne(ctx, actorOf(req), req.params.id, req.params.closeOneId, req.body),
    );
    app.get("/api/participants/:id/family-contacts", { schema: { tags, params: idParams, response: { 200: familyContactListSchema } } }, async (req) => {
      await authorizeAuditedRead(ctx, actorOf(req), req.params.id, "network.read", "family_contact");
      return { items: await listFamilyContacts(db, req.params.id) };
    });
    app.post(
      "/api/participants/:id/family-contacts",
      { schema: { tags, params: idParams, body: createFamilyContactInput, response: { 201: familyContactSchema } } },
      async (req, reply) => reply.code(201).send(await logFamilyContact(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.get("/api/participants/:id/team", { schema: { tags, params: idParams, response: { 200: teamSchema } } }, (req) => readTeam(ctx, actorOf(req), req.params.id));
  };
