import { type SQL, and, asc, count, desc, eq, gte, inArray, isNotNull, lte, or, sql } from "drizzle-orm";
import type { Employer, EmployerContact, EmployerContactFact, EmployerSummary, ListEmployersQuery } from "@passerelle/domain";
import { employerContactPeople, employerContacts, employers, participants, users } from "../../db/schema/index";
import type { Executor, PreparedRead } from "../../platform/db";
import { JsonText } from "../../platform/json-text";
import { normalizeForSearch } from "../participants/participants.repository";

export type EmployerRow = typeof employers.$inferSelect;
type ContactRow = typeof employerContacts.$inferSelect;

/** Lower case without accents: "cafe" finds "Café du Théâtre". */
export const searchNameOfEmployer = (name: string): string => normalizeForSearch(name);

const toEmployer = (row: EmployerRow, names: Map<string, string>): Employer => ({
  id: row.id,
  programId: row.programId,
  name: row.name,
  siret: row.siret,
  nafCode: row.nafCode,
  setting: row.setting as Employer["setting"],
  address: row.address,
  place: (row.place ?? null) as Employer["place"],
  size: row.size as Employer["size"],
  stage: row.stage as Employer["stage"],
  contactPeople: row.contactPeople as Employer["contactPeople"],
  notes: row.notes,
  specialistIds: row.specialistIds,
  specialists: row.specialistIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id) ?? "" })),
  lastContactDate: row.lastContactDate,
  nextStepDate: row.nextStepDate,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

/** A list's line (employerSummarySchema): the same values as the record's, fewer of them. */
const toEmployerSummary = (row: EmployerRow): EmployerSummary => ({
  id: row.id,
  programId: row.programId,
  name: row.name,
  setting: row.setting as Employer["setting"],
  place: (row.place ?? null) as Employer["place"],
  stage: row.stage as Employer["stage"],
  lastContactDate: row.lastContactDate,
  nextStepDate: row.nextStepDate,
});

const userNames = async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};

export const findEmployerProgram = async (db: Executor, id: string): Promise<string | null> => {
  const [row] = await db.select({ programId: employers.programId }).from(employers).where(eq(employers.id, id));
  return row?.programId ?? null;
};

export const getEmployer = async (db: Executor, id: string): Promise<Employer | null> => {
  const [row] = await db.select().from(employers).where(eq(employers.id, id));
  if (!row) return null;
  return toEmployer(row, await userNames(db, row.specialistIds));
};

const likeEscape = (text: string): string => text.replace(/[%_\\]/g, "\\$&");

/** The name as the name indexes order it: bytes ("C"), the same order in every database collation. */
const nameInC = sql`(${employers.searchName} collate "C")`;

/**
 * Names that start with `q` (normalised), as a range of the "C" order: [q, q with its last character the next one).
 * A range, not `like 'q%'`, so that a prepared statement's generic plan still reads it from the index.
 */
const startsWith = (q: string): SQL => {
  const chars = [...q];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  const upper = last < 0x10ffff ? chars.join("") + String.fromCodePoint(last + 1) : null;
  return upper === null ? sql`${nameInC} >= ${q}` : sql`${nameInC} >= ${q} and ${nameInC} < ${upper}`;
};

/** `q` occurs in the name after its first character (the trigram index of the name but its first letter). */
const containsFurtherOn = (q: string): SQL => sql`substr(${employers.searchName}, 2) like ${`%${likeEscape(q)}%`}`;

/** The name contains `q`: it starts with it, or has it further on (each half read from its own index). */
const nameContains = (q: string): SQL => sql`((${startsWith(q)}) or ${containsFurtherOn(q)})`;

