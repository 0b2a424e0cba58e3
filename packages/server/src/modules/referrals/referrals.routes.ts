import {
  createReferralInput,
  decideReferralInput,
  listReferralsQuery,
  logOutreachInput,
  referralListSchema,
  referralSchema,
  referralViewSchema,
} from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createReferral } from "./create-referral";
import { decideReferral } from "./decide-referral";
import { logOutreach } from "./log-outreach";
import { listVisibleReferrals, readReferral } from "./read-referrals";

const tags = ["referrals"];

/** Referrals from the care team (orientations): sent by clinicians, decided by the team lead, zero exclusion. */
export const referralsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/referrals", { schema: { tags, querystring: listReferralsQuery, response: { 200: referralListSchema } } }, (req) =>
      listVisibleReferrals(ctx, actorOf(req), req.query),
    );
    app.post("/api/referrals", { schema: { tags, body: createReferralInput, response: { 201: referralViewSchema } } }, async (req, reply) =>
      reply.code(201).send(await createReferral(ctx, actorOf(req), req.body)),
    );
    app.get("/api/referrals/:id", { schema: { tags, params: idParams, response: { 200: referralViewSchema } } }, (req) =>
      readReferral(ctx, actorOf(req), req.params.id),
    );
    app.patch("/api/referrals/:id", { schema: { tags, params: idParams, body: decideReferralInput, response: { 200: referralSchema } } }, (req) =>
      decideReferral(ctx, actorOf(req), req.params.id, req.body),
    );
    app.post(
      "/api/referrals/:id/outreach",
      { schema: { tags, params: idParams, body: logOutreachInput, response: { 201: referralSchema } } },
      async (req, reply) => reply.code(201).send(await logOutreach(ctx, actorOf(req), req.params.id, req.body)),
    );
  };
