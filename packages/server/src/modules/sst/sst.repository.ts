import { type SstDomain, type SstMeasure, type SstObserver, type SstPlan, type SstStatus, sstContentSchema } from "@passerelle/domain";
import { and, asc, count, desc, eq, max, sql } from "drizzle-orm";
import { sstMeasures, sstPlans, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

type PlanRow = typeof sstPlans.$inferSelect;

/** Measure counts and last dates of the plans, read in one aggregate. */
const measureTotals = (db: Executor) =>
  db
    .select({ planId: sstMeasures.planId, measureCount: count().as("measure_count"), lastMeasuredOn: max(sstMeasures.measuredOn).as("last_measured_on") })
    .from(sstMeasures)
    .groupBy(sstMeasures.planId)
    .as("totals");

const toPlan = (row: PlanRow, createdBy: string | null, measureCount: number | null, lastMeasuredOn: string | null): SstPlan => ({
  id: row.id,
  participantId: row.participantId,
  situation: row.situation,
  domain: row.domain as SstDomain,
  targetBehaviour: row.targetBehaviour,
  measureDefinition: row.measureDefinition,
  // The content was validated on the way in; parsing again fills the defaults of fields added since.
  content: sstContentSchema.parse(row.content),
  status: row.status as SstStatus,
  sharedWithCareTeam: row.sharedWithCareTeam,
  createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  measureCount: measureCount ?? 0,
  lastMeasuredOn: lastMeasuredOn ?? null,
});

const selectPlans = (db: Executor) => {
  const totals = measureTotals(db);
  return db
    .select({ plan: sstPlans, createdBy: users.name, measureCount: totals.measureCount, lastMeasuredOn: totals.lastMeasuredOn })
    .from(sstPlans)
    .leftJoin(users, eq(users.id, sstPlans.createdBy))
    .leftJoin(totals, eq(totals.planId, sstPlans.id));
};

/** The person's plans, newest first; `sharedOnly` keeps those shared with the care team (what a clinician reads). */
export const listSstPlans = async (db: Executor, participantId: string, sharedOnly: boolean): Promise<SstPlan[]> => {
  const rows = await selectPlans(db)
    .where(and(eq(sstPlans.participantId, participantId), sharedOnly ? eq(sstPlans.sharedWithCareTeam, true) : undefined))
    .orderBy(desc(sstPlans.createdAt), desc(sstPlans.id));
  return rows.map((r) => toPlan(r.plan, r.createdBy, r.measureCount, r.lastMeasuredOn));
};

export const getSstPlan = async (db: Executor, id: string): Promise<SstPlan | null> => {
  const [row] = await selectPlans(db).where(eq(sstPlans.id, id));
  return row ? toPlan(row.plan, row.createdBy, row.measureCount, row.lastMeasuredOn) : null;
};

/** What the access checks of a plan need, without its text. */
export const findSstPlanScope = async (db: Executor, id: string): Promise<{ participantId: string; shared: boolean } | null> => {
  const [row] = await db.select({ participantId: sstPlans.participantId, shared: sstPlans.sharedWithCareTeam }).from(sstPlans).where(eq(sstPlans.id, id));
  return row ?? null;
};

export const insertSstPlan = async (db: Executor, values: typeof sstPlans.$inferInsert): Promise<void> => {
  await db.insert(sstPlans).values(values);
};

export type SstPlanChanges = Partial<Pick<typeof sstPlans.$inferInsert, "situation" | "domain" | "targetBehaviour" | "measureDefinition" | "content" | "status" | "sharedWithCareTeam">>;

/** Optimistic update: succeeds only when the stored version is the one the user read. */
export const updateSstPlanIfVersion = async (db: Executor, id: string, expectedVersion: number, changes: SstPlanChanges, now: Date): Promise<boolean> => {
  const updated = await db
    .update(sstPlans)
    .set({ ...changes, updatedAt: now, version: sql`${sstPlans.version} + 1` })
    .where(and(eq(sstPlans.id, id), eq(sstPlans.version, expectedVersion)))
    .returning({ id: sstPlans.id });
  return updated.length === 1;
};

const toMeasure = (row: typeof sstMeasures.$inferSelect, recordedBy: string | null): SstMeasure => ({
  id: row.id,
  planId: row.planId,
  measuredOn: row.measuredOn,
  value: row.value,
  observer: row.observer as SstObserver,
  note: row.note,
  recordedBy,
  createdAt: row.createdAt.toISOString(),
});

/** A plan's measures, oldest first (by date, then by the order they were typed in). */
export const listSstMeasures = async (db: Executor, planId: string): Promise<SstMeasure[]> => {
  const rows = await db
    .select({ m: sstMeasures, recordedBy: users.name })
    .from(sstMeasures)
    .leftJoin(users, eq(users.id, sstMeasures.createdBy))
    .where(eq(sstMeasures.planId, planId))
    .orderBy(asc(sstMeasures.measuredOn), asc(sstMeasures.createdAt), asc(sstMeasures.id));
  return rows.map((r) => toMeasure(r.m, r.recordedBy));
};

export const insertSstMeasure = async (db: Executor, values: typeof sstMeasures.$inferInsert): Promise<void> => {
  await db.insert(sstMeasures).values(values);
};

export const getSstMeasure = async (db: Executor, id: string): Promise<SstMeasure | null> => {
  const [row] = await db.select({ m: sstMeasures, recordedBy: users.name }).from(sstMeasures).leftJoin(users, eq(users.id, sstMeasures.createdBy)).where(eq(sstMeasures.id, id));
  return row ? toMeasure(row.m, row.recordedBy) : null;
};

/** How many measures a plan holds (a plan's series is bounded, so a script cannot flood it). */
export const countSstMeasures = async (db: Executor, planId: string): Promise<number> => {
  const [row] = await db.select({ n: count() }).from(sstMeasures).where(eq(sstMeasures.planId, planId));
  return row?.n ?? 0;
};