/** The filters of a list, but the name. */
const listConditions = (programIds: string[], query: ListEmployersQuery): (SQL | undefined)[] => {
  const conditions: (SQL | undefined)[] = [programIds.length === 1 ? eq(employers.programId, programIds[0]) : inArray(employers.programId, programIds)];
  if (query.stage) conditions.push(eq(employers.stage, query.stage));
  if (query.setting) conditions.push(eq(employers.setting, query.setting));
  if (query.specialistId) conditions.push(sql`${query.specialistId}::uuid = any(${employers.specialistIds})`);
  if (query.sector) conditions.push(sql`${employers.nafCode} like ${`${likeEscape(query.sector)}%`}`);
  if (query.department) conditions.push(sql`${employers.place}->>'kind' = 'commune' and ${employers.place}->>'inseeCode' like ${`${query.department}%`}`);
  if (query.nextStepDueBy) conditions.push(and(isNotNull(employers.nextStepDate), lte(employers.nextStepDate, query.nextStepDueBy)));
  return conditions;
};

/** The search box's question: a name search in name order (names that start with it first). */
export const isNameSearch = (query: ListEmployersQuery): boolean => query.sort === "name" && normalizeForSearch(query.q ?? "") !== "";

/** The rows of a list page (filters, sort, page) and the number of matches. */
const listEmployerRows = async (db: Executor, programIds: string[], query: ListEmployersQuery): Promise<{ rows: EmployerRow[]; total: number }> => {
  if (programIds.length === 0) return { rows: [], total: 0 };
  const conditions = listConditions(programIds, query);
  const q = query.q ? normalizeForSearch(query.q) : "";
  if (q) conditions.push(nameContains(q));
  const where = and(...conditions);
  // Names that start with the search come first: "boul" lists "Boulangerie X" before "La Boule".
  const prefixFirst = q ? [sql`case when ${startsWith(q)} then 0 else 1 end`] : [];
  const order =
    query.sort === "last_contact"
      ? [sql`${employers.lastContactDate} desc nulls last`, nameInC, asc(employers.id)]
      : query.sort === "next_step"
        ? [sql`${employers.nextStepDate} asc nulls last`, nameInC, asc(employers.id)]
        : [...prefixFirst, nameInC, asc(employers.id)];
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(employers).where(where).orderBy(...order).limit(query.limit).offset(query.offset),
    db.select({ total: count() }).from(employers).where(where),
  ]);
  return { rows, total };
};

export const listEmployers = async (db: Executor, programIds: string[], query: ListEmployersQuery): Promise<{ items: Employer[]; total: number }> => {
  const { rows, total } = await listEmployerRows(db, programIds, query);
  const names = await userNames(db, rows.flatMap((r) => r.specialistIds));
  return { items: rows.map((r) => toEmployer(r, names)), total };
};

export const listEmployerSummaries = async (
  db: Executor,
  programIds: string[],
  query: ListEmployersQuery,
): Promise<{ items: EmployerSummary[]; total: number }> => {
  const { rows, total } = await listEmployerRows(db, programIds, query);
  return { items: rows.map(toEmployerSummary), total };
};

/**
 * An employer as the API shows it (toEmployer's shape; `specialists` is specialistsOf), built by PostgreSQL from a row `e` of
 * employers: one `json_agg` of these columns is cheaper for the database than a `json_build_object` per row.
 */
const employerColumns = sql.raw(`e.id, e.program_id as "programId", e.name, e.siret, e.naf_code as "nafCode", e.setting, e.address,
  e.place, e.size, e.stage, e.contact_people as "contactPeople", e.notes, e.specialist_ids as "specialistIds",
  e.last_contact_date as "lastContactDate", e.next_step_date as "nextStepDate",
  to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt", e.version`);

/**
 * The employer `e`'s specialists as `{ id, name }`, in the order of its list, leaving out ids that name no user
 * (toEmployer's `specialists`): each id looked up by primary key, cheaper than matching every user against the list.
 */
/** A list's line (toEmployerSummary's shape) from a row `e` of employers. */
const summaryColumns = sql.raw(`e.id, e.program_id as "programId", e.name, e.setting, e.place, e.stage,
  e.last_contact_date as "lastContactDate", e.next_step_date as "nextStepDate"`);

