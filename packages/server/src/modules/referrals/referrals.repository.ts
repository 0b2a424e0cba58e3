import { type SQL, and, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ListReferralsQuery, OutreachMode, Referral, ReferralDeclineReason, ReferralStatus } from "@passerelle/domain";
import { memberships, referrals, services, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type ReferralRow = typeof referrals.$inferSelect;
/** One outreach attempt as stored in `referrals.outreach`: the author's id, their name is read at display time. */
export type StoredOutreach = { date: string; mode: OutreachMode; note: string; by: string | null };

const referrer = alias(users, "referrer");
const specialist = alias(users, "specialist");
const decider = alias(users, "decider");

const selection = {
  row: referrals,
  serviceName: services.name,
  referrerName: referrer.name,
  specialistName: specialist.name,
  decidedByName: decider.name,
};
type Selected = { row: ReferralRow; serviceName: string | null; referrerName: string | null; specialistName: string | null; decidedByName: string | null };

export const storedOutreach = (row: ReferralRow): StoredOutreach[] => (Array.isArray(row.outreach) ? (row.outreach as StoredOutreach[]) : []);

const baseQuery = (db: Executor) =>
  db
    .select(selection)
    .from(referrals)
    .leftJoin(services, eq(services.id, referrals.serviceId))
    .leftJoin(referrer, eq(referrer.id, referrals.referrerId))
    .leftJoin(specialist, eq(specialist.id, referrals.specialistId))
    .leftJoin(decider, eq(decider.id, referrals.decidedBy));

/** The team's view of each row; the outreach authors' names are read in one query for the whole page. */
const toReferrals = async (db: Executor, rows: Selected[]): Promise<Referral[]> => {
  const authorIds = [...new Set(rows.flatMap((r) => storedOutreach(r.row).map((a) => a.by)).filter((id): id is string => Boolean(id)))];
  const names = new Map(
    authorIds.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds))).map((u) => [u.id, u.name]),
  );
  return rows.map(({ row, serviceName, referrerName, specialistName, decidedByName }) => ({
    view: "team",
    id: row.id,
    programId: row.programId,
    serviceId: row.serviceId,
    serviceName,
    referrerId: row.referrerId,
    referrerName,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    email: row.email,
    reason: row.reason,
    wishInOwnWords: row.wishInOwnWords,
    consentToShare: row.consentToShare,
    consentDate: row.consentDate,
    referredOn: row.referredOn,
    status: row.status as ReferralStatus,
    outreach: storedOutreach(row).map((a) => ({ date: a.date, mode: a.mode, note: a.note, byName: a.by ? (names.get(a.by) ?? null) : null })),
    specialistId: row.specialistId,
    specialistName,
    participantId: row.participantId,
    declineReason: row.declineReason as ReferralDeclineReason | null,
    decidedOn: row.decidedOn,
    decidedByName,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }));
};

export const getReferral = async (db: Executor, id: string): Promise<Referral | null> => {
  const rows = await baseQuery(db).where(eq(referrals.id, id));
  return (await toReferrals(db, rows))[0] ?? null;
};

/** What the access policy needs to know about a referral before anything else is read. */
export const findReferralScope = async (db: Executor, id: string) =>
  (await db.select({ programId: referrals.programId, serviceId: referrals.serviceId, referrerId: referrals.referrerId }).from(referrals).where(eq(referrals.id, id)))[0] ??
  null;

/**
 * Which referrals a user sees, program by program: the whole program for the employment team; for a clinician,
 * those they sent and those of their own service.
 */
export type ReferralScope = { programId: string; whole: true } | { programId: string; whole: false; userId: string; serviceId: string | null };

const scopeCondition = (scopes: ReferralScope[]): SQL | undefined =>
  or(
    ...scopes.map((s) => {
      const inProgram = eq(referrals.programId, s.programId);
      if (s.whole) return inProgram;
      const mine = eq(referrals.referrerId, s.userId);
      return and(inProgram, s.serviceId ? or(mine, eq(referrals.serviceId, s.serviceId)) : mine);
    }),
  );

/** Pending first (they wait for a decision), then the rest, newest referral first. */
export const listReferrals = async (db: Executor, scopes: ReferralScope[], query: ListReferralsQuery): Promise<{ items: Referral[]; total: number }> => {
  if (scopes.length === 0) return { items: [], total: 0 };
  const where = and(scopeCondition(scopes), query.status ? eq(referrals.status, query.status) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    baseQuery(db)
      .where(where)
      .orderBy(sql`(${referrals.status} = 'pending') desc`, desc(referrals.referredOn), desc(referrals.createdAt), desc(referrals.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(referrals).where(where),
  ]);
  return { items: await toReferrals(db, rows), total };
};

export const insertReferral = async (db: Executor, values: typeof referrals.$inferInsert): Promise<void> => {
  await db.insert(referrals).values(values);
};

export const getReferralRow = async (db: Executor, id: string): Promise<ReferralRow | null> =>
  (await db.select().from(referrals).where(eq(referrals.id, id)))[0] ?? null;

/** Writes the change only if nobody saved in between; false when the version moved on. */
export const updateReferralIfVersion = async (
  db: Executor,
  id: string,
  version: number,
  changes: Partial<typeof referrals.$inferInsert>,
  at: Date,
): Promise<boolean> =>
  (
    await db
      .update(referrals)
      .set({ ...changes, updatedAt: at, version: version + 1 })
      .where(and(eq(referrals.id, id), eq(referrals.version, version)))
      .returning({ id: referrals.id })
  ).length === 1;

/** The program's team leads: each is told when a referral arrives. */
export const listTeamLeadIds = async (db: Executor, programId: string): Promise<string[]> =>
  (
    await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.programId, programId), eq(memberships.role, "team_lead")))
  ).map((r) => r.userId);
