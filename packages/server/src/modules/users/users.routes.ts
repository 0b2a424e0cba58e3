import { type Role, createUserInput, setMembershipsInput, userWithMembershipsSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeGlobal } from "../../platform/access";
import { type AppContext, actorOf } from "../../platform/context";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, recordAudit } from "../../platform/journal";
import { hashPassword } from "../../platform/passwords";
import { listAllProgramIds } from "../programs/programs.repository";
import { findServicePrograms } from "../services/services.repository";
import { findUserByEmail, findUserById, findUserWithMemberships, insertUser, listUsersWithMemberships, replaceMemberships } from "./users.repository";

const tags = ["users"];

const assertProgramsExist = async (ctx: AppContext, memberships: { programId: string; role: Role; serviceId?: string | null }[]) => {
  const known = new Set(await listAllProgramIds(ctx.database.db));
  const unknown = memberships.findIndex((m) => !known.has(m.programId));
  if (unknown >= 0) throw new AppError("validation", { fields: [{ path: `memberships.${unknown}.programId`, message: "invalid_value" }] });
  const seen = new Set<string>();
  memberships.forEach((m, i) => {
    if (seen.has(m.programId)) throw new AppError("validation", { fields: [{ path: `memberships.${i}.programId`, message: "invalid_value" }] });
    seen.add(m.programId);
  });
  // A clinician's service must be one of that program's partner services; no other role belongs to a service.
  const servicePrograms = await findServicePrograms(ctx.database.db, memberships.flatMap((m) => (m.serviceId ? [m.serviceId] : [])));
  memberships.forEach((m, i) => {
    if (m.serviceId && (m.role !== "clinician" || servicePrograms.get(m.serviceId) !== m.programId))
      throw new AppError("validation", { fields: [{ path: `memberships.${i}.serviceId`, message: "invalid_value" }] });
  });
};

/**
 * A program administrator manages roles only in the programs they administer; an installation
 * administrator in every program.
 */
const administeredPrograms = (actor: Actor): Set<string> | "all" =>
  actor.isAdmin ? "all" : new Set(actor.memberships.filter((m) => m.role === "admin").map((m) => m.programId));

const assertAdministers = (actor: Actor, memberships: { programId: string }[]) => {
  const mine = administeredPrograms(actor);
  if (mine !== "all" && memberships.some((m) => !mine.has(m.programId))) throw new AppError("forbidden");
};

/** Accounts are created by an administrator, who gives each a role in one or more programs. */
export const usersRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/users", { schema: { tags, response: { 200: z.object({ items: z.array(userWithMembershipsSchema) }) } } }, async (req) => {
      const actor = actorOf(req);
      authorizeGlobal(actor, "user.manage");
      const mine = administeredPrograms(actor);
      const all = await listUsersWithMemberships(ctx.database.db);
      return { items: mine === "all" ? all : all.filter((u) => u.memberships.some((m) => mine.has(m.programId))) };
    });

    app.post("/api/users", { schema: { tags, body: createUserInput, response: { 201: userWithMembershipsSchema } } }, async (req, reply) => {
      const actor = actorOf(req);
      authorizeGlobal(actor, "user.manage");
      await assertProgramsExist(ctx, req.body.memberships);
      assertAdministers(actor, req.body.memberships);
      if (req.body.isAdmin && !actor.isAdmin) throw new AppError("forbidden");
      if (await findUserByEmail(ctx.database.db, req.body.email)) throw new AppError("email_taken");
      const id = newId();
      const passwordHash = await hashPassword(req.body.password);
      await ctx.database.db.transaction(async (tx) => {
        await insertUser(tx, { id, email: req.body.email, name: req.body.name, passwordHash, isAdmin: req.body.isAdmin });
        await replaceMemberships(tx, id, req.body.memberships);
        await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "user", recordId: id });
      });
      const created = await findUserWithMemberships(ctx.database.db, id);
      if (!created) throw notFound();
      return reply.code(201).send(created);
    });

    app.put(
      "/api/users/:id/memberships",
      { schema: { tags, params: z.object({ id: z.uuid() }), body: setMembershipsInput, response: { 200: userWithMembershipsSchema } } },
      async (req) => {
        const actor = actorOf(req);
        authorizeGlobal(actor, "user.manage");
        if (!(await findUserById(ctx.database.db, req.params.id))) throw notFound();
        await assertProgramsExist(ctx, req.body.memberships);
        assertAdministers(actor, req.body.memberships);
        const mine = administeredPrograms(actor);
        // Roles in programs this administrator does not run are kept as they are.
        const kept =
          mine === "all"
            ? []
            : ((await findUserWithMemberships(ctx.database.db, req.params.id))?.memberships ?? []).filter((m) => !mine.has(m.programId));
        await ctx.database.db.transaction(async (tx) => {
          await replaceMemberships(tx, req.params.id, [...kept, ...req.body.memberships]);
          await recordAudit(tx, ctx.clock, { actor, action: "update_memberships", recordType: "user", recordId: req.params.id });
        });
        ctx.sessionCache?.forgetUser(req.params.id);
        const updated = await findUserWithMemberships(ctx.database.db, req.params.id);
        if (!updated) throw notFound();
        return updated;
      },
    );
  };
