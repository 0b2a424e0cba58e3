import type { FastifyRequest } from "fastify";
import { authorizeProgram } from "../../platform/access";
import { actorOf } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { type BrainstormRow, findBrainstorm, findGuest } from "./brainstorms.repository";
import { bearerToken, hashGuestToken } from "./guest-token";

/** A session the actor may lead: any member of its program with brainstorm.lead (a colleague can take over the screen). */
export const leaderSession = async (db: Executor, actor: Actor, id: string): Promise<BrainstormRow> => {
  const row = await findBrainstorm(db, id);
  if (!row) throw notFound();
  authorizeProgram(actor, row.programId, "brainstorm.lead");
  return row;
};

export type Writer = { kind: "leader"; actor: Actor; row: BrainstormRow } | { kind: "guest"; tokenHash: string; brainstormId: string };

/**
 * Who writes on (or watches) a wall: a phone by its bearer token, which opens its own session and nothing else
 * (another session answers 404, as if it did not exist; every other route ignores the token: 401), or a signed-in
 * leader by the session cookie, whose writes the CSRF rule protects. A request with a token is a phone's, whatever
 * cookie the browser also holds. `knownGuest`: whether the hash is one of the session's phones, as far as this
 * process already knows (false sends it to the database).
 */
export const writerOf = async (db: Executor, req: FastifyRequest, id: string, knownGuest?: (tokenHash: string) => boolean): Promise<Writer> => {
  const token = bearerToken(req);
  if (token === null) {
    const actor = actorOf(req);
    return { kind: "leader", actor, row: await leaderSession(db, actor, id) };
  }
  if (token === "malformed") throw new AppError("unauthenticated");
  const tokenHash = hashGuestToken(token);
  // A phone the live session already knows (`note-intake.ts` holds its phones' hashes): no lookup for each note.
  if (knownGuest?.(tokenHash)) return { kind: "guest", tokenHash, brainstormId: id };
  const guest = await findGuest(db, tokenHash);
  if (!guest) throw new AppError("unauthenticated");
  if (guest.brainstormId !== id) throw notFound();
  return { kind: "guest", tokenHash, brainstormId: id };
};
