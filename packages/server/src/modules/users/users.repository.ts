import { asc, count, eq, sql } from "drizzle-orm";
import type { Role, UserWithMemberships } from "@passerelle/domain";
import { loginAttempts, memberships, programs, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { newId } from "../../platform/ids";

export type UserRow = typeof users.$inferSelect;

export const countUsers = async (db: Executor): Promise<number> => (await db.select({ n: count() }).from(users))[0].n;

export const findUserByEmail = async (db: Executor, email: string): Promise<UserRow | null> =>
  (await db.select().from(users).where(eq(users.email, email.toLowerCase())))[0] ?? null;

export const findUserById = async (db: Executor, id: string): Promise<UserRow | null> =>
  (await db.select().from(users).where(eq(users.id, id)))[0] ?? null;

export const insertUser = async (db: Executor, values: typeof users.$inferInsert): Promise<void> => {
  await db.insert(users).values(values);
};

export const updateUser = async (db: Executor, id: string, changes: Partial<typeof users.$inferInsert>): Promise<void> => {
  await db.update(users).set(changes).where(eq(users.id, id));
};

export const replaceMemberships = async (
  db: Executor,
  userId: string,
  rows: { programId: string; role: Role; serviceId?: string | null }[],
): Promise<void> => {
  await db.delete(memberships).where(eq(memberships.userId, userId));
  // Only a clinician belongs to a partner service: the column means "sees this service's people".
  if (rows.length > 0)
    await db.insert(memberships).values(rows.map((r) => ({ userId, programId: r.programId, role: r.role, serviceId: r.role === "clinician" ? (r.serviceId ?? null) : null })));
};

/** Every account with its roles, or one account when `userId` is given. */
export const listUsersWithMemberships = async (db: Executor, userId?: string): Promise<UserWithMemberships[]> => {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      isAdmin: users.isAdmin,
      programId: memberships.programId,
      programName: programs.name,
      role: memberships.role,
      serviceId: memberships.serviceId,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(programs, eq(programs.id, memberships.programId))
    .where(userId ? eq(users.id, userId) : undefined)
    .orderBy(asc(users.name), asc(programs.name));
  const byId = new Map<string, UserWithMemberships>();
  for (const r of rows) {
    const user = byId.get(r.id) ?? { id: r.id, email: r.email, name: r.name, locale: r.locale, isAdmin: r.isAdmin, memberships: [] };
    if (r.programId && r.programName && r.role) user.memberships.push({ programId: r.programId, programName: r.programName, role: r.role, serviceId: r.serviceId });
    byId.set(r.id, user);
  }
  return [...byId.values()];
};

export const recordFailedLogin = async (db: Executor, ip: string, at: Date): Promise<void> => {
  await db.insert(loginAttempts).values({ id: newId(), ip, at });
};

export const countRecentFailedLogins = async (db: Executor, ip: string, since: Date): Promise<number> =>
  (
    await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(sql`${loginAttempts.ip} = ${ip} and ${loginAttempts.at} > ${since.toISOString()}::timestamptz`)
  )[0].n;

export const findUserWithMemberships = async (db: Executor, userId: string): Promise<UserWithMemberships | null> =>
  (await listUsersWithMemberships(db, userId))[0] ?? null;
