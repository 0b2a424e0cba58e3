/** One server-sent event: its type (`event:`) and its JSON data. */
export type StreamMessage = { event: string; data: unknown };

export type StreamStatus = "connecting" | "live" | "reconnecting" | "closed";

type Options = {
  url: string;
  /** A phone's token, sent in `Authorization` (never in the URL: ADR 0010); the leader's screen uses its cookie. */
  token?: string;
  onMessage: (message: StreamMessage) => void;
  onStatus: (status: StreamStatus) => void;
  /** An answer that will not get better by retrying (401, 403, 404): the reader stops. */
  onRefused: (status: number) => void;
};

/** Splits what has arrived into complete events; returns what is left for the next chunk. */
export const parseEvents = (buffer: string, emit: (message: StreamMessage) => void): string => {
  const blocks = buffer.replace(/\r\n/g, "\n").split("\n\n");
  const rest = blocks.pop() ?? "";
  for (const block of blocks) {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (data.length === 0) continue;
    try {
      emit({ event, data: JSON.parse(data.join("\n")) as unknown });
    } catch {
      // A malformed event is skipped; the next whole wall puts the screen right.
    }
  }
  return rest;
};

/**
 * Reads the live wall with fetch (EventSource cannot send a header), and reconnects after 1, 2, 4... up to 15 seconds
 * when the connection drops. A stream the server ends on purpose (the session ended) is not reopened: the last event
 * said so and the caller calls `stop`. Returns `stop`.
 */
export const openEventStream = ({ url, token, onMessage, onStatus, onRefused }: Options): (() => void) => {
  const controller = new AbortController();
  let stopped = false;
  let attempt = 0;
  const run = async (): Promise<void> => {
    while (!stopped) {
      onStatus(attempt === 0 ? "connecting" : "reconnecting");
      try {
        const response = await fetch(url, {
          headers: { Accept: "text/event-stream", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          credentials: "same-origin",
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 403 || response.status === 404) {
          stopped = true;
          onRefused(response.status);
          break;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        onStatus("live");
        attempt = 0;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer = parseEvents(buffer + value, onMessage);
        }
      } catch (error) {
        if (stopped || (error instanceof DOMException && error.name === "AbortError")) break;
      }
      if (stopped) break;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(15_000, 1_000 * 2 ** (attempt - 1))));
    }
    onStatus("closed");
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
};
