import { questionnaireDue, type QuestionnaireList } from "@passerelle/domain";
import { authorizeAuditedRead } from "../../platform/audited-read";
import { parisDate } from "../../platform/clock";
import type { AppContext } from "../../platform/context";
import type { Actor } from "../../platform/journal";
import { listQuestionnaires, runningEpisodeStart } from "./questionnaires.repository";

/** The person's questionnaires, newest first, and per kind whether one is to be proposed now (audited read). */
export const readQuestionnaires = async (ctx: AppContext, actor: Actor, participantId: string): Promise<QuestionnaireList> => {
  await authorizeAuditedRead(ctx, actor, participantId, "questionnaire.read", "questionnaire");
  const db = ctx.database.db;
  const [items, entry] = await Promise.all([listQuestionnaires(db, participantId), runningEpisodeStart(db, participantId)]);
  const today = parisDate(ctx.clock.now());
  const datesOf = (kind: "who5" | "satisfaction") => items.filter((q) => q.kind === kind).map((q) => q.answeredOn);
  return {
    items,
    due: { who5: questionnaireDue(entry, datesOf("who5"), today), satisfaction: questionnaireDue(entry, datesOf("satisfaction"), today) },
  };
};
