import { type QuestionnaireKind, satisfactionItems, who5Items } from "@passerelle/domain";
import type { TFunction } from "i18next";

/** The answers offered, most positive first, as on the WHO's form (WHO-5: 5 to 0; satisfaction: 5 to 1). */
export const answerValues = (kind: QuestionnaireKind): number[] => (kind === "who5" ? [5, 4, 3, 2, 1, 0] : [5, 4, 3, 2, 1]);

const who5AnswerKeys = ["0", "1", "2", "3", "4", "5"] as const;
const satisfactionAnswerKeys = ["1", "2", "3", "4", "5"] as const;
const isWho5Answer = (v: string): v is (typeof who5AnswerKeys)[number] => (who5AnswerKeys as readonly string[]).includes(v);
const isSatisfactionAnswer = (v: string): v is (typeof satisfactionAnswerKeys)[number] => (satisfactionAnswerKeys as readonly string[]).includes(v);

/** The item texts of a questionnaire, in its order (the wording lives in the i18n files). */
export const itemTexts = (kind: QuestionnaireKind, t: TFunction): string[] =>
  kind === "who5" ? who5Items.map((id) => t(`questionnaires.who5.items.${id}`)) : satisfactionItems.map((id) => t(`questionnaires.satisfaction.items.${id}`));

export const shortItemTexts = (t: TFunction): string[] => satisfactionItems.map((id) => t(`questionnaires.satisfaction.itemsShort.${id}`));

export const answerText = (kind: QuestionnaireKind, value: number, t: TFunction): string => {
  const key = String(value);
  if (kind === "who5") return isWho5Answer(key) ? t(`questionnaires.who5.answers.${key}`) : key;
  return isSatisfactionAnswer(key) ? t(`questionnaires.satisfaction.answers.${key}`) : key;
};
