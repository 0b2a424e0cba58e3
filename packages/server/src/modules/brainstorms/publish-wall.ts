import type { LeaderWall } from "@passerelle/domain";
import { sseFrame } from "./brainstorm-hub";
import type { BrainstormServices } from "./brainstorm-services";
import { guestWallOf, loadLeaderWall } from "./read-wall";

/** Reads the wall and sends it to every screen, each audience its own view. Call inside the session's queue. */
export const publishWall = async (svc: BrainstormServices, id: string): Promise<LeaderWall> => {
  const wall = await loadLeaderWall(svc.database.db, svc.clock.now(), id, svc.hub.rev(id) + 1);
  svc.hub.publish(id, (rev) => ({ leader: sseFrame(rev, "wall", { type: "wall", wall: { ...wall, rev } }), guest: sseFrame(rev, "wall", { type: "wall", wall: guestWallOf({ ...wall, rev }) }) }));
  return wall;
};
