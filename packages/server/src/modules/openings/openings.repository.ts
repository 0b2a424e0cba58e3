import { type Placeholder, type SQL, and, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { ListOpeningsQuery, MatchableOpening, Opening } from "@passerelle/domain";
import { employerContacts, employers, openings } from "../../db/schema/index";
import type { Executor } from "../../platform/db";
import { normalizeForSearch } from "../participants/participants.repository";

export type OpeningRow = typeof openings.$inferSelect;

/** Lower case without accents: "serveur" finds "Serveur·se en salle", "cafe" finds "Café". */
export const searchTitleOf = (title: string): string => normalizeForSearch(title);

const columns = {
  id: openings.id,
  programId: openings.programId,
  employerId: openings.employerId,
  employerName: employers.name,
  title: openings.title,
  occupationCode: openings.occupationCode,
  hoursPerWeek: openings.hoursPerWeek,
  schedule: openings.schedule,
  place: openings.place,
  environment: openings.environment,
  requirements: openings.requirements,
  description: openings.description,
  status: openings.status,
  source: openings.source,
  employerContactId: openings.employerContactId,
  postedOn: openings.postedOn,
  closesOn: openings.closesOn,
  createdAt: openings.createdAt,
  updatedAt: openings.updatedAt,
  version: openings.version,
};
const selectOpenings = (db: Executor) => db.select(columns).from(openings).innerJoin(employers, eq(employers.id, openings.employerId));
type Selected = Awaited<ReturnType<typeof selectOpenings>>[number];

/** The stored columns as the contract says them (text columns hold the contract's enums, written by the use cases). */
export const toOpening = (r: Selected): Opening => ({
  ...r,
  schedule: r.schedule as Opening["schedule"],
  place: (r.place ?? null) as Opening["place"],
  environment: r.environment as Opening["environment"],
  status: r.status as Opening["status"],
  source: r.source as Opening["source"],
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const findOpeningProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: openings.programId }).from(openings).where(eq(openings.id, id));
  return row?.programId ?? null;
};

export const getOpening = async (db: Executor, id: string): Promise<Opening | null> => {
  const [row] = await selectOpenings(db).where(eq(openings.id, id));
  return row ? toOpening(row) : null;
};

/** What matching reads of an opening, and its version (the key of the prepared-openings cache). */
export type MatchingOpening = MatchableOpening & { version: number };

/**
 * Every open opening of a program, for matching: one query, only the compared columns (no description or
 * requirements, up to 4,000 characters each, no join). The full records are read afterwards for the few returned.
 */
export const listOpenOpeningsForMatching = async (db: Executor, programId: string): Promise<MatchingOpening[]> =>
  (
    await db
      .select({
        id: openings.id,
        version: openings.version,
        title: openings.title,
        occupationCode: openings.occupationCode,
        hoursPerWeek: openings.hoursPerWeek,
        schedule: openings.schedule,
        place: openings.place,
        environment: openings.environment,
      })
      .from(openings)
      .where(and(eq(openings.programId, programId), eq(openings.status, "open")))
  ).map((r) => ({
    ...r,
    schedule: r.schedule as Opening["schedule"],
    place: (r.place ?? null) as Opening["place"],
    environment: r.environment as Opening["environment"],
  }));

/**
 * A fingerprint of a program's open openings (which ones, at which version): one small row, so a server can
 * keep the prepared openings in memory and re-read them only when the fingerprint changes.
 */
export const openOpeningsFingerprint = async (db: Executor, programId: string): Promise<string> => {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      // A sum of per-row hashes of (id, version): any opening added, edited, filled or closed changes it, without
      // sorting the set or building a string of it at every request. The id's own hash seeded with the version, not
      // a hash of their text: read from openings_open_versions_idx alone, the text conversions were most of its cost.
      h: sql<string | null>`sum(uuid_hash_extended(${openings.id}, ${openings.version}))::text`,
    })
    .from(openings)
    .where(and(eq(openings.programId, programId), sql`${openings.status} = 'open'`));
  return fingerprintOf(row?.n, row?.h);
};

/**
 * The fingerprint's figures as one SQL row (n, h), for a read that checks it in the same statement as something
 * else (a person's matches, with the returned openings): the same figures as `openOpeningsFingerprint`.
 */
