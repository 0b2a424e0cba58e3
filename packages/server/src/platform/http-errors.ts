import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "./errors";
import { hasMessage, localeFromHeader, translate } from "./messages";

type FieldError = { path: string; message: string };

const requestLocale = (req: FastifyRequest) => req.actor?.locale && !req.headers["accept-language"] ? req.actor.locale : localeFromHeader(req.headers["accept-language"]);

const translateFields = (req: FastifyRequest, fields: FieldError[]): FieldError[] =>
  fields.map((f) => ({ path: f.path, message: translate(requestLocale(req), f.message) }));

/**
 * Every error leaves as `{ error: { code, message, fields? } }` with a translated message. Input problems are
 * 400 with field paths; nothing the client sends may turn into a 500 (those are logged, without request data).
 */
export const errorHandler = (error: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) => {
  const locale = requestLocale(req);
  if (error instanceof AppError) {
    const body: Record<string, unknown> = {
      error: { code: error.code, message: translate(locale, error.code), ...(error.extra.fields ? { fields: translateFields(req, error.extra.fields) } : {}) },
    };
    if (error.extra.current !== undefined) body.current = error.extra.current;
    return reply.code(error.status).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as FastifyError & { validationContext?: string }).validationContext;
    const fields = error.validation.map((issue) => {
      const key = issue.message && hasMessage(issue.message) ? issue.message : issue.keyword;
      return { path: issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || (context ?? ""), message: key };
    });
    return reply.code(400).send({ error: { code: "validation", message: translate(locale, "validation"), fields: translateFields(req, fields) } });
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return reply.code(413).send({ error: { code: "payload_too_large", message: translate(locale, "payload_too_large") } });
  if (status === 429) return reply.code(429).send({ error: { code: "rate_limited", message: translate(locale, "rate_limited") } });
  if (status >= 400 && status < 500) {
    // Malformed JSON, wrong content type, and the like: the client's mistake, said plainly.
    return reply.code(status === 415 ? 415 : 400).send({ error: { code: "bad_request", message: translate(locale, "bad_request") } });
  }
  req.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, "unexpected error");
  return reply.code(500).send({ error: { code: "internal", message: translate(locale, "internal") } });
};
