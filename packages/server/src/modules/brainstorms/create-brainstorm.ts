import { type BrainstormSession, brainstormExpiry, createBrainstormInput, generateJoinCode } from "@passerelle/domain";
import type { z } from "zod";
import { authorizeProgram } from "../../platform/access";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, appendEvents, recordAudit } from "../../platform/journal";
import type { BrainstormServices } from "./brainstorm-services";
import { endExpired, findOpenByCode, insertBrainstorm, sessionFacts, toSession } from "./brainstorms.repository";

const isUniqueViolation = (error: unknown): boolean => {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
};

/**
 * Opens a session: a topic and a fresh join code, valid for `sessionHours`. Sessions left open past their expiry are
 * ended first, so their codes are free again. The program's timeline gets `brainstorm.started` with the session's id
 * only: the topic is the group's words.
 */
export const createBrainstorm = async (svc: BrainstormServices, actor: Actor, input: z.infer<typeof createBrainstormInput>): Promise<BrainstormSession> => {
  const db = svc.database.db;
  authorizeProgram(actor, input.programId, "brainstorm.lead");
  const now = svc.clock.now();
  const id = newId();
  for (let attempt = 0; ; attempt++) {
    const joinCode = generateJoinCode(svc.randomInt);
    try {
      await db.transaction(async (tx) => {
        const expired = await endExpired(tx, now);
        await appendEvents(
          tx,
          svc.clock,
          expired.map((s) => ({ type: "brainstorm.ended" as const, actor: null, programId: s.programId, participantId: null, data: { brainstormId: s.id, expired: true } })),
        );
        if (await findOpenByCode(tx, joinCode)) throw new AppError("conflict");
        await insertBrainstorm(tx, { id, programId: input.programId, leaderId: actor.userId, topic: input.topic, joinCode, status: "open", createdAt: now, expiresAt: brainstormExpiry(now) });
        await appendEvent(tx, svc.clock, { type: "brainstorm.started", actor, programId: input.programId, participantId: null, data: { brainstormId: id } });
        await recordAudit(tx, svc.clock, { actor, action: "create", recordType: "brainstorm", recordId: id, programId: input.programId });
      });
      break;
    } catch (error) {
      // Two open sessions never share a code (unique index); a collision among 729 million codes only means: draw again.
      const collision = (error instanceof AppError && error.code === "conflict") || isUniqueViolation(error);
      if (!collision || attempt >= 4) throw error;
    }
  }
  const facts = await sessionFacts(db, id);
  if (!facts) throw notFound();
  return toSession(facts, "open");
};
