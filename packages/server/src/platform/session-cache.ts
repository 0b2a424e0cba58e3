import { createHash } from "node:crypto";
import type { Clock } from "./clock";
import type { SessionUser } from "./sessions";

/** How long a resolved session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Every request needs its user and memberships; most come in bursts from the same browser. This process
 * keeps a resolved session for 5 s. Sign-out, password and role changes made through this process take effect
 * at once (they forget the entries); made through another app server, within 5 s at most.
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser; until: number }>();
  constructor(private readonly clock: Clock) {}

  private static key(token: string): string {
    return createHash("sha256").update(token).digest("base64url");
  }

  get(token: string): SessionUser | null {
    const key = SessionCache.key(token);
    const hit = this.entries.get(key);
    if (!hit) return null;
    if (hit.until <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return null;
    }
    return hit.user;
  }

  set(token: string, user: SessionUser): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(SessionCache.key(token), { user, until: this.clock.now().getTime() + SESSION_CACHE_MS });
  }

  forgetToken(token: string): void {
    this.entries.delete(SessionCache.key(token));
  }

  forgetUser(userId: string): void {
    for (const [key, entry] of this.entries) if (entry.user.userId === userId) this.entries.delete(key);
  }
}
