import { changePasswordInput, loginInput, meSchema, updateMeInput } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type AppContext, actorOf } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../../platform/journal";
import { hashPassword, verifyPassword } from "../../platform/passwords";
import { clearSessionCookie, setSessionCookie } from "../../platform/session-cookie";
import { SESSION_COOKIE, deleteOtherSessions, deleteSession } from "../../platform/sessions";
import { findUserById, updateUser } from "../users/users.repository";
import { login, meOf } from "./login";

const tags = ["auth"];

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post("/api/auth/login", { schema: { tags, security: [], body: loginInput, response: { 200: meSchema } } }, async (req, reply) => {
      const { token, me } = await login(ctx, req.body, req.ip);
      setSessionCookie(req, reply, token);
      return me;
    });

    app.post("/api/auth/logout", { schema: { tags } }, async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        await deleteSession(ctx.database.db, token);
        ctx.sessionCache?.forgetToken(token);
      }
      if (req.actor) await recordAudit(ctx.database.db, ctx.clock, { actor: req.actor, action: "auth.logout", recordType: "user", recordId: req.actor.userId });
      clearSessionCookie(reply);
      return reply.code(204).send();
    });

    app.get("/api/me", { schema: { tags, response: { 200: meSchema } } }, async (req) => {
      const actor = actorOf(req);
      return meOf(ctx, { id: actor.userId, email: actor.email, name: actor.name, locale: actor.locale, isAdmin: actor.isAdmin });
    });

    app.patch("/api/me", { schema: { tags, body: updateMeInput, response: { 200: meSchema } } }, async (req) => {
      const actor = actorOf(req);
      if (req.body.locale || req.body.name) {
        await updateUser(ctx.database.db, actor.userId, req.body);
        ctx.sessionCache?.forgetUser(actor.userId);
      }
      const user = await findUserById(ctx.database.db, actor.userId);
      if (!user) throw new AppError("unauthenticated");
      return meOf(ctx, user);
    });

    app.post("/api/auth/password", { schema: { tags, body: changePasswordInput } }, async (req, reply) => {
      const actor = actorOf(req);
      const user = await findUserById(ctx.database.db, actor.userId);
      if (!user) throw new AppError("unauthenticated");
      if (!(await verifyPassword(user.passwordHash, req.body.currentPassword))) {
        throw new AppError("validation", { fields: [{ path: "currentPassword", message: "wrong_password" }] });
      }
      await updateUser(ctx.database.db, user.id, { passwordHash: await hashPassword(req.body.newPassword) });
      // Other devices signed in with the old password are signed out.
      await deleteOtherSessions(ctx.database.db, user.id, req.cookies[SESSION_COOKIE] ?? "");
      ctx.sessionCache?.forgetUser(user.id);
      await recordAudit(ctx.database.db, ctx.clock, { actor, action: "auth.password_changed", recordType: "user", recordId: user.id });
      return reply.code(204).send();
    });
  };
