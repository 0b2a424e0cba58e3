import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../platform/context";

/** Public: says the server is up and its database answers (one trivial query). */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      { schema: { tags: ["health"], security: [], response: { 200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }) } } },
      async () => {
        await ctx.database.db.execute(sql`select 1`);
        return { status: "ok" as const, database: ctx.database.engine };
      },
    );
  };
