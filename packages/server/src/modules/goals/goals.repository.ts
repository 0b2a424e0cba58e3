import { type Goal, type GoalReview, type GoalStatus, type GoalStep, compareGoals, smartSchema } from "@passerelle/domain";
import { and, eq, sql } from "drizzle-orm";
import { goals, participants, users } from "../../db/schema/index";
import type { Executor } from "../../platform/db";

export type GoalRow = typeof goals.$inferSelect;

const selection = { goal: goals, createdBy: users.name };

/** The jsonb parts were validated by the domain contract when written; the SMART texts get their defaults back. */
const toGoal = ({ goal: g, createdBy }: { goal: GoalRow; createdBy: string | null }): Goal => ({
  id: g.id,
  participantId: g.participantId,
  goal: g.goal,
  smart: smartSchema.parse(g.smart),
  steps: g.steps as GoalStep[],
  dueOn: g.dueOn,
  reviewOn: g.reviewOn,
  status: g.status as GoalStatus,
  reviews: g.reviews as GoalReview[],
  sharedWithCareTeam: g.sharedWithCareTeam,
  createdBy,
  createdAt: g.createdAt.toISOString(),
  updatedAt: g.updatedAt.toISOString(),
  version: g.version,
});

export const insertGoal = async (db: Executor, values: typeof goals.$inferInsert): Promise<void> => {
  await db.insert(goals).values(values);
};

/** A person's goals in the order they are shown (`compareGoals`); `sharedOnly` keeps those shared with the care team. */
export const listGoals = async (db: Executor, participantId: string, sharedOnly: boolean): Promise<Goal[]> => {
  const rows = await db
    .select(selection)
    .from(goals)
    .leftJoin(users, eq(users.id, goals.createdBy))
    .where(and(eq(goals.participantId, participantId), sharedOnly ? eq(goals.sharedWithCareTeam, true) : undefined));
  return rows.map(toGoal).sort(compareGoals);
};

export const getGoal = async (db: Executor, id: string): Promise<Goal | null> => {
  const [row] = await db.select(selection).from(goals).leftJoin(users, eq(users.id, goals.createdBy)).where(eq(goals.id, id));
  return row ? toGoal(row) : null;
};

/** Whose goal it is (for the access policy), without reading the goal itself. */
export const findGoalScope = async (db: Executor, id: string): Promise<{ participantId: string; programId: string } | null> => {
  const [row] = await db
    .select({ participantId: goals.participantId, programId: participants.programId })
    .from(goals)
    .innerJoin(participants, eq(participants.id, goals.participantId))
    .where(eq(goals.id, id));
  return row ?? null;
};

/** Writes a change if the goal is still at the version the user saw; false when someone saved in between. */
export const updateGoalIfVersion = async (
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<GoalRow, "goal" | "smart" | "steps" | "dueOn" | "reviewOn" | "status" | "reviews" | "sharedWithCareTeam">>,
  now: Date,
): Promise<boolean> => {
  const updated = await db
    .update(goals)
    .set({ ...changes, updatedAt: now, version: sql`${goals.version} + 1` })
    .where(and(eq(goals.id, id), eq(goals.version, expectedVersion)))
    .returning({ id: goals.id });
  return updated.length === 1;
};
