import type { FastifyRequest } from "fastify";
import { AppError } from "./errors";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request protection for cookie-authenticated writes, on top of SameSite=Lax: browsers send
 * Sec-Fetch-Site (and Origin) with every state-changing request; anything not same-origin is refused.
 * Clients that send neither header (scripts, curl, server-to-server) are not browsers and carry no ambient cookie.
 */
export const assertSameOrigin = (req: FastifyRequest): void => {
  if (safeMethods.has(req.method)) return;
  const fetchSite = req.headers["sec-fetch-site"];
  if (typeof fetchSite === "string" && fetchSite !== "same-origin" && fetchSite !== "none") throw new AppError("cross_site_request");
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("cross_site_request");
    }
    // req.host honours X-Forwarded-Host only when the server is configured to trust its proxy.
    if (originHost !== req.host) throw new AppError("cross_site_request");
  } else if (origin === "null") {
    throw new AppError("cross_site_request");
  }
};
