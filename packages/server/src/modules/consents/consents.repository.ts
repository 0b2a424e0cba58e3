import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Consent } from "@passerelle/domain";
import { consents, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

const recorder = alias(users, "recorder");
const withdrawer = alias(users, "withdrawer");

export const listConsents = async (db: Executor, participantId: string): Promise<Consent[]> => {
  const rows = await db
    .select({ c: consents, recordedBy: recorder.name, withdrawnBy: withdrawer.name })
    .from(consents)
    .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.participantId, participantId))
    .orderBy(desc(consents.recordedAt));
  return rows.map(({ c, recordedBy, withdrawnBy }) => ({
    id: c.id,
    participantId: c.participantId,
    scope: c.scope as Consent["scope"],
    details: c.details,
    givenOn: c.givenOn,
    recordedBy,
    recordedAt: c.recordedAt.toISOString(),
    withdrawnOn: c.withdrawnOn,
    withdrawnBy,
  }));
};

export const insertConsent = async (db: Executor, values: typeof consents.$inferInsert): Promise<void> => {
  await db.insert(consents).values(values);
};

/** Withdraws a consent still in force; returns false when it does not exist for this person or was already withdrawn. */
export const withdrawConsent = async (
  db: Executor,
  participantId: string,
  consentId: string,
  withdrawnOn: string,
  withdrawnBy: string,
): Promise<boolean> =>
  (
    await db
      .update(consents)
      .set({ withdrawnOn, withdrawnBy })
      .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId), isNull(consents.withdrawnOn)))
      .returning({ id: consents.id })
  ).length === 1;

export const findConsentScope = async (db: Executor, participantId: string, consentId: string) =>
  (
    await db
      .select({ scope: consents.scope, withdrawnOn: consents.withdrawnOn })
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId)))
  )[0] ?? null;