const specialistsOf = sql.raw(`coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by s.n)
  from unnest(e.specialist_ids) with ordinality s(id, n) join users u on u.id = s.id), '[]'::json)`);

/**
 * The search box (`isNameSearch`): the page and its total in ONE prepared statement, each part read from an index
 * rather than by sorting every match. The names that start with the search come first, in name order: the
 * page's first part walks the name index from the search onwards and stops at the page's end; its count is
 * read from that index alone. The names that contain it further on ("La Boulangerie" for "boul") follow, from
 * the trigram index of the name but its first letter: usually few, and their rows are read only when the
 * first part does not fill the page. PostgreSQL writes the whole answer, `{ items, total }`, as JSON text in the
 * contract's shape (whole records with their specialists named, or the summaries of `view=summary`), which the route
 * sends as it is (JsonText).
 */
export const searchEmployersByName = async (read: PreparedRead, programIds: string[], query: ListEmployersQuery): Promise<JsonText> => {
  if (programIds.length === 0) return new JsonText('{"items":[],"total":0}');
  const q = normalizeForSearch(query.q ?? "");
  const filters = and(...listConditions(programIds, query));
  const starts = startsWith(q);
  const further = sql`${containsFurtherOn(q)} and not (${startsWith(q)})`;
  const end = query.offset + query.limit;
  const summary = query.view === "summary";
  const columns = summary ? summaryColumns : sql`${employerColumns}, ${specialistsOf} as specialists`;
  const [row] = await read<{ body: string }>(summary ? "employer-search-summary" : "employer-search", sql`
    with starting as (select count(*) as n from employers where ${filters} and ${starts}),
    page as (
      (select employers.*, 0 as part, ${nameInC} as sort_name from employers where ${filters} and ${starts}
        order by ${nameInC}, employers.id limit ${end})
      union all
      (select employers.*, 1 as part, ${nameInC} as sort_name from employers where ${filters} and ${further} and (select n from starting) < ${end}
        order by ${nameInC}, employers.id limit ${end})
      order by part, sort_name, id offset ${query.offset} limit ${query.limit}
    )
    select json_build_object(
      'items', coalesce((select json_agg(x) from (
        select ${columns} from page e order by e.part, e.sort_name, e.id
      ) x), '[]'::json),
      'total', (select n from starting) + (select count(*) from employers where ${filters} and ${further})
    )::text as body
  `, { genericPlan: true });
  return new JsonText(row.body);
};

export const insertEmployer = async (db: Executor, values: typeof employers.$inferInsert): Promise<void> => {
  await db.insert(employers).values(values);
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateEmployerIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof employers.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(employers)
    .set({ ...changes, updatedAt: now, version: sql`${employers.version} + 1` })
    .where(and(eq(employers.id, id), eq(employers.version, expectedVersion)))
    .returning({ id: employers.id });
  return updated.length === 1;
};

/** Employers of a program among `ids` (to check the attendees of an awareness session). */
export const employersInProgram = async (db: Executor, programId: string, ids: string[]): Promise<Set<string>> => {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: employers.id })
    .from(employers)
    .where(and(eq(employers.programId, programId), inArray(employers.id, ids)));
  return new Set(rows.map((r) => r.id));
};

/** Moves the employers' "last contact" forward and recomputes their earliest open next step. */
export const touchEmployersAfterContact = async (db: Executor, ids: string[], date: string): Promise<void> => {
  if (ids.length === 0) return;
  await db
    .update(employers)
    .set({
      lastContactDate: sql`greatest(${employers.lastContactDate}, ${date}::date)`,
      nextStepDate: sql`(select min(c.next_step_date) from ${employerContacts} c where c.employer_id = "employers"."id" and c.next_step_date is not null and c.next_step_done_on is null)`,
    })
    .where(inArray(employers.id, ids));
};

