import { type FastifyReply, type FastifyRequest, LogController } from "fastify";
import pino from "pino";

/**
 * One line per request, when it is answered, with its method, route, status and time, instead of Fastify's two
 * (received, then answered). Half the lines, for the same facts: request logging was 5% of the server's CPU on a
 * busy read (bench/RESULTS.md, 2026-11-30). The other lines (errors, streams cut short) are Fastify's.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, "request errored");
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, "request completed");
  }
}

/**
 * Standard output, written in batches off the event loop: lines wait until 4 KB of them (about 15 requests) or a
 * second has gone by, then go out in one write, in the order they were logged. A write is a costly system call on
 * the machines we measure on: one per line was 7% of the server's CPU on a busy read (bench/RESULTS.md,
 * 2026-11-30). pino writes what is left when the process exits.
 */
export const logDestination = () => {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), 1000).unref();
  return destination;
};
