import type { FastifyReply } from "fastify";

/**
 * An answer PostgreSQL already wrote as JSON, in the route's contract shape (`json_build_object(...)::text`). It is
 * sent as it came: parsing it into objects only to serialise them again was a third of the server's work on a
 * busy read (the employer search, bench/RESULTS.md 2026-11-30). The route's contract is then proved by its tests,
 * which parse these answers with the contract's schema, not by the response serializer.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/** Sends `answer`: JSON text as is, anything else through the route's serializer. */
export const sendAnswer = <T>(reply: FastifyReply, answer: JsonText | T): FastifyReply | T =>
  answer instanceof JsonText ? reply.type("application/json; charset=utf-8").send(answer.text) : answer;
