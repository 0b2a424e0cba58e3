import {
  benefitsComparisonInputSchema,
  benefitsPlanListSchema,
  benefitsPlanSchema,
  compareScenariosResponseSchema,
  type Locale,
  saveBenefitsPlanInput,
  simulateRequestSchema,
  simulateResponseSchema,
} from "@passerelle/domain";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeParticipant } from "../../platform/access";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { recordAudit } from "../../platform/journal";
import { localeFromHeader } from "../../platform/messages";
import { idParams } from "../participants/participants.routes";
import { findBenefitsPlan, listBenefitsPlans } from "./benefits.repository";
import { localizePlan, saveBenefitsPlan } from "./save-benefits-plan";
import { compareBenefits, simulateBenefits } from "./simulate-benefits";

const tags = ["benefits"];

/** The language of the answer's sentences: Accept-Language, else the user's own setting, French by default. */
const localeOf = (req: FastifyRequest): Locale => {
  const header = req.headers["accept-language"];
  return header ? localeFromHeader(header) : (req.actor?.locale ?? "fr");
};

/** Benefits counselling: "what will I earn if I take this job?" (France: AAH and prime d'activité). */
export const benefitsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.post(
      "/api/benefits/simulate",
      { schema: { tags, body: simulateRequestSchema, response: { 200: simulateResponseSchema } } },
      async (req) => simulateBenefits(actorOf(req), req.body, localeOf(req)),
    );

    app.post(
      "/api/benefits/compare",
      { schema: { tags, body: benefitsComparisonInputSchema, response: { 200: compareScenariosResponseSchema } } },
      async (req) => compareBenefits(actorOf(req), req.body, localeOf(req)),
    );

    app.get(
      "/api/participants/:id/benefit-plans",
      { schema: { tags, params: idParams, response: { 200: benefitsPlanListSchema } } },
      async (req) => {
        const actor = actorOf(req);
        await authorizeAuditedRead(ctx, actor, req.params.id, "benefits.read", "benefit_plan");
        return { items: await listBenefitsPlans(db, req.params.id) };
      },
    );

    app.post(
      "/api/participants/:id/benefit-plans",
      { schema: { tags, params: idParams, body: saveBenefitsPlanInput, response: { 201: benefitsPlanSchema } } },
      async (req, reply) => reply.code(201).send(await saveBenefitsPlan(ctx, actorOf(req), req.params.id, req.body, localeOf(req))),
    );

    app.get(
      "/api/participants/:id/benefit-plans/:planId",
      { schema: { tags, params: idParams.extend({ planId: z.uuid() }), response: { 200: benefitsPlanSchema } } },
      async (req) => {
        const actor = actorOf(req);
        const { programId } = await authorizeParticipant(db, actor, req.params.id, "benefits.read");
        const plan = await findBenefitsPlan(db, req.params.id, req.params.planId);
        if (!plan) throw notFound();
        await recordAudit(db, ctx.clock, { actor, action: "read", recordType: "benefit_plan", recordId: plan.id, programId, participantId: req.params.id });
        return localizePlan(plan, localeOf(req));
      },
    );
  };
