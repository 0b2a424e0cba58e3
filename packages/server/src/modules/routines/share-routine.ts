import type { Routine, ShareRoutineInput } from "@passerelle/domain";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { sharePracticeRecord } from "../practice/share-practice-record";
import { findRoutineScope, getRoutine, setRoutineSharing } from "./routines.repository";

/** Shares a version of the week with the care team, or stops sharing it: the one change a saved version takes. */
export const shareRoutine = (ctx: AppContext, actor: Actor, id: string, input: ShareRoutineInput): Promise<Routine> =>
  sharePracticeRecord(ctx, actor, id, input.sharedWithCareTeam, { tool: "routine", findOwner: findRoutineScope, setSharing: setRoutineSharing, read: getRoutine });