export const openOpeningsFingerprintSql = (programId: string | SQL.Aliased | Placeholder): SQL =>
  sql`select count(*)::int as n, sum(uuid_hash_extended(${openings.id}, ${openings.version}))::text as h from ${openings} where ${openings.programId} = ${programId} and ${openings.status} = 'open'`;
export const fingerprintOf = (n: number | null | undefined, h: string | null | undefined): string => `${n ?? 0}:${h ?? ""}`;

/**
 * One opening (joined with its employer) as a JSON object with the contract's keys in the order `toOpening` gives
 * them, for reads that answer JSON (one statement, several parts); `openingFromJson` finishes it.
 */
export const openingJson: SQL = sql`json_build_object(${sql.join(
  Object.entries(columns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
  sql`, `,
)})`;
export type OpeningJson = Omit<Opening, "place"> & { place?: Opening["place"] };

/** PostgreSQL writes a timestamp in JSON with its offset; the contract's is `toISOString()`'s, as `toOpening` gives it. */
export const openingFromJson = (r: OpeningJson): Opening => ({
  ...r,
  place: r.place ?? null,
  createdAt: new Date(r.createdAt).toISOString(),
  updatedAt: new Date(r.updatedAt).toISOString(),
});

/** Full records, employer's name joined, in the order of `ids`. */
export const getOpeningsInOrder = async (db: Executor, ids: string[]): Promise<Opening[]> => {
  if (ids.length === 0) return [];
  const byId = new Map((await selectOpenings(db).where(inArray(openings.id, ids))).map((r) => [r.id, toOpening(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

const likeEscape = (text: string): string => text.replace(/[%_\\]/g, "\\$&");

export const listOpenings = async (db: Executor, programIds: string[], query: ListOpeningsQuery): Promise<{ items: Opening[]; total: number }> => {
  if (programIds.length === 0) return { items: [], total: 0 };
  const conditions: (SQL | undefined)[] = [programIds.length === 1 ? eq(openings.programId, programIds[0]) : inArray(openings.programId, programIds)];
  if (query.status !== "all") conditions.push(eq(openings.status, query.status));
  const q = query.q ? normalizeForSearch(query.q) : "";
  if (q) {
    const pattern = `%${likeEscape(q)}%`;
    conditions.push(or(sql`${openings.searchTitle} like ${pattern}`, sql`${employers.searchName} like ${pattern}`));
  }
  if (query.employerId) conditions.push(eq(openings.employerId, query.employerId));
  if (query.occupation) {
    conditions.push(query.occupation.length === 1 ? sql`${openings.occupationCode} like ${`${query.occupation}%`}` : eq(openings.occupationCode, query.occupation));
  }
  if (query.inseeCode) conditions.push(eq(openings.inseeCode, query.inseeCode));
  if (query.source) conditions.push(eq(openings.source, query.source));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    selectOpenings(db).where(where).orderBy(desc(openings.createdAt), desc(openings.id)).limit(query.limit).offset(query.offset),
    db.select({ total: count() }).from(openings).innerJoin(employers, eq(employers.id, openings.employerId)).where(where),
  ]);
  return { items: rows.map(toOpening), total };
};

export const insertOpening = async (db: Executor, values: typeof openings.$inferInsert): Promise<void> => {
  await db.insert(openings).values(values);
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateOpeningIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof openings.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(openings)
    .set({ ...changes, updatedAt: now, version: sql`${openings.version} + 1` })
    .where(and(eq(openings.id, id), eq(openings.version, expectedVersion)))
    .returning({ id: openings.id });
  return updated.length === 1;
};

export const findEmployerProgramOf = async (db: Executor, employerId: string): Promise<string | null> => {
  const [row] = await db.select({ programId: employers.programId }).from(employers).where(eq(employers.id, employerId));
  return row?.programId ?? null;
};

/** Is this contact one of the employer's, in the program (the contact during which the opening was learned)? */
export const employerContactBelongs = async (db: Executor, programId: string, employerId: string, contactId: string): Promise<boolean> => {
  const [row] = await db
    .select({ id: employerContacts.id })
    .from(employerContacts)
    .where(and(eq(employerContacts.id, contactId), eq(employerContacts.programId, programId), eq(employerContacts.employerId, employerId)));
  return Boolean(row);
};
