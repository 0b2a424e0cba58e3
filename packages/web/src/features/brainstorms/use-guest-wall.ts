import type { GuestStreamEvent, GuestWall } from "@passerelle/domain";
import { useEffect, useState } from "react";
import { openEventStream, type StreamStatus } from "./event-stream";

export const applyGuestEvent = (wall: GuestWall | null, event: GuestStreamEvent): GuestWall | null => {
  if (event.type === "wall") return event.wall;
  if (!wall || event.rev <= wall.rev) return wall;
  return { ...wall, rev: event.rev, hiddenCount: event.hiddenCount };
};

const isGuestEvent = (data: unknown): data is GuestStreamEvent =>
  typeof data === "object" && data !== null && ["wall", "note.added"].includes((data as { type?: string }).type ?? "");

/** The wall as this phone may see it, live; `refused` when the token no longer opens the session. */
export const useGuestWall = (brainstormId: string | null, token: string | null): { wall: GuestWall | null; status: StreamStatus; refused: boolean } => {
  const [wall, setWall] = useState<GuestWall | null>(null);
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (!brainstormId || !token) return;
    setRefused(false);
    let current: GuestWall | null = null;
    const stop = openEventStream({
      url: `/api/brainstorms/${brainstormId}/events`,
      token,
      onStatus: setStatus,
      onRefused: () => setRefused(true),
      onMessage: ({ data }) => {
        if (!isGuestEvent(data)) return;
        current = applyGuestEvent(current, data);
        setWall(current);
        if (current?.status === "ended") stop();
      },
    });
    return stop;
  }, [brainstormId, token]);
  return { wall, status, refused };
};
