import {
  type Locale,
  networkOutcomesQuery,
  networkOutcomesSchema,
  outcomeRecordsQuery,
  outcomeRecordsSchema,
  outcomesExportQuery,
  outcomesQuery,
  outcomesReportSchema,
} from "@passerelle/domain";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { localeFromHeader } from "../../platform/messages";
import { exportOutcomes } from "./export-outcomes";
import { listOutcomeRecords } from "./list-outcome-records";
import { readNetworkOutcomes } from "./read-network-outcomes";
import { readOutcomes } from "./read-outcomes";

const tags = ["outcomes"];

/** The language of the file's words: `lang` (the UI's, for a download link), else Accept-Language, else the account's. */
const localeOf = (req: FastifyRequest, lang: Locale | undefined): Locale =>
  lang ?? (req.actor?.locale && !req.headers["accept-language"] ? req.actor.locale : localeFromHeader(req.headers["accept-language"]));

export const outcomesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/api/outcomes", { schema: { tags, querystring: outcomesQuery, response: { 200: outcomesReportSchema } } }, (req) =>
      readOutcomes(ctx, actorOf(req), req.query),
    );
    app.get("/api/outcomes/records", { schema: { tags, querystring: outcomeRecordsQuery, response: { 200: outcomeRecordsSchema } } }, (req) =>
      listOutcomeRecords(ctx, actorOf(req), req.query),
    );
    app.get(
      "/api/outcomes/export",
      { schema: { tags, querystring: outcomesExportQuery.and(z.object({ lang: z.enum(["fr", "en"]).optional() })) } },
      async (req, reply) => {
        const { lang, ...query } = req.query;
        const file = await exportOutcomes(ctx, actorOf(req), query, localeOf(req, lang));
        return reply
          .header("content-type", file.contentType)
          .header("content-disposition", `attachment; filename="${file.filename}"`)
          .header("cache-control", "no-store")
          .send(file.body);
      },
    );
    app.get("/api/network/outcomes", { schema: { tags, querystring: networkOutcomesQuery, response: { 200: networkOutcomesSchema } } }, (req) =>
      readNetworkOutcomes(ctx, actorOf(req), req.query),
    );
  };
