import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type CloseOne, type CloseOneRelation, type FamilyContact, type SharingTopic, closeOneSharing } from "@passerelle/domain";
import { closeOnes, consents, familyContacts, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type CloseOneRow = typeof closeOnes.$inferSelect;
type ConsentCols = { givenOn: string; details: string; scope: string; withdrawnOn: string | null };

const toCloseOne = (row: CloseOneRow, consent: ConsentCols | null): CloseOne => {
  const mayShare = row.mayShare as SharingTopic[];
  // A consent of another person or scope never reaches here (the write rule), but the read does not trust it either.
  const facts = consent && consent.scope === "family" ? { scope: "family" as const, withdrawnOn: consent.withdrawnOn } : null;
  const sharing = closeOneSharing({ consentId: row.consentId, mayShare }, facts);
  return {
    id: row.id,
    participantId: row.participantId,
    name: row.name,
    relation: row.relation as CloseOneRelation,
    phone: row.phone,
    email: row.email,
    consentId: row.consentId,
    consent: facts && consent ? { givenOn: consent.givenOn, details: consent.details, active: consent.withdrawnOn === null } : null,
    mayShare,
    sharing: sharing.state,
    sharedNow: sharing.sharedNow,
    notes: row.notes,
    archived: row.archived,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
};

const consentColumns = { givenOn: consents.givenOn, details: consents.details, scope: consents.scope, withdrawnOn: consents.withdrawnOn };

/** The consent is joined on the person too: a close one can only ever show a consent of their own participant. */
const withConsent = (db: Executor) =>
  db
    .select({ c: closeOnes, consent: consentColumns })
    .from(closeOnes)
    .leftJoin(consents, and(eq(consents.id, closeOnes.consentId), eq(consents.participantId, closeOnes.participantId)));

/** Current close ones first (by name), archived ones after. */
export const listCloseOnes = async (db: Executor, participantId: string): Promise<CloseOne[]> =>
  (await withConsent(db).where(eq(closeOnes.participantId, participantId)).orderBy(asc(closeOnes.archived), asc(closeOnes.name), asc(closeOnes.id))).map((r) => toCloseOne(r.c, r.consent));

export const getCloseOne = async (db: Executor, participantId: string, id: string): Promise<CloseOne | null> => {
  const [row] = await withConsent(db).where(and(eq(closeOnes.id, id), eq(closeOnes.participantId, participantId)));
  return row ? toCloseOne(row.c, row.consent) : null;
};

export const insertCloseOne = async (db: Executor, values: typeof closeOnes.$inferInsert): Promise<void> => {
  await db.insert(closeOnes).values(values);
};

/** Writes only if nobody saved in between; false when the version moved on. */
export const updateCloseOneIfVersion = async (db: Executor, id: string, version: number, changes: Partial<CloseOneRow>, at: Date): Promise<boolean> =>
  (
    await db
      .update(closeOnes)
      .set({ ...changes, updatedAt: at, version: sql`${closeOnes.version} + 1` })
      .where(and(eq(closeOnes.id, id), eq(closeOnes.version, version)))
      .returning({ id: closeOnes.id })
  ).length === 1;

/** A consent of this person (scope and withdrawal), or null when the id is someone else's or does not exist. */
export const findPersonConsent = async (db: Executor, participantId: string, consentId: string) =>
  (
    await db
      .select({ scope: consents.scope, withdrawnOn: consents.withdrawnOn })
      .from(consents)
      .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId)))
  )[0] ?? null;

/** Which of these ids are close ones of this person (archived ones included: a past contact may name them). */
export const closeOneIdsOf = async (db: Executor, participantId: string, ids: string[]): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: closeOnes.id })
    .from(closeOnes)
    .where(and(eq(closeOnes.participantId, participantId), inArray(closeOnes.id, ids)));
  return new Set(rows.map((r) => r.id));
};

export const insertFamilyContact = async (db: Executor, values: typeof familyContacts.$inferInsert): Promise<void> => {
  await db.insert(familyContacts).values(values);
};

const familyContactSelection = { f: familyContacts, authorName: users.name };

const toFamilyContact = ({ f, authorName }: { f: typeof familyContacts.$inferSelect; authorName: string | null }): FamilyContact => ({
  id: f.id,
  participantId: f.participantId,
  kind: f.kind as FamilyContact["kind"],
  date: f.date,
  mode: f.mode as FamilyContact["mode"],
  closeOneIds: f.closeOneIds,
  participantPresent: f.participantPresent,
  notes: f.notes,
  authorName,
  createdAt: f.createdAt.toISOString(),
});

/** Newest first. A person's family contacts are a few a year: no paging. */
export const listFamilyContacts = async (db: Executor, participantId: string): Promise<FamilyContact[]> =>
  (
    await db
      .select(familyContactSelection)
      .from(familyContacts)
      .leftJoin(users, eq(users.id, familyContacts.authorId))
      .where(eq(familyContacts.participantId, participantId))
      .orderBy(desc(familyContacts.date), desc(familyContacts.createdAt))
      .limit(500)
  ).map(toFamilyContact);

export const getFamilyContact = async (db: Executor, id: string): Promise<FamilyContact | null> => {
  const [row] = await db.select(familyContactSelection).from(familyContacts).leftJoin(users, eq(users.id, familyContacts.authorId)).where(eq(familyContacts.id, id));
  return row ? toFamilyContact(row) : null;
};
