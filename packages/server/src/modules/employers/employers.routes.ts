import {
  createEmployerContactInput,
  createEmployerInput,
  employerContactListSchema,
  employerContactSchema,
  employerDetailSchema,
  employerListSchema,
  employerSchema,
  employerSummaryListSchema,
  listEmployerContactsQuery,
  listEmployersQuery,
  updateEmployerInput,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { sendAnswer } from "../../platform/json-text";
import { recordAudit } from "../../platform/journal";
import { idParams } from "../participants/participants.routes";
import { completeNextStep, nextStepDoneInput } from "./complete-next-step";
import { createEmployer } from "./create-employer";
import { listEmployerContacts } from "./employers.repository";
import { logEmployerContact } from "./log-employer-contact";
import { authorizeEmployer, listVisibleEmployers, readEmployer } from "./read-employers";
import { updateEmployer } from "./update-employer";

const tags = ["employers"];

export const employersRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get(
      "/api/employers",
      {
        schema: {
          tags,
          querystring: listEmployersQuery.extend({ programId: z.uuid().optional() }),
          // Whole records first: a record would also pass as a summary, and lose its other fields on the way out.
          response: { 200: z.union([employerListSchema, employerSummaryListSchema]) },
        },
      },
      async (req, reply) => sendAnswer(reply, await listVisibleEmployers(ctx, actorOf(req), req.query)),
    );
    app.post("/api/employers", { schema: { tags, body: createEmployerInput, response: { 201: employerSchema } } }, async (req, reply) =>
      reply.code(201).send(await createEmployer(ctx, actorOf(req), req.body)),
    );
    app.get("/api/employers/:id", { schema: { tags, params: idParams, response: { 200: employerDetailSchema } } }, (req) =>
      readEmployer(ctx, actorOf(req), req.params.id),
    );
    app.patch(
      "/api/employers/:id",
      { schema: { tags, params: idParams, body: updateEmployerInput, response: { 200: employerSchema } } },
      (req) => updateEmployer(ctx, actorOf(req), req.params.id, req.body),
    );
    app.get(
      "/api/employers/:id/contacts",
      { schema: { tags, params: idParams, querystring: listEmployerContactsQuery, response: { 200: employerContactListSchema } } },
      async (req) => {
        const actor = actorOf(req);
        const programId = await authorizeEmployer(ctx, actor, req.params.id, "employer.read");
        // The log names the people a contact was for: who is looking for work, and where. Its reads are audited.
        await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "employer_contact", recordId: req.params.id, programId });
        return listEmployerContacts(db, programId, req.params.id, req.query.limit, req.query.offset);
      },
    );
    app.post(
      "/api/employers/:id/contacts",
      { schema: { tags, params: idParams, body: createEmployerContactInput, response: { 201: employerContactSchema } } },
      async (req, reply) => reply.code(201).send(await logEmployerContact(ctx, actorOf(req), req.params.id, req.body)),
    );
    app.post(
      "/api/employers/:id/contacts/:contactId/next-step-done",
      { schema: { tags, params: idParams.extend({ contactId: z.uuid() }), body: nextStepDoneInput, response: { 200: employerContactSchema } } },
      (req) => completeNextStep(ctx, actorOf(req), req.params.id, req.params.contactId, req.body),
    );
  };
