import type { FastifyRequest } from "fastify";
import type { Clock } from "./clock";
import type { Database } from "./db";
import type { Actor } from "./journal";
import type { SessionCache } from "./session-cache";
import { requireActor } from "./access";

/** What every module receives: the database, the clock, the session cache. Nothing global. */
export type AppContext = { database: Database; clock: Clock; sessionCache?: SessionCache };

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const actorOf = (req: FastifyRequest): Actor => requireActor(req.actor);
