import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Role } from "@passerelle/domain";
import { memberships, programs, sessions, users } from "../db/schema/index";
import type { Clock } from "./clock";
import type { Executor } from "./db";

export const SESSION_COOKIE = "passerelle_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Sessions idle longer than this end: a shared office computer left open does not stay signed in. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const createSession = async (db: Executor, clock: Clock, userId: string): Promise<string> => {
  const token = randomBytes(32).toString("base64url");
  const now = clock.now();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return token;
};

export const deleteSession = async (db: Executor, token: string): Promise<void> => {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
};

export const deleteOtherSessions = async (db: Executor, userId: string, keepToken: string): Promise<void> => {
  const rows = await db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, userId));
  const keep = hashToken(keepToken);
  for (const row of rows) if (row.tokenHash !== keep) await db.delete(sessions).where(eq(sessions.tokenHash, row.tokenHash));
};

export type SessionUser = {
  userId: string;
  name: string;
  email: string;
  locale: "fr" | "en";
  isAdmin: boolean;
  memberships: { programId: string; programName: string; role: Role; serviceId: string | null }[];
};

/**
 * The signed-in user behind a cookie token, or null when the session is unknown, expired or idle too long.
 * One query (a row per membership) because it runs on every request.
 */
export const findSessionUser = async (db: Executor, clock: Clock, token: string): Promise<SessionUser | null> => {
  const now = clock.now();
  const tokenHash = hashToken(token);
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      isAdmin: users.isAdmin,
      lastSeenAt: sessions.lastSeenAt,
      programId: memberships.programId,
      programName: programs.name,
      role: memberships.role,
      serviceId: memberships.serviceId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(programs, eq(programs.id, memberships.programId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .orderBy(programs.name);
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const list: SessionUser["memberships"] = [];
  for (const r of rows) if (r.programId && r.programName && r.role) list.push({ programId: r.programId, programName: r.programName, role: r.role, serviceId: r.serviceId });
  return { userId: row.userId, name: row.name, email: row.email, locale: row.locale, isAdmin: row.isAdmin, memberships: list };
};

export const loadMemberships = async (db: Executor, userId: string) =>
  db
    .select({ programId: memberships.programId, programName: programs.name, role: memberships.role, serviceId: memberships.serviceId })
    .from(memberships)
    .innerJoin(programs, eq(programs.id, memberships.programId))
    .where(eq(memberships.userId, userId))
    .orderBy(programs.name);

export const purgeExpiredSessions = async (db: Executor, clock: Clock): Promise<void> => {
  await db.delete(sessions).where(lt(sessions.expiresAt, clock.now()));
};
