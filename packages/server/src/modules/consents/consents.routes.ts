import { consentSchema, recordConsentInput, withdrawConsentInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { listConsents } from "./consents.repository";
import { recordConsent, withdrawConsentUseCase } from "./record-consent";

const tags = ["consents"];

/** Consent to share: dated, signed by who recorded it, withdrawable. */
export const consentsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get("/api/participants/:id/consents", { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(consentSchema) }) } } }, async (req) => {
      const actor = actorOf(req);
      await authorizeAuditedRead(ctx, actor, req.params.id, "consent.read", "consent");
      return { items: await listConsents(db, req.params.id) };
    });

    app.post(
      "/api/participants/:id/consents",
      { schema: { tags, params: idParams, body: recordConsentInput, response: { 201: consentSchema } } },
      async (req, reply) => reply.code(201).send(await recordConsent(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      "/api/participants/:id/consents/:consentId/withdraw",
      { schema: { tags, params: idParams.extend({ consentId: z.uuid() }), body: withdrawConsentInput, response: { 200: consentSchema } } },
      (req) => withdrawConsentUseCase(ctx, actorOf(req), req.params.id, req.params.consentId, req.body.withdrawnOn),
    );
  };
