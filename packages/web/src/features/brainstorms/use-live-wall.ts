import type { BrainstormNote, LeaderStreamEvent, LeaderWall } from "@passerelle/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { brainstormKeys } from "./brainstorms-api";
import { openEventStream, type StreamStatus } from "./event-stream";

/** Applies one event of the leader's stream to the wall in the cache. Deltas older than the wall are ignored. */
export const applyLeaderEvent = (wall: LeaderWall | undefined, event: LeaderStreamEvent): LeaderWall | undefined => {
  if (event.type === "wall") return event.wall;
  if (!wall || event.rev <= wall.rev) return wall;
  if (event.type === "guests") return { ...wall, rev: event.rev, session: { ...wall.session, guestCount: event.guestCount } };
  const notes: BrainstormNote[] = wall.notes.some((n) => n.id === event.note.id) ? wall.notes : [...wall.notes, event.note];
  return { ...wall, rev: event.rev, notes, session: { ...wall.session, noteCount: notes.length } };
};

const isLeaderEvent = (data: unknown): data is LeaderStreamEvent =>
  typeof data === "object" && data !== null && ["wall", "note.added", "guests"].includes((data as { type?: string }).type ?? "");

/**
 * Keeps the shared screen's wall live: the stream's events go into the query cache (so the leader's own moves and the
 * phones' notes meet in one place). Stops when the session has ended.
 */
export const useLiveWall = (id: string, enabled: boolean): StreamStatus => {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>("connecting");
  useEffect(() => {
    if (!enabled) return;
    let stop = () => undefined as void;
    stop = openEventStream({
      url: `/api/brainstorms/${id}/events`,
      onStatus: setStatus,
      onRefused: () => setStatus("closed"),
      onMessage: ({ data }) => {
        if (!isLeaderEvent(data)) return;
        const next = queryClient.setQueryData<LeaderWall>(brainstormKeys.wall(id), (current) => applyLeaderEvent(current, data));
        if (next?.session.status === "ended") stop();
      },
    });
    return () => stop();
  }, [id, enabled, queryClient]);
  return status;
};
