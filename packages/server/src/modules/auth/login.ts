import type { Me } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { recordAudit } from "../../platform/journal";
import { decoyHash, verifyPassword } from "../../platform/passwords";
import { createSession, loadMemberships } from "../../platform/sessions";
import { countRecentFailedLogins, findUserByEmail, recordFailedLogin, updateUser, type UserRow } from "../users/users.repository";

/** Consecutive failures before an account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Failed attempts allowed per client address in the window, whatever the accounts tried. */
export const MAX_FAILED_PER_IP = 20;
const IP_WINDOW_MS = 15 * 60 * 1000;

export const meOf = async (ctx: AppContext, user: Pick<UserRow, "id" | "email" | "name" | "locale" | "isAdmin">): Promise<Me> => ({
  user: { id: user.id, email: user.email, name: user.name, locale: user.locale, isAdmin: user.isAdmin },
  memberships: await loadMemberships(ctx.database.db, user.id),
});

export const login = async (ctx: AppContext, input: { email: string; password: string }, ip: string): Promise<{ token: string; me: Me }> => {
  const db = ctx.database.db;
  const now = ctx.clock.now();
  if ((await countRecentFailedLogins(db, ip, new Date(now.getTime() - IP_WINDOW_MS))) >= MAX_FAILED_PER_IP) {
    throw new AppError("rate_limited");
  }
  const user = await findUserByEmail(db, input.email);
  if (!user) {
    await verifyPassword(await decoyHash(), input.password);
    await recordFailedLogin(db, ip, now);
    throw new AppError("invalid_credentials");
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError("locked_out");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailedLogin(db, ip, now);
    const failures = user.failedLogins + 1;
    if (failures >= MAX_FAILED_LOGINS) {
      await updateUser(db, user.id, { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) });
      await recordAudit(db, ctx.clock, { actor: null, action: "auth.locked", recordType: "user", recordId: user.id, ip });
      throw new AppError("locked_out");
    }
    await updateUser(db, user.id, { failedLogins: failures });
    throw new AppError("invalid_credentials");
  }
  await updateUser(db, user.id, { failedLogins: 0, lockedUntil: null });
  const token = await createSession(db, ctx.clock, user.id);
  await recordAudit(db, ctx.clock, { actor: null, action: "auth.login", recordType: "user", recordId: user.id, ip });
  return { token, me: await meOf(ctx, user) };
};