/** The contact and its one row per person (employer_contact_people), which the per-person questions read. */
export const insertEmployerContact = async (db: Executor, values: typeof employerContacts.$inferInsert): Promise<void> => {
  await db.insert(employerContacts).values(values);
  const people = values.participantIds ?? [];
  if (people.length > 0) {
    await db.insert(employerContactPeople).values(
      people.map((participantId) => ({
        employerContactId: values.id,
        participantId,
        programId: values.programId,
        date: values.date,
        faceToFace: values.faceToFace,
        kind: values.kind,
      })),
    );
  }
};

const toContact = (c: ContactRow, authorName: string | null, participantNames: Map<string, string>): EmployerContact => ({
  id: c.id,
  programId: c.programId,
  employerId: c.employerId,
  date: c.date,
  faceToFace: c.faceToFace,
  kind: c.kind as EmployerContact["kind"],
  participantIds: c.participantIds,
  participants: c.participantIds.filter((id) => participantNames.has(id)).map((id) => ({ id, name: participantNames.get(id) ?? "" })),
  peopleMet: c.peopleMet,
  purpose: c.purpose,
  hiringNeeds: c.hiringNeeds,
  outcome: c.outcome,
  nextStep: c.nextStep,
  nextStepDate: c.nextStepDate,
  nextStepDoneOn: c.nextStepDoneOn,
  attendees: c.attendees as EmployerContact["attendees"],
  specialistId: c.authorId,
  specialistName: authorName,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});

/** Contacts with an employer, newest first: its own, and the awareness sessions it attended. */
const concernsEmployer = (employerId: string): SQL | undefined =>
  or(eq(employerContacts.employerId, employerId), sql`${employerContacts.attendees} @> ${JSON.stringify([{ employerId }])}::jsonb`);

export const listEmployerContacts = async (
  db: Executor,
  programId: string,
  employerId: string,
  limit: number,
  offset: number,
  onlyContactId?: string,
): Promise<{ items: EmployerContact[]; total: number }> => {
  const where = and(
    eq(employerContacts.programId, programId),
    concernsEmployer(employerId),
    onlyContactId ? eq(employerContacts.id, onlyContactId) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ c: employerContacts, authorName: users.name })
      .from(employerContacts)
      .leftJoin(users, eq(users.id, employerContacts.authorId))
      .where(where)
      .orderBy(desc(employerContacts.date), desc(employerContacts.createdAt), desc(employerContacts.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(employerContacts).where(where),
  ]);
  // Every role that reads employers sees the whole program's people, so the names come from the same program.
  const ids = [...new Set(rows.flatMap((r) => r.c.participantIds))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const people = await db
      .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName })
      .from(participants)
      .where(and(eq(participants.programId, programId), inArray(participants.id, ids)));
    for (const p of people) names.set(p.id, `${p.firstName} ${p.lastName}`);
  }
  return { total, items: rows.map(({ c, authorName }) => toContact(c, authorName, names)) };
};

export const findEmployerContact = async (db: Executor, programId: string, employerId: string, id: string): Promise<EmployerContact | null> =>
  (await listEmployerContacts(db, programId, employerId, 1, 0, id)).items[0] ?? null;

/** The facts the "a colleague contacted this employer lately" rule needs, from `from` to `to`. */
export const employerContactFacts = async (db: Executor, programId: string, employerId: string, from: string, to: string): Promise<EmployerContactFact[]> => {
  const rows = await db
    .select({
      employerId: employerContacts.employerId,
      specialistId: employerContacts.authorId,
      specialistName: users.name,
      date: employerContacts.date,
      faceToFace: employerContacts.faceToFace,
      attendees: employerContacts.attendees,
    })
    .from(employerContacts)
    .leftJoin(users, eq(users.id, employerContacts.authorId))
    .where(and(eq(employerContacts.programId, programId), gte(employerContacts.date, from), lte(employerContacts.date, to), concernsEmployer(employerId)));
  return rows.map((r) => ({ ...r, attendees: r.attendees as EmployerContactFact["attendees"] }));
};
