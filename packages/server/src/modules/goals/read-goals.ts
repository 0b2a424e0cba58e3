import { type GoalList, readsSharedPracticeOnly } from "@passerelle/domain";
import { authorizeAuditedRead } from "../../platform/audited-read";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { listGoals } from "./goals.repository";

/** "Mes objectifs": the person's goals (audited read). A clinician reads only the goals shared with the care team. */
export const readGoals = async (ctx: AppContext, actor: Actor, participantId: string): Promise<GoalList> => {
  const { role } = await authorizeAuditedRead(ctx, actor, participantId, "practice.read", "goal");
  return { items: await listGoals(ctx.database.db, participantId, readsSharedPracticeOnly(role)) };
};
