import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE, SESSION_TTL_MS } from "./sessions";

/** httpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, token: string): void => {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.protocol === "https",
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
};

export const clearSessionCookie = (reply: FastifyReply): void => {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
};
