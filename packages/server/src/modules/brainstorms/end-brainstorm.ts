import { type LeaderWall, effectiveStatus } from "@passerelle/domain";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { leaderSession } from "./brainstorm-access";
import { sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { countGuests, findBrainstorm, markEnded, noteCounts } from "./brainstorms.repository";
import { guestWallOf, loadLeaderWall } from "./read-wall";

/**
 * Ends the session: the code stops opening it, phones can no longer write, and every screen gets the final wall
 * before its stream closes. The wall stays, to read and export. Ending an ended session changes nothing.
 * `brainstorm.ended` carries counts only.
 */
export const endBrainstorm = async (svc: BrainstormServices, actor: Actor, id: string): Promise<LeaderWall> => {
  const db = svc.database.db;
  const session = await leaderSession(db, actor, id);
  return svc.hub.exclusive(id, async (room) => {
    // Every note accepted before this point is saved (the queue waited for it); from here notes are refused: the next
    // one reads the session again, ended.
    room.intake = null;
    const row = await findBrainstorm(db, id);
    if (row?.status === "open") {
      const now = svc.clock.now();
      // A session that expired unattended ended at its expiry; one ended by hand, now.
      const endedAt = effectiveStatus(row, now) === "open" ? now : row.expiresAt;
      await db.transaction(async (tx) => {
        const counts = await noteCounts(tx, id);
        const guests = await countGuests(tx, id);
        await markEnded(tx, id, endedAt);
        await appendEvent(tx, svc.clock, { type: "brainstorm.ended", actor, programId: session.programId, participantId: null, data: { brainstormId: id, notes: counts.total, guests } });
        await recordAudit(tx, svc.clock, { actor, action: "end", recordType: "brainstorm", recordId: id, programId: session.programId });
      });
    }
    const wall = await loadLeaderWall(db, svc.clock.now(), id, room.rev + 1);
    const rev = svc.hub.publish(id, () => ({}));
    const final = { ...wall, rev };
    svc.hub.close(id, { leader: sseFrame(rev, "wall", { type: "wall", wall: final }), guest: sseFrame(rev, "wall", { type: "wall", wall: guestWallOf(final) }) });
    return final;
  });
};
