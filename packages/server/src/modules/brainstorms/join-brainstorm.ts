import { type BrainstormJoin, canJoin, effectiveStatus, normalizeJoinCode } from "@passerelle/domain";
import { AppError } from "../../platform/errors";
import { sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { countGuests, findOpenByCode, insertGuest } from "./brainstorms.repository";
import { newGuestToken } from "./guest-token";

/**
 * A phone joins with the code on the shared screen, without an account. A wrong, malformed, ended or expired code is
 * one answer (404) and one failure for the client's address; past the limit every attempt from that address is 429
 * for the rest of the minute, even with a right code, so guessing learns nothing. The token is given once; only its
 * hash is kept, with no address and no name.
 */
export const joinBrainstorm = async (svc: BrainstormServices, typedCode: string, ip: string): Promise<BrainstormJoin> => {
  if (svc.joinLimiter.blocked(ip)) throw new AppError("rate_limited");
  const db = svc.database.db;
  const code = normalizeJoinCode(typedCode);
  const row = code ? await findOpenByCode(db, code) : null;
  if (!row || effectiveStatus(row, svc.clock.now()) !== "open") {
    svc.joinLimiter.fail(ip);
    throw new AppError("not_found");
  }
  return svc.hub.exclusive(row.id, async (room) => {
    const guests = await countGuests(db, row.id);
    if (!canJoin(guests)) throw new AppError("unprocessable", { fields: [{ path: "code", message: "brainstorm_full_of_guests" }] });
    const { token, hash } = newGuestToken();
    await insertGuest(db, { tokenHash: hash, brainstormId: row.id, joinedAt: svc.clock.now() });
    room.intake?.guestJoined(hash);
    const guestCount = guests + 1;
    svc.hub.publish(row.id, (rev) => ({ leader: sseFrame(rev, "guests", { type: "guests", rev, guestCount }) }));
    return { token, brainstormId: row.id, topic: row.topic };
  });
};
