import { earliestQuestionnaireDate } from "../questionnaires/questionnaire-rules";
import type { ConversationContent, RecordConversation } from "./conversation.contract";

export type ConversationIssue = { path: string; message: string };

/** Whether the note holds anything at all: a date alone is not a conversation worth keeping. */
export const isEmptyConversation = (c: ConversationContent): boolean =>
  !c.topic &&
  !c.miracle.firstNoticed &&
  !c.miracle.dayWithoutProblem &&
  !c.miracle.colleagues &&
  c.scales.length === 0 &&
  !c.resources &&
  !c.pastSuccesses &&
  !c.nextStep &&
  c.quotes.length === 0;

/** What is wrong with a conversation to record, against today (message keys of the server's catalogue). */
export const conversationIssues = (input: Pick<RecordConversation, "heldOn" | "content">, today: string): ConversationIssue[] => {
  const issues: ConversationIssue[] = [];
  if (input.heldOn > today) issues.push({ path: "heldOn", message: "conversation_date_in_future" });
  if (input.heldOn < earliestQuestionnaireDate) issues.push({ path: "heldOn", message: "conversation_date_too_old" });
  if (isEmptyConversation(input.content)) issues.push({ path: "content", message: "conversation_empty" });
  return issues;
};

/**
 * The same scaling question asked at several conversations is one series: compared without case, accents, spaces
 * and end punctuation ("Confiance pour l'entretien ?" and "confiance pour l'entretien" are the same question).
 */
export const conversationScaleKey = (question: string): string =>
  question
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[\s?!.:;…]+$/u, "")
    .trim();

export type ConversationScalePoint = { conversationId: string; heldOn: string; score: number };
export type ConversationScaleSeries = { key: string; /** The latest wording. */ question: string; points: ConversationScalePoint[] };

type ConversationLike = { id: string; heldOn: string; createdAt: string; content: Pick<ConversationContent, "scales"> };

const chronological = (a: ConversationLike, b: ConversationLike): number =>
  a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;

/**
 * Each scaling question's scores over the conversations, oldest first, series in the order they were first asked.
 * A question asked twice in one conversation counts once there (its last answer).
 */
export const conversationScaleSeries = (conversations: readonly ConversationLike[]): ConversationScaleSeries[] => {
  const series = new Map<string, ConversationScaleSeries>();
  for (const c of [...conversations].sort(chronological)) {
    const seenHere = new Map<string, ConversationScalePoint>();
    for (const scale of c.content.scales) {
      const key = conversationScaleKey(scale.question);
      if (!key) continue;
      const entry = series.get(key) ?? { key, question: scale.question, points: [] };
      entry.question = scale.question;
      series.set(key, entry);
      const existing = seenHere.get(key);
      if (existing) existing.score = scale.score;
      else {
        const point = { conversationId: c.id, heldOn: c.heldOn, score: scale.score };
        seenHere.set(key, point);
        entry.points.push(point);
      }
    }
  }
  return [...series.values()];
};

/** The score the same question had at the conversation before this one, if it was asked then. */
export const previousScaleScore = (series: readonly ConversationScaleSeries[], conversationId: string, question: string): ConversationScalePoint | null => {
  const found = series.find((s) => s.key === conversationScaleKey(question));
  if (!found) return null;
  const at = found.points.findIndex((p) => p.conversationId === conversationId);
  return at > 0 ? found.points[at - 1] : null;
};
