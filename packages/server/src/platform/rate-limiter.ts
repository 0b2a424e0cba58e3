import type { Clock } from "./clock";

/**
 * Counts failures per key (a client address) in a fixed window, in this process's memory. For guessing that must
 * be slowed down right away (brainstorm join codes: ADR 0010) without a table written on every wrong code.
 * One server process per installation holds the brainstorms, so one counter is the whole truth; the sign-in's own
 * limit stays in the database because sign-in works behind several processes.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { failures: number; resetAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly options: { maxFailures: number; windowMs: number; maxKeys?: number },
  ) {}

  /** Whether this key has used up its failures for the current window. */
  blocked(key: string): boolean {
    const entry = this.windows.get(key);
    if (!entry) return false;
    if (entry.resetAt <= this.clock.now().getTime()) {
      this.windows.delete(key);
      return false;
    }
    return entry.failures >= this.options.maxFailures;
  }

  fail(key: string): void {
    const now = this.clock.now().getTime();
    const entry = this.windows.get(key);
    if (entry && entry.resetAt > now) {
      entry.failures += 1;
      return;
    }
    this.windows.set(key, { failures: 1, resetAt: now + this.options.windowMs });
    if (this.windows.size > (this.options.maxKeys ?? 10_000)) this.prune(now);
  }

  /** Forgets finished windows; if a flood of addresses still fills the map, the oldest entries go first. */
  private prune(now: number): void {
    for (const [key, entry] of this.windows) if (entry.resetAt <= now) this.windows.delete(key);
    const excess = this.windows.size - (this.options.maxKeys ?? 10_000);
    if (excess <= 0) return;
    let removed = 0;
    for (const key of this.windows.keys()) {
      if (removed++ >= excess) break;
      this.windows.delete(key);
    }
  }
}
