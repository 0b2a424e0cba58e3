/** A server-sent events reader over fetch (as the phone page reads the wall): collects events, waits for one. */
export type SseEvent = { id: string | null; event: string; data: unknown };

export type SseReader = {
  status: number;
  events: SseEvent[];
  /** Resolves with the first event (already received or to come) that matches; rejects after `timeoutMs`. */
  waitFor: (match: (e: SseEvent) => boolean, timeoutMs?: number) => Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  closed: Promise<void>;
  close: () => void;
};

export const openSse = async (url: string, headers: Record<string, string> = {}): Promise<SseReader> => {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const pump = async () => {
    if (!res.body || !res.headers.get("content-type")?.startsWith("text/event-stream")) {
      resolveClosed();
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          let id: string | null = null;
          let event = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("id: ")) id = line.slice(4);
            else if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          events.push({ id, event, data: JSON.parse(data.join("\n")) });
          for (const w of [...waiters]) w();
        }
      }
    } catch {
      // aborted by close()
    }
    resolveClosed();
    for (const w of [...waiters]) w();
  };
  void pump();
  return {
    status: res.status,
    events,
    closed,
    close: () => controller.abort(),
    waitFor: (match, timeoutMs = 5_000) =>
      new Promise<SseEvent>((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event in ${timeoutMs} ms; got ${events.map((e) => e.event).join(", ")}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
};
