import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../platform/errors";
import { type Writer, writerOf } from "./brainstorm-access";
import { MAX_STREAMS_PER_SESSION, sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { guestWallOf, loadLeaderWall } from "./read-wall";

/**
 * `GET /api/brainstorms/:id/events`: the live wall as server-sent events (ADR 0010). The leader's screen is
 * authenticated by its session cookie, a phone by its bearer token (sent in a header by a fetch-based reader, never in
 * the URL). The first event is the whole wall; then deltas and walls as they happen; a comment line every 15 s.
 * An ended session sends its final wall and closes the stream at once.
 */
export const streamWall = async (svc: BrainstormServices, req: FastifyRequest, reply: FastifyReply, id: string): Promise<void> => {
  const writer: Writer = await writerOf(svc.database.db, req, id);
  if (svc.hub.streamCount(id) >= MAX_STREAMS_PER_SESSION) throw new AppError("rate_limited");
  await svc.hub.exclusive(id, async (room) => {
    const wall = await loadLeaderWall(svc.database.db, svc.clock.now(), id, room.rev);
    const audience = writer.kind === "leader" ? "leader" : "guest";
    const payload = audience === "leader" ? { type: "wall", wall } : { type: "wall", wall: guestWallOf(wall) };
    reply.hijack();
    const res = reply.raw;
    // The security headers set on the reply (helmet) go out with the stream's own.
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      // A reverse proxy (nginx) must pass events through as they come, not buffer them.
      "x-accel-buffering": "no",
    });
    res.write(`retry: 3000\n\n${sseFrame(wall.rev, "wall", payload)}`);
    if (wall.session.status !== "open") {
      res.end();
      return;
    }
    res.socket?.setNoDelay(true);
    svc.hub.subscribe(id, audience, res, new Date(wall.session.expiresAt));
  });
};
