import { outcomesScope, type QuestionnairesSummary, type QuestionnairesSummaryQuery, summarizeQuestionnaires } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { summaryAnswers } from "./questionnaires.repository";

/**
 * The program's participant-reported outcomes, with the outcomes' scope rule: the team lead and the admin read the
 * program's (or one specialist's caseload), a specialist only ever their own caseload. Aggregates only, small cells
 * masked by the domain, so nothing here is a read of a person's record.
 */
export const summarizeProgramQuestionnaires = async (ctx: AppContext, actor: Actor, query: QuestionnairesSummaryQuery): Promise<QuestionnairesSummary> => {
  const role = authorizeProgram(actor, query.programId, "outcomes.read");
  let specialistId = query.specialistId ?? null;
  if (outcomesScope(role) === "own") {
    if (specialistId && specialistId !== actor.userId) {
      throw new AppError("forbidden", { fields: [{ path: "specialistId", message: "questionnaire_other_specialist" }] });
    }
    specialistId = actor.userId;
  }
  const answers = await summaryAnswers(ctx.database.db, query.programId, query.to, specialistId);
  return { programId: query.programId, specialistId, from: query.from, to: query.to, ...summarizeQuestionnaires(answers, query) };
};
