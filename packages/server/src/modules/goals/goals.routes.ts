import { createGoalInput, goalListSchema, goalSchema, updateGoalInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { createGoal } from "./create-goal";
import { readGoals } from "./read-goals";
import { updateGoal } from "./update-goal";

const tags = ["goals"];
/** A goal with its 20 steps and 60 reviews at their longest stays well under this. */
const bodyLimit = 200_000;

/** "Mes objectifs" (IMPE manual, chapter 2): SMART goals, small steps, reviews. */
export const goalsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/participants/:id/goals",
      { schema: { tags, params: idParams, response: { 200: goalListSchema } } },
      async (req) => readGoals(ctx, actorOf(req), req.params.id),
    );

    app.post(
      "/api/participants/:id/goals",
      { bodyLimit, schema: { tags, params: idParams, body: createGoalInput, response: { 201: goalSchema } } },
      async (req, reply) => reply.code(201).send(await createGoal(ctx, actorOf(req), req.params.id, req.body)),
    );

    app.patch(
      "/api/goals/:id",
      { bodyLimit, schema: { tags, params: idParams, body: updateGoalInput, response: { 200: goalSchema } } },
      async (req) => updateGoal(ctx, actorOf(req), req.params.id, req.body),
    );
  };
