import { type QuestionnaireKind, questionnaireScales } from "./questionnaire-scales";

export type QuestionnaireIssue = { path: string; message: string };

/** The earliest date a questionnaire may carry: older dates are typing mistakes. */
export const earliestQuestionnaireDate = "2000-01-01";

/**
 * What is wrong with a questionnaire for its kind: the number of answers, each answer's range, and a date in the
 * future or before 2000. Messages are the server's message keys.
 */
export const questionnaireIssues = (input: { kind: QuestionnaireKind; answeredOn: string; answers: readonly number[] }, today: string): QuestionnaireIssue[] => {
  const scale = questionnaireScales[input.kind];
  const issues: QuestionnaireIssue[] = [];
  if (input.answeredOn > today) issues.push({ path: "answeredOn", message: "questionnaire_date_in_future" });
  if (input.answeredOn < earliestQuestionnaireDate) issues.push({ path: "answeredOn", message: "questionnaire_date_too_old" });
  if (input.answers.length !== scale.items.length) {
    issues.push({ path: "answers", message: input.kind === "who5" ? "questionnaire_who5_answer_count" : "questionnaire_satisfaction_answer_count" });
    return issues;
  }
  input.answers.forEach((answer, i) => {
    if (answer < scale.min || answer > scale.max) {
      issues.push({ path: `answers.${i}`, message: input.kind === "who5" ? "questionnaire_who5_answer_range" : "questionnaire_satisfaction_answer_range" });
    }
  });
  return issues;
};
