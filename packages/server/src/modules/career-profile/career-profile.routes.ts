import { careerProfileHistorySchema, careerProfileSchema, saveCareerProfileInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { type AppContext, actorOf } from "../../platform/context";
import { idParams } from "../participants/participants.routes";
import { profileHistory } from "./career-profile.repository";
import { currentProfile, saveCareerProfile } from "./save-career-profile";

const tags = ["career-profile"];

export const careerProfileRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;

    app.get("/api/participants/:id/profile", { schema: { tags, params: idParams, response: { 200: careerProfileSchema } } }, async (req) => {
      const actor = actorOf(req);
      await authorizeAuditedRead(ctx, actor, req.params.id, "profile.read", "career_profile");
      return currentProfile(db, req.params.id);
    });

    app.put(
      "/api/participants/:id/profile",
      { schema: { tags, params: idParams, body: saveCareerProfileInput, response: { 200: careerProfileSchema } } },
      (req) => saveCareerProfile(ctx, actorOf(req), req.params.id, req.body),
    );

    app.get(
      "/api/participants/:id/profile/history",
      { schema: { tags, params: idParams, response: { 200: careerProfileHistorySchema } } },
      async (req) => {
        const actor = actorOf(req);
        await authorizeAuditedRead(ctx, actor, req.params.id, "profile.read", "career_profile", "read_history");
        return { items: await profileHistory(db, req.params.id) };
      },
    );
  };
