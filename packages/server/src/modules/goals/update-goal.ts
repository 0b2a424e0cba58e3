import { type Goal, type UpdateGoal, applyGoalUpdate, goalUpdateIssues } from "@passerelle/domain";
import { authorizeParticipant } from "../../platform/access";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import { AppError, notFound, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { goalEventData } from "./goal-events";
import { findGoalScope, getGoal, updateGoalIfVersion } from "./goals.repository";

/**
 * One change to a goal, with optimistic concurrency: tick steps, reach, let go or take up the goal again, add a
 * review, edit its texts and dates, share it with the care team. A stale version answers 409 with the goal as it is.
 */
export const updateGoal = async (ctx: AppContext, actor: Actor, id: string, input: UpdateGoal): Promise<Goal> => {
  const db = ctx.database.db;
  const found = await findGoalScope(db, id);
  if (!found) throw notFound();
  const { programId } = await authorizeParticipant(db, actor, found.participantId, "practice.write");
  const scope = { programId, participantId: found.participantId };
  const today = parisDate(ctx.clock.now());
  return db.transaction(async (tx) => {
    const current = await getGoal(tx, id);
    if (!current) throw notFound();
    if (current.version !== input.version) throw staleVersion(current);
    const issues = goalUpdateIssues(current, input, today);
    if (issues.length > 0) throw new AppError("unprocessable", { fields: issues });
    const { next, changes } = applyGoalUpdate(current, input, today);
    if (changes.length === 0) return current;
    const written = await updateGoalIfVersion(
      tx,
      id,
      input.version,
      {
        goal: next.goal,
        smart: next.smart,
        steps: next.steps,
        dueOn: next.dueOn,
        reviewOn: next.reviewOn,
        status: next.status,
        reviews: next.reviews,
        sharedWithCareTeam: next.sharedWithCareTeam,
      },
      ctx.clock.now(),
    );
    if (!written) throw staleVersion(await getGoal(tx, id));
    await appendEvent(tx, ctx.clock, { type: "goal.updated", actor, ...scope, data: goalEventData(next, { changes }) });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "goal", recordId: id, ...scope });
    const updated = await getGoal(tx, id);
    if (!updated) throw notFound();
    return updated;
  });
};
