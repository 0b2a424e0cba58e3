import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import helmet from "helmet";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { benefitsRoutes } from "./modules/benefits/benefits.routes";
import { brainstormsRoutes } from "./modules/brainstorms/brainstorms.routes";
import { careerProfileRoutes } from "./modules/career-profile/career-profile.routes";
import { consentsRoutes } from "./modules/consents/consents.routes";
import { contactsRoutes } from "./modules/contacts/contacts.routes";
import { employerTransferRoutes } from "./modules/employers/employer-transfer.routes";
import { employersRoutes } from "./modules/employers/employers.routes";
import { fidelityReviewsRoutes } from "./modules/fidelity/reviews.routes";
import { fidelityIndicatorsRoutes } from "./modules/fidelity/indicators.routes";
import { followAlongRoutes } from "./modules/follow-along/follow-along.routes";
import { healthRoutes } from "./modules/health/health.routes";
import { matchingRoutes } from "./modules/matching/matching.routes";
import { meetingsRoutes } from "./modules/meetings/meetings.routes";
import { notesRoutes } from "./modules/notes/notes.routes";
import { notificationsRoutes } from "./modules/notifications/notifications.routes";
import { networkRoutes } from "./modules/network/network.routes";
import { openingsRoutes } from "./modules/openings/openings.routes";
import { outcomesRoutes } from "./modules/outcomes/outcomes.routes";
import { jobsRoutes } from "./modules/jobs/jobs.routes";
import { jobSearchRoutes } from "./modules/job-search/job-search.routes";
import { participantsRoutes } from "./modules/participants/participants.routes";
import { placesRoutes } from "./modules/places/places.routes";
import { programsRoutes } from "./modules/programs/programs.routes";
import { referralsRoutes } from "./modules/referrals/referrals.routes";
import { servicesRoutes } from "./modules/services/services.routes";
import { sharedRecordRoutes } from "./modules/shared-record/shared-record.routes";
import { setupRoutes } from "./modules/setup/setup.routes";
import { supervisionRoutes } from "./modules/supervision/supervision.routes";
import { questionnairesRoutes } from "./modules/questionnaires/questionnaires.routes";
import { goalsRoutes } from "./modules/goals/goals.routes";
import { conversationsRoutes } from "./modules/conversations/conversations.routes";
import { guideRoutes } from "./modules/guide/guide.routes";
import { routinesRoutes } from "./modules/routines/routines.routes";
import { sstRoutes } from "./modules/sst/sst.routes";
import { networkMapsRoutes } from "./modules/network-maps/network-maps.routes";
import { timelineRoutes } from "./modules/timeline/timeline.routes";
import { usersRoutes } from "./modules/users/users.routes";
import { worklistRoutes } from "./modules/worklist/worklist.routes";
import { type Clock, systemClock } from "./platform/clock";
import type { AppContext } from "./platform/context";
import { assertSameOrigin } from "./platform/csrf";
import type { Database } from "./platform/db";
import { errorHandler } from "./platform/http-errors";
import { localeFromHeader, translate } from "./platform/messages";
import { logDestination, OneLinePerRequest } from "./platform/request-log";
import { SessionCache } from "./platform/session-cache";
import { SESSION_COOKIE, findSessionUser } from "./platform/sessions";

declare module "fastify" {
  interface FastifyInstance {
    apiRoutes: { method: string; url: string }[];
  }
}

export type AppOptions = {
  database: Database;
  clock?: Clock;
  /** Folder of the built web app; served with an SPA fallback when it exists. */
  webDist?: string | null;
  logger?: boolean;
  trustProxy?: boolean;
  /**
   * Check every response against its zod contract (tests, development). In production the handlers' explicit
   * mappers already build the contract's shape, and re-checking it cost a fifth of the CPU of a list request
   * (bench/RESULTS.md), so responses are serialised directly.
   */
  validateResponses?: boolean;
};

const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));

export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const clock = options.clock ?? systemClock;
  const sessionCache = new SessionCache(clock);
  const ctx: AppContext = { database: options.database, clock, sessionCache };
  const app = Fastify({
    logger: options.logger
      ? {
          level: "info",
          // No personal data in logs: method, route and status only, never bodies, queries or cookies.
          serializers: { req: (req) => ({ method: req.method, url: req.routeOptions?.url ?? "unmatched" }) },
          stream: logDestination(),
        }
      : false,
    logController: new OneLinePerRequest(),
    bodyLimit: 1_000_000,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.validateResponses === false ? () => (data) => JSON.stringify(data) : serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyCookie);
  // Security headers, built once: the Fastify plugin builds helmet's middleware again at every request (parsing the
  // content security policy each time), 4% of the server's CPU on a busy read (bench/RESULTS.md, 2026-11-30).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "https:"],
      },
    },
  });
  app.addHook("onRequest", (req, reply, done) => securityHeaders(req.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)));
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Passerelle API", description: "IPS supported-employment work tool", version: "0.1.0" },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          // A brainstorm phone's anonymous token (ADR 0010): its own session's notes and live stream, nothing else.
          guestToken: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  // The list of API routes, so the access test can prove that every one of them has a rule.
  const apiRoutes: { method: string; url: string }[] = [];
  app.decorate("apiRoutes", apiRoutes);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs") || route.url === "/api/openapi.json") return;
    for (const method of [route.method].flat()) if (method !== "HEAD") apiRoutes.push({ method, url: route.url });
  });

  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    assertSameOrigin(req);
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    let user = sessionCache.get(token);
    if (!user) {
      user = await findSessionUser(ctx.database.db, ctx.clock, token);
      if (user) sessionCache.set(token, user);
    }
    if (user) req.actor = { ...user, ip: req.ip };
  });

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  for (const routes of [
    healthRoutes,
    setupRoutes,
    authRoutes,
    programsRoutes,
    usersRoutes,
    participantsRoutes,
    careerProfileRoutes,
    consentsRoutes,
    contactsRoutes,
    timelineRoutes,
    auditRoutes,
    benefitsRoutes,
    employersRoutes,
    employerTransferRoutes,
    openingsRoutes,
    matchingRoutes,
    placesRoutes,
    jobsRoutes,
    followAlongRoutes,
    jobSearchRoutes,
    worklistRoutes,
    referralsRoutes,
    notesRoutes,
    notificationsRoutes,
    sharedRecordRoutes,
    networkRoutes,
    servicesRoutes,
    meetingsRoutes,
    supervisionRoutes,
    questionnairesRoutes,
    goalsRoutes,
    conversationsRoutes,
    guideRoutes,
    routinesRoutes,
    sstRoutes,
    networkMapsRoutes,
    fidelityReviewsRoutes,
    fidelityIndicatorsRoutes,
    outcomesRoutes,
    brainstormsRoutes,
  ]) {
    await app.register(routes(ctx));
  }

  const webDist = options.webDist === undefined ? defaultWebDist : options.webDist;
  if (webDist && existsSync(webDist)) {
    // wildcard: files are looked up at request time, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webDist, wildcard: true });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith("/api/") || req.method !== "GET") {
        return reply.code(404).send({ error: { code: "not_found", message: translate(localeFromHeader(req.headers["accept-language"]), "not_found") } });
      }
      return reply.type("text/html").sendFile("index.html");
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply.code(404).send({ error: { code: "not_found", message: translate(localeFromHeader(req.headers["accept-language"]), "not_found") } }),
    );
  }
  return app;
};
