import { type SQL, and, asc, count, desc, eq, ilike, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ListParticipantsQuery, Participant, ParticipantScope, ParticipantSummary } from "@passerelle/domain";
import { consents, participantReferents, participants, serviceReferents, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { openEpisode } from "./episodes.repository";

export type ParticipantRow = typeof participants.$inferSelect;

const specialist = alias(users, "specialist");

// Written out in full: inside a sub-select drizzle may print the outer column unqualified, which would bind to c.
export const careTeamConsentExists = sql<boolean>`exists (select 1 from ${consents} c where c.participant_id = "participants"."id" and c.scope = 'care_team' and c.withdrawn_on is null)`;

const selection = {
  row: participants,
  specialistName: specialist.name,
};

const toParticipant = (r: { row: ParticipantRow; specialistName: string | null }): Participant => ({
  id: r.row.id,
  programId: r.row.programId,
  firstName: r.row.firstName,
  lastName: r.row.lastName,
  referralDate: r.row.referralDate,
  referralSource: r.row.referralSource as Participant["referralSource"],
  referringService: r.row.referringService,
  referentName: r.row.referentName,
  referringServiceId: r.row.referringServiceId,
  specialistId: r.row.specialistId,
  specialistName: r.specialistName,
  peerSupporterId: r.row.peerSupporterId,
  status: r.row.status as Participant["status"],
  closureReason: r.row.closureReason as Participant["closureReason"],
  closureNote: r.row.closureNote,
  lastContactDate: r.row.lastContactDate,
  createdAt: r.row.createdAt.toISOString(),
  updatedAt: r.row.updatedAt.toISOString(),
  version: r.row.version,
});

/** Lower case without accents, so "eluard" finds "Éluard". */
export const normalizeForSearch = (text: string): string => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();

/** Both name orders, so "martin camille" and "camille martin" both match. */
export const searchNameOf = (firstName: string, lastName: string): string =>
  normalizeForSearch(`${firstName} ${lastName} ${lastName} ${firstName}`);

/**
 * The partner services a person is followed by: the one that referred them, and those of their psychosocial
 * referents. A clinician sees the person only through one of these (and only with care-team consent).
 */
export const referentServiceIds = sql<string[]>`array(select r.service_id from ${participantReferents} pr join ${serviceReferents} r on r.id = pr.referent_id where pr.participant_id = "participants"."id")`;

const followedByService = (serviceId: string): SQL =>
  sql`(${participants.referringServiceId} = ${serviceId} or exists (select 1 from ${participantReferents} pr join ${serviceReferents} r on r.id = pr.referent_id where pr.participant_id = "participants"."id" and r.service_id = ${serviceId}))`;

/** What the access policy reads of a person (`authorizeScope`). */
export type ParticipantScopeFacts = { programId: string; peerSupporterId: string | null; careTeamConsent: boolean; serviceIds: Set<string> };

/** The policy's facts from the columns above, as `findParticipantScope` selects them (a read of another shape may select them too). */
export const toParticipantScope = (row: {
  programId: string;
  peerSupporterId: string | null;
  careTeamConsent: unknown;
  referringServiceId: string | null;
  referentServiceIds: string[] | null;
}): ParticipantScopeFacts => {
  const serviceIds = new Set(row.referentServiceIds ?? []);
  if (row.referringServiceId) serviceIds.add(row.referringServiceId);
  return { programId: row.programId, peerSupporterId: row.peerSupporterId, careTeamConsent: Boolean(row.careTeamConsent), serviceIds };
};

export const findParticipantScope = async (db: Executor, id: string): Promise<ParticipantScopeFacts | null> => {
  const [row] = await db
    .select({
      programId: participants.programId,
      peerSupporterId: participants.peerSupporterId,
      careTeamConsent: careTeamConsentExists,
      referringServiceId: participants.referringServiceId,
      referentServiceIds: referentServiceIds,
    })
    .from(participants)
    .where(eq(participants.id, id));
  return row ? toParticipantScope(row) : null;
};

export const getParticipant = async (db: Executor, id: string): Promise<Participant | null> => {
  const [row] = await db
    .select(selection)
    .from(participants)
    .leftJoin(specialist, eq(specialist.id, participants.specialistId))
    .where(eq(participants.id, id));
  return row ? toParticipant(row) : null;
};

/** Which participants a user sees, program by program, according to the role's scope. */
export type VisibleScope = { programId: string; scope: ParticipantScope; userId: string; serviceId: string | null };

const scopeCondition = (scopes: VisibleScope[]): SQL | undefined => {
  const parts = scopes.map((s) => {
    const inProgram = eq(participants.programId, s.programId);
    // A clinician with no service sees nobody: care-team consent is given to the person's own services.
    if (s.scope === "care_team_consent") return s.serviceId ? and(inProgram, careTeamConsentExists, followedByService(s.serviceId)) : sql`false`;
    if (s.scope === "assigned_peer") return and(inProgram, eq(participants.peerSupporterId, s.userId));
    if (s.scope === "none") return sql`false`;
    return inProgram;
  });
  return parts.length === 1 ? parts[0] : or(...parts);
};

const summarySelection = {
  id: participants.id,
  programId: participants.programId,
  firstName: participants.firstName,
  lastName: participants.lastName,
  referralDate: participants.referralDate,
  specialistId: participants.specialistId,
  specialistName: specialist.name,
  peerSupporterId: participants.peerSupporterId,
  status: participants.status,
  lastContactDate: participants.lastContactDate,
  version: participants.version,
};

export const listParticipants = async (
  db: Executor,
  scopes: VisibleScope[],
  query: ListParticipantsQuery,
): Promise<{ items: ParticipantSummary[]; total: number }> => {
  if (scopes.length === 0) return { items: [], total: 0 };
  const conditions: (SQL | undefined)[] = [scopeCondition(scopes)];
  if (query.status === "active") conditions.push(ne(participants.status, "closed"));
  else if (query.status) conditions.push(eq(participants.status, query.status));
  if (query.specialistId === "none") conditions.push(isNull(participants.specialistId));
  else if (query.specialistId) conditions.push(eq(participants.specialistId, query.specialistId));
  if (query.q) conditions.push(ilike(participants.searchName, `%${normalizeForSearch(query.q).replace(/[%_\\]/g, "\\$&")}%`));
  if (query.noContactSince) {
    conditions.push(or(isNull(participants.lastContactDate), lt(participants.lastContactDate, query.noContactSince)));
  }
  const where = and(...conditions);
  const [items, [{ total }]] = await Promise.all([
    db
      .select(summarySelection)
      .from(participants)
      .leftJoin(specialist, eq(specialist.id, participants.specialistId))
      .where(where)
      .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(participants).where(where),
  ]);
  return { items: items as ParticipantSummary[], total };
};

/** A new record also opens its first caseload episode, on the referral date. */
export const insertParticipant = async (db: Executor, values: typeof participants.$inferInsert): Promise<void> => {
  await db.insert(participants).values(values);
  await openEpisode(db, { participantId: values.id, programId: values.programId, openedOn: values.referralDate });
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateParticipantIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof participants.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(participants)
    .set({ ...changes, updatedAt: now, version: sql`${participants.version} + 1` })
    .where(and(eq(participants.id, id), eq(participants.version, expectedVersion)))
    .returning({ id: participants.id });
  return updated.length === 1;
};

export const reassignParticipants = async (
  db: Executor,
  ids: string[],
  programIds: string[],
  specialistId: string | null,
  now: Date,
): Promise<{ id: string; programId: string; from: string | null }[]> => {
  const rows = await db
    .select({ id: participants.id, programId: participants.programId, from: participants.specialistId })
    .from(participants)
    .where(and(inArray(participants.id, ids), inArray(participants.programId, programIds)));
  if (rows.length === 0) return [];
  await db
    .update(participants)
    .set({ specialistId, updatedAt: now, version: sql`${participants.version} + 1` })
    .where(inArray(participants.id, rows.map((r) => r.id)));
  return rows;
};

export const touchLastContact = async (db: Executor, id: string, date: string): Promise<void> => {
  await db
    .update(participants)
    .set({ lastContactDate: sql`greatest(${participants.lastContactDate}, ${date}::date)` })
    .where(eq(participants.id, id));
};

export const caseloadRows = async (db: Executor, programId: string, since: string) =>
  db
    .select({
      specialistId: participants.specialistId,
      specialistName: specialist.name,
      status: participants.status,
      n: count(),
      noContact: sql<number>`count(*) filter (where ${participants.lastContactDate} is null or ${participants.lastContactDate} < ${since}::date)`.mapWith(Number),
    })
    .from(participants)
    .leftJoin(specialist, eq(specialist.id, participants.specialistId))
    .where(eq(participants.programId, programId))
    .groupBy(participants.specialistId, specialist.name, participants.status)
    .orderBy(desc(count()));

/** Row lock on the person, held until the transaction ends: serialises writers of per-person version chains. */
export const lockParticipant = async (db: Executor, id: string): Promise<void> => {
  await db.execute(sql`select 1 from ${participants} where ${participants.id} = ${id} for update`);
};
