import { type GuestWall, type LeaderWall, effectiveStatus, guestView, sortNotes } from "@passerelle/domain";
import type { Executor } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { readTogether } from "../../platform/read-together";
import type { Actor } from "../../platform/journal";
import { leaderSession } from "./brainstorm-access";
import type { BrainstormServices } from "./brainstorm-services";
import { listNotes, sessionFacts, toSession } from "./brainstorms.repository";

/** The whole wall as the leader sees it, at revision `rev`. */
export const loadLeaderWall = async (db: Executor, now: Date, id: string, rev: number): Promise<LeaderWall> => {
  const [facts, notes] = await readTogether(db, () => sessionFacts(db, id), () => listNotes(db, id));
  if (!facts) throw notFound();
  return { session: toSession(facts, effectiveStatus(facts.row, now)), notes: sortNotes(notes), rev };
};

export const guestWallOf = (wall: LeaderWall): GuestWall =>
  guestView({ id: wall.session.id, topic: wall.session.topic, status: wall.session.status }, wall.notes, wall.rev);

/**
 * The shared screen's wall. Not written to the access history: a wall is about a topic, written anonymously by a
 * group, and names no one (the creation and the end of the session are in the journal).
 */
export const readWall = async (svc: BrainstormServices, actor: Actor, id: string): Promise<LeaderWall> => {
  await leaderSession(svc.database.db, actor, id);
  return svc.hub.exclusive(id, (room) => loadLeaderWall(svc.database.db, svc.clock.now(), id, room.rev));
};
