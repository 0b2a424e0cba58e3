import { createHash, randomBytes } from "node:crypto";
import type { FastifyRequest } from "fastify";

/** A phone's token: 32 random bytes, given once; only its SHA-256 is stored (a database copy opens nothing). */
export const newGuestToken = (): { token: string; hash: string } => {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashGuestToken(token) };
};

export const hashGuestToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/**
 * The bearer token of a request, if it sends one. A phone sends it in `Authorization`, never in the address: URLs
 * end up in proxy logs and browser history (ADR 0010). Anything malformed is treated as a wrong token.
 */
export const bearerToken = (req: FastifyRequest): string | null | "malformed" => {
  const header = req.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header);
  return match?.[1] ?? "malformed";
};
