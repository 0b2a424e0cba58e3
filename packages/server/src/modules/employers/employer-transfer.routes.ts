import {
  EMPLOYER_IMPORT_MAX_BYTES,
  type Locale,
  employerImportPreviewSchema,
  employerImportResultSchema,
  listEmployersQuery,
} from "@passerelle/domain";
import type { FastifyError, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppContext, actorOf } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { errorHandler } from "../../platform/http-errors";
import { localeFromHeader } from "../../platform/messages";
import { exportEmployers } from "./export-employers";
import { importEmployerFile, previewEmployerImportFile } from "./import-employers";

const tags = ["employers"];

/** The language of the words in the answer: the UI's (sent as Accept-Language by the web app), else the account's. */
const localeOf = (req: FastifyRequest): Locale =>
  req.actor?.locale && !req.headers["accept-language"] ? req.actor.locale : localeFromHeader(req.headers["accept-language"]);

const fileQuery = z.object({ programId: z.uuid().optional() });
const exportQuery = listEmployersQuery
  .omit({ limit: true, offset: true })
  .extend({ programId: z.uuid().optional(), format: z.enum(["csv", "xlsx"]).default("csv"), lang: z.enum(["fr", "en"]).optional() });

/** RFC 6266: an ASCII fallback and the UTF-8 name (ours are ASCII already; the fallback keeps old clients safe). */
const contentDisposition = (filename: string): string =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/**
 * Import and export of the employer register. The file is the raw request body, not a multipart form: one file,
 * no other field, so nothing is gained from multipart but a dependency and a parser; the browser sends the File
 * object as it is. The format is read from the bytes (a ZIP signature is XLSX, anything textual is CSV), so any
 * content type is accepted: Windows labels .csv files "application/vnd.ms-excel", some browsers send none.
 */
export const employerTransferRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // No upload is read for someone not signed in.
    app.addHook("onRequest", async (req) => {
      actorOf(req);
    });
    // Only in this plugin's scope: the rest of the API keeps its JSON parser and its 1 MB limit.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: EMPLOYER_IMPORT_MAX_BYTES }, (req, body, done) => {
      if ((req.headers["content-type"] ?? "").startsWith("multipart/")) {
        done(Object.assign(new Error("multipart not supported"), { statusCode: 415 }), undefined);
        return;
      }
      done(null, body);
    });
    // A file over the limit is answered with the limit in words, not the generic "too large".
    app.setErrorHandler((error: FastifyError, req, reply) =>
      errorHandler(
        !(error instanceof AppError) && error.statusCode === 413
          ? new AppError("payload_too_large", { fields: [{ path: "file", message: "import_file_too_large" }] })
          : error,
        req,
        reply,
      ),
    );

    app.post(
      "/api/employers/import/preview",
      { schema: { tags, querystring: fileQuery, response: { 200: employerImportPreviewSchema } } },
      (req) => previewEmployerImportFile(ctx, actorOf(req), req.query.programId, req.body, localeOf(req)),
    );
    app.post(
      "/api/employers/import",
      { schema: { tags, querystring: fileQuery, response: { 200: employerImportResultSchema } } },
      (req) => importEmployerFile(ctx, actorOf(req), req.query.programId, req.body, localeOf(req)),
    );
    app.get("/api/employers/export", { schema: { tags, querystring: exportQuery } }, async (req, reply) => {
      const { lang, ...query } = req.query;
      const file = await exportEmployers(ctx, actorOf(req), query, lang ?? localeOf(req));
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("cache-control", "no-store")
        .send(file.body);
    });
  };
