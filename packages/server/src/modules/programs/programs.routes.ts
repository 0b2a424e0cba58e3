import { createProgramInput, memberSchema, programSchema } from "@passerelle/domain";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorizeGlobal, authorizeProgram } from "../../platform/access";
import { type AppContext, actorOf } from "../../platform/context";
import { newId } from "../../platform/ids";
import { recordAudit } from "../../platform/journal";
import { insertProgram, listMembers, listPrograms } from "./programs.repository";

const tags = ["programs"];

export const programsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/programs", { schema: { tags, response: { 200: z.object({ items: z.array(programSchema) }) } } }, async (req) => {
      const actor = actorOf(req);
      return { items: await listPrograms(ctx.database.db, actor.isAdmin ? "all" : actor.memberships.map((m) => m.programId)) };
    });

    app.post("/api/programs", { schema: { tags, body: createProgramInput, response: { 201: programSchema } } }, async (req, reply) => {
      const actor = actorOf(req);
      authorizeGlobal(actor, "program.manage");
      const program = await ctx.database.db.transaction(async (tx) => {
        const created = await insertProgram(tx, { id: newId(), name: req.body.name, country: req.body.country });
        await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "program", recordId: created.id, programId: created.id });
        return created;
      });
      return reply.code(201).send(program);
    });

    app.get(
      "/api/programs/:id/members",
      { schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: z.object({ items: z.array(memberSchema) }) } } },
      async (req) => {
        authorizeProgram(actorOf(req), req.params.id, "participant.list");
        return { items: await listMembers(ctx.database.db, req.params.id) };
      },
    );
  };
