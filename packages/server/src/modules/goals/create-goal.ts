import { type CreateGoal, type Goal, canBeRevised, goalCreateIssues, normalizeGoalSteps } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { goalEventData } from "./goal-events";
import { getGoal, insertGoal, updateGoalIfVersion } from "./goals.repository";

type Scope = { programId: string; participantId: string };

/** The goal being reworded becomes `revised`, at the version the user saw; it must be the same person's. */
const reviseOld = async (tx: Executor, ctx: AppContext, actor: Actor, scope: Scope, revises: NonNullable<CreateGoal["revises"]>, newGoalId: string) => {
  const old = await getGoal(tx, revises.goalId);
  if (!old || old.participantId !== scope.participantId) throw new AppError("unprocessable", { fields: [{ path: "revises.goalId", message: "goal_unknown" }] });
  if (old.version !== revises.version) throw staleVersion(old);
  if (!canBeRevised(old.status)) throw new AppError("unprocessable", { fields: [{ path: "revises.goalId", message: "goal_cannot_revise" }] });
  if (!(await updateGoalIfVersion(tx, old.id, revises.version, { status: "revised" }, ctx.clock.now()))) throw staleVersion(await getGoal(tx, old.id));
  const revised = { ...old, status: "revised" as const };
  await appendEvent(tx, ctx.clock, { type: "goal.updated", actor, ...scope, data: goalEventData(revised, { changes: ["status"], revisedIntoGoalId: newGoalId }) });
  await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "goal", recordId: old.id, ...scope });
};

/**
 * Writes down a goal with the person: the goal, what makes it SMART, its small steps, due and review dates. When it
 * rewords an earlier goal (`revises`), that goal is marked revised in the same transaction.
 */
export const createGoal = async (ctx: AppContext, actor: Actor, participantId: string, input: CreateGoal): Promise<Goal> => {
  const db = ctx.database.db;
  const { programId } = await authorizeParticipant(db, actor, participantId, "practice.write");
  const today = parisDate(ctx.clock.now());
  const issues = goalCreateIssues(input, today);
  if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
  const scope = { programId, participantId };
  const id = newId();
  const steps = normalizeGoalSteps(input.steps, [], today);
  await db.transaction(async (tx) => {
    if (input.revises) await reviseOld(tx, ctx, actor, scope, input.revises, id);
    const now = ctx.clock.now();
    await insertGoal(tx, {
      id,
      programId,
      participantId,
      goal: input.goal,
      smart: input.smart,
      steps,
      dueOn: input.dueOn,
      reviewOn: input.reviewOn,
      status: "active",
      reviews: [],
      sharedWithCareTeam: input.sharedWithCareTeam,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const created = { id, status: "active" as const, steps, reviews: [], sharedWithCareTeam: input.sharedWithCareTeam };
    await appendEvent(tx, ctx.clock, { type: "goal.created", actor, ...scope, data: goalEventData(created, input.revises ? { revisesGoalId: input.revises.goalId } : {}) });
    await recordAudit(tx, ctx.clock, { actor, action: "create", recordType: "goal", recordId: id, ...scope });
  });
  const created = await getGoal(db, id);
  if (!created) throw notFound();
  return created;
};
