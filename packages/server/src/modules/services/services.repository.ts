import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { CareReferent, CareServices, RegisterFact, Service, ServiceReferent } from "@passerelle/domain";
import { participantReferents, participants, serviceReferents, services } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type ServiceRow = typeof services.$inferSelect;
export type ReferentRow = typeof serviceReferents.$inferSelect;

/** The program of each given partner service (unknown ids are absent from the map). */
export const findServicePrograms = async (db: Executor, ids: string[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: services.id, programId: services.programId }).from(services).where(inArray(services.id, ids));
  return new Map(rows.map((r) => [r.id, r.programId]));
};

export const insertService = async (db: Executor, values: typeof services.$inferInsert): Promise<void> => {
  await db.insert(services).values(values);
};

export const insertReferents = async (db: Executor, values: (typeof serviceReferents.$inferInsert)[]): Promise<void> => {
  if (values.length > 0) await db.insert(serviceReferents).values(values);
};

export const toReferent = (r: ReferentRow): ServiceReferent => ({
  id: r.id,
  serviceId: r.serviceId,
  name: r.name,
  profession: r.profession,
  phone: r.phone,
  email: r.email,
  archived: r.archived,
});

const toService = (row: ServiceRow, referents: ReferentRow[]): Service => ({
  id: row.id,
  programId: row.programId,
  name: row.name,
  kind: row.kind as Service["kind"],
  address: row.address,
  phone: row.phone,
  email: row.email,
  notes: row.notes,
  archived: row.archived,
  referents: referents.map(toReferent),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
});

const referentsOf = async (db: Executor, serviceIds: string[], includeArchived: boolean): Promise<Map<string, ReferentRow[]>> => {
  const byService = new Map<string, ReferentRow[]>();
  if (serviceIds.length === 0) return byService;
  const where = includeArchived
    ? inArray(serviceReferents.serviceId, serviceIds)
    : and(inArray(serviceReferents.serviceId, serviceIds), eq(serviceReferents.archived, false));
  const rows = await db.select().from(serviceReferents).where(where).orderBy(asc(serviceReferents.name), asc(serviceReferents.id));
  for (const r of rows) byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), r]);
  return byService;
};

export const findServiceRow = async (db: Executor, id: string): Promise<ServiceRow | null> => {
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return row ?? null;
};

/** One service with all its referents, archived ones included (flagged). */
export const getService = async (db: Executor, id: string): Promise<Service | null> => {
  const row = await findServiceRow(db, id);
  if (!row) return null;
  return toService(row, (await referentsOf(db, [id], true)).get(id) ?? []);
};

/** The register of some programs in name order; archived services and referents only when asked for. */
export const listServices = async (db: Executor, programIds: string[], includeArchived: boolean): Promise<Service[]> => {
  if (programIds.length === 0) return [];
  const inPrograms = inArray(services.programId, programIds);
  const rows = await db
    .select()
    .from(services)
    .where(includeArchived ? inPrograms : and(inPrograms, eq(services.archived, false)))
    .orderBy(asc(services.name), asc(services.id));
  const referents = await referentsOf(
    db,
    rows.map((r) => r.id),
    includeArchived,
  );
  return rows.map((r) => toService(r, referents.get(r.id) ?? []));
};

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateServiceIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<typeof services.$inferInsert>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(services)
    .set({ ...changes, updatedAt: now, version: sql`${services.version} + 1` })
    .where(and(eq(services.id, id), eq(services.version, expectedVersion)))
    .returning({ id: services.id });
  return updated.length === 1;
};

export const findReferentRow = async (db: Executor, id: string): Promise<ReferentRow | null> => {
  const [row] = await db.select().from(serviceReferents).where(eq(serviceReferents.id, id));
  return row ?? null;
};

export const updateReferentRow = async (db: Executor, id: string, changes: Partial<typeof serviceReferents.$inferInsert>): Promise<void> => {
  await db.update(serviceReferents).set(changes).where(eq(serviceReferents.id, id));
};

/**
 * What the register says of the services and referents a user picked for a person. A referent of an archived
 * service counts as archived: the service no longer works with the program.
 */
export const registerFacts = async (
  db: Executor,
  serviceIds: string[],
  referentIds: string[],
): Promise<{ services: Map<string, RegisterFact>; referents: Map<string, RegisterFact> }> => {
  const serviceRows =
    serviceIds.length === 0
      ? []
      : await db.select({ id: services.id, programId: services.programId, archived: services.archived }).from(services).where(inArray(services.id, serviceIds));
  const referentRows =
    referentIds.length === 0
      ? []
      : await db
          .select({ id: serviceReferents.id, programId: serviceReferents.programId, archived: serviceReferents.archived, serviceArchived: services.archived })
          .from(serviceReferents)
          .innerJoin(services, eq(services.id, serviceReferents.serviceId))
          .where(inArray(serviceReferents.id, referentIds));
  return {
    services: new Map(serviceRows.map((r) => [r.id, { programId: r.programId, archived: r.archived }])),
    referents: new Map(referentRows.map((r) => [r.id, { programId: r.programId, archived: r.archived || r.serviceArchived }])),
  };
};

/** A participant's referring service and psychosocial referents, each with their service. */
export const getCareServices = async (db: Executor, participantId: string): Promise<CareServices | null> => {
  const [person] = await db
    .select({ version: participants.version, serviceId: services.id, serviceName: services.name })
    .from(participants)
    .leftJoin(services, eq(services.id, participants.referringServiceId))
    .where(eq(participants.id, participantId));
  if (!person) return null;
  const referents: CareReferent[] = await db
    .select({
      id: serviceReferents.id,
      name: serviceReferents.name,
      profession: serviceReferents.profession,
      phone: serviceReferents.phone,
      email: serviceReferents.email,
      serviceId: services.id,
      serviceName: services.name,
    })
    .from(participantReferents)
    .innerJoin(serviceReferents, eq(serviceReferents.id, participantReferents.referentId))
    .innerJoin(services, eq(services.id, serviceReferents.serviceId))
    .where(eq(participantReferents.participantId, participantId))
    .orderBy(asc(participantReferents.createdAt), asc(serviceReferents.name), asc(serviceReferents.id));
  return {
    referringService: person.serviceId && person.serviceName !== null ? { id: person.serviceId, name: person.serviceName } : null,
    referents,
    version: person.version,
  };
};

export const currentReferentIds = async (db: Executor, participantId: string): Promise<string[]> => {
  const rows = await db.select({ id: participantReferents.referentId }).from(participantReferents).where(eq(participantReferents.participantId, participantId));
  return rows.map((r) => r.id);
};

/** Replaces the person's referents; the order chosen is kept through `created_at` (one millisecond apart). */
export const replaceParticipantReferents = async (db: Executor, participantId: string, referentIds: string[], now: Date): Promise<void> => {
  await db.delete(participantReferents).where(eq(participantReferents.participantId, participantId));
  if (referentIds.length === 0) return;
  await db.insert(participantReferents).values(referentIds.map((referentId, i) => ({ participantId, referentId, createdAt: new Date(now.getTime() + i) })));
};
