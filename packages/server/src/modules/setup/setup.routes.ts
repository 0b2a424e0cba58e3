import { sql } from "drizzle-orm";
import { meSchema, setupInput, setupStatus } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { recordAudit } from "../../platform/journal";
import { hashPassword } from "../../platform/passwords";
import { setSessionCookie } from "../../platform/session-cookie";
import { createSession } from "../../platform/sessions";
import { meOf } from "../auth/login";
import { insertProgram } from "../programs/programs.repository";
import { countUsers, findUserById, insertUser, replaceMemberships } from "../users/users.repository";

const tags = ["setup"];

/** First run: with no account yet, create the first program and its administrator, then sign them in. */
export const setupRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/setup", { schema: { tags, security: [], response: { 200: setupStatus } } }, async () => ({
      needed: (await countUsers(ctx.database.db)) === 0,
    }));

    app.post("/api/setup", { schema: { tags, security: [], body: setupInput, response: { 201: meSchema } } }, async (req, reply) => {
      const passwordHash = await hashPassword(req.body.password);
      const userId = newId();
      const token = await ctx.database.db.transaction(async (tx) => {
        // Serialises concurrent setups: only the first one finds zero users.
        await tx.execute(sql`lock table users in exclusive mode`);
        if ((await countUsers(tx)) > 0) throw new AppError("setup_done");
        const program = await insertProgram(tx, { id: newId(), name: req.body.programName, country: req.body.country });
        await insertUser(tx, { id: userId, email: req.body.email, name: req.body.adminName, passwordHash, isAdmin: true });
        await replaceMemberships(tx, userId, [{ programId: program.id, role: "admin" }]);
        await recordAudit(tx, ctx.clock, { actor: null, action: "setup", recordType: "program", recordId: program.id, programId: program.id, ip: req.ip });
        return createSession(tx, ctx.clock, userId);
      });
      setSessionCookie(req, reply, token);
      const user = await findUserById(ctx.database.db, userId);
      if (!user) throw new AppError("not_found");
      return reply.code(201).send(await meOf(ctx, user));
    });
  };
