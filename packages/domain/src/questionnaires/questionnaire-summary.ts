import type { QuestionnairesSummary } from "./questionnaire.contract";
import { type QuestionnaireKind, questionnaireScales, who5Thresholds } from "./questionnaire-scales";

/** A figure that counts fewer people than this is not shown: small numbers would identify people. */
export const minimumSummaryCell = 5;

export type AnsweredQuestionnaire = { participantId: string; kind: QuestionnaireKind; answeredOn: string; createdAt?: string; answers: readonly number[]; score: number };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Oldest first: by date, then by recording time for two answers of the same day. */
const chronological = (a: AnsweredQuestionnaire, b: AnsweredQuestionnaire): number =>
  a.answeredOn === b.answeredOn ? (a.createdAt ?? "").localeCompare(b.createdAt ?? "") : a.answeredOn.localeCompare(b.answeredOn);

/** Each person's questionnaires of one kind, oldest first. */
const byPerson = (answers: readonly AnsweredQuestionnaire[], kind: QuestionnaireKind): Map<string, AnsweredQuestionnaire[]> => {
  const out = new Map<string, AnsweredQuestionnaire[]>();
  for (const a of [...answers].filter((x) => x.kind === kind).sort(chronological)) {
    const list = out.get(a.participantId) ?? [];
    list.push(a);
    out.set(a.participantId, list);
  }
  return out;
};

/** Shows a figure only when it rests on enough people. */
const masked = <T>(people: number, value: () => T): T | null => (people >= minimumSummaryCell ? value() : null);

/**
 * The program's (or one caseload's) participant-reported outcomes for a period, from plain answers. `answers` are the
 * questionnaires of the people in scope up to the period's end (earlier ones give each person's first WHO-5).
 * Respondents are people with an answer dated within the period; their latest answer of the period is the one read.
 * The change is from each person's first WHO-5 ever (usually at entry) to their latest of the period, for people who
 * have both. Every figure counting fewer than `minimumSummaryCell` people is null.
 */
export const summarizeQuestionnaires = (
  answers: readonly AnsweredQuestionnaire[],
  period: { from: string; to: string },
): Omit<QuestionnairesSummary, "programId" | "specialistId" | "from" | "to"> => {
  const upToEnd = answers.filter((a) => a.answeredOn <= period.to);
  const inPeriod = (a: AnsweredQuestionnaire) => a.answeredOn >= period.from && a.answeredOn <= period.to;
  const answering = new Set(upToEnd.filter(inPeriod).map((a) => a.participantId));

  const who5Latest: number[] = [];
  const who5Changes: number[] = [];
  for (const list of byPerson(upToEnd, "who5").values()) {
    const ofPeriod = list.filter(inPeriod);
    const latest = ofPeriod.at(-1);
    if (!latest) continue;
    who5Latest.push(latest.score);
    if (list[0] !== latest) who5Changes.push(latest.score - list[0].score);
  }

  const satisfactionLatest: AnsweredQuestionnaire[] = [];
  for (const list of byPerson(upToEnd, "satisfaction").values()) {
    const latest = list.filter(inPeriod).at(-1);
    if (latest) satisfactionLatest.push(latest);
  }
  const itemCount = questionnaireScales.satisfaction.items.length;

  return {
    minimumCell: minimumSummaryCell,
    peopleAnswering: masked(answering.size, () => answering.size),
    who5: {
      respondents: masked(who5Latest.length, () => who5Latest.length),
      medianLatest: masked(who5Latest.length, () => median(who5Latest)),
      shareBelow50: masked(who5Latest.length, () => round(who5Latest.filter((s) => s < who5Thresholds.lowWellBeing).length / who5Latest.length, 4)),
      withEarlier: masked(who5Changes.length, () => who5Changes.length),
      meanChange: masked(who5Changes.length, () => round(mean(who5Changes), 1)),
      shareImproved: masked(who5Changes.length, () => round(who5Changes.filter((c) => c >= who5Thresholds.meaningfulChange).length / who5Changes.length, 4)),
    },
    satisfaction: {
      respondents: masked(satisfactionLatest.length, () => satisfactionLatest.length),
      meanScore: masked(satisfactionLatest.length, () => round(mean(satisfactionLatest.map((s) => s.score)), 1)),
      itemMeans: Array.from({ length: itemCount }, (_, i) => masked(satisfactionLatest.length, () => round(mean(satisfactionLatest.map((s) => s.answers[i] ?? 0)), 2))),
    },
  };
};
