import { describe, expect, it } from "vitest";
import { type AnsweredQuestionnaire, summarizeQuestionnaires } from "./questionnaire-summary";

const period = { from: "2026-07-01", to: "2026-09-30" };
const who5 = (participantId: string, answeredOn: string, score: number): AnsweredQuestionnaire => ({ participantId, kind: "who5", answeredOn, answers: [], score });
const satisfaction = (participantId: string, answeredOn: string, answers: number[], score: number): AnsweredQuestionnaire => ({
  participantId, kind: "satisfaction", answeredOn, answers, score,
});

describe("summarizeQuestionnaires", () => {
  it("masks every figure when fewer than 5 people answered", () => {
    const answers = ["a", "b", "c", "d"].map((p) => who5(p, "2026-08-01", 60));
    const s = summarizeQuestionnaires(answers, period);
    expect(s.minimumCell).toBe(5);
    expect(s.peopleAnswering).toBeNull();
    expect(s.who5).toEqual({ respondents: null, medianLatest: null, shareBelow50: null, withEarlier: null, meanChange: null, shareImproved: null });
    expect(s.satisfaction).toEqual({ respondents: null, meanScore: null, itemMeans: [null, null, null, null, null] });
  });

  it("reads each person's latest WHO-5 of the period and their change since their first one (computed by hand)", () => {
    const answers = [
      // a: entry 32, then 44 in the period, then 56 later in the period (latest 56, change +24)
      who5("a", "2026-01-10", 32), who5("a", "2026-07-05", 44), who5("a", "2026-09-20", 56),
      // b: entry 60, period 52 (change -8)
      who5("b", "2026-02-01", 60), who5("b", "2026-08-01", 52),
      // c: entry 20, period 28 (change +8)
      who5("c", "2026-03-01", 20), who5("c", "2026-08-15", 28),
      // d: entry 40, period 72 (change +32)
      who5("d", "2026-04-01", 40), who5("d", "2026-09-01", 72),
      // e: entry 48, period 48 (change 0)
      who5("e", "2026-04-01", 48), who5("e", "2026-07-30", 48),
      // f: a first answer in the period only (latest 80, no change)
      who5("f", "2026-08-10", 80),
      // g: answered before the period only; h: after it: neither counts
      who5("g", "2026-03-01", 12), who5("h", "2026-10-02", 100),
    ];
    const s = summarizeQuestionnaires(answers, period);
    expect(s.peopleAnswering).toBe(6);
    // latest of the period: 56, 52, 28, 72, 48, 80 -> sorted 28 48 52 56 72 80 -> median (52 + 56) / 2
    expect(s.who5.respondents).toBe(6);
    expect(s.who5.medianLatest).toBe(54);
    // under 50: 28 and 48
    expect(s.who5.shareBelow50).toBeCloseTo(2 / 6, 4);
    // changes: +24, -8, +8, +32, 0 -> mean 11.2; improved by 10+: a and d
    expect(s.who5.withEarlier).toBe(5);
    expect(s.who5.meanChange).toBe(11.2);
    expect(s.who5.shareImproved).toBe(0.4);
    expect(s.satisfaction.respondents).toBeNull();
  });

  it("masks the change when fewer than 5 people have two WHO-5, and keeps the rest", () => {
    const answers = ["a", "b", "c", "d", "e"].map((p) => who5(p, "2026-08-01", 40)).concat([who5("a", "2026-01-01", 20)]);
    const s = summarizeQuestionnaires(answers, period);
    expect(s.who5.respondents).toBe(5);
    expect(s.who5.medianLatest).toBe(40);
    expect(s.who5.shareBelow50).toBe(1);
    expect(s.who5.withEarlier).toBeNull();
    expect(s.who5.meanChange).toBeNull();
    expect(s.who5.shareImproved).toBeNull();
  });

  it("gives the satisfaction item means of each person's latest questionnaire of the period", () => {
    const answers = [
      satisfaction("a", "2026-07-02", [1, 1, 1, 1, 1], 0), satisfaction("a", "2026-09-01", [5, 5, 4, 4, 5], 85),
      satisfaction("b", "2026-08-01", [4, 4, 4, 4, 4], 75),
      satisfaction("c", "2026-08-01", [3, 5, 2, 3, 4], 60),
      satisfaction("d", "2026-08-01", [5, 5, 5, 5, 5], 100),
      satisfaction("e", "2026-08-01", [2, 4, 3, 3, 3], 50),
      satisfaction("z", "2026-06-30", [1, 1, 1, 1, 1], 0),
    ];
    const s = summarizeQuestionnaires(answers, period);
    expect(s.peopleAnswering).toBe(5);
    expect(s.satisfaction.respondents).toBe(5);
    // (85 + 75 + 60 + 100 + 50) / 5
    expect(s.satisfaction.meanScore).toBe(74);
    // item 1: (5+4+3+5+2)/5 = 3.8; item 2: (5+4+5+5+4)/5 = 4.6; item 3: (4+4+2+5+3)/5 = 3.6; item 4: (4+4+3+5+3)/5 = 3.8; item 5: (5+4+4+5+3)/5 = 4.2
    expect(s.satisfaction.itemMeans).toEqual([3.8, 4.6, 3.6, 3.8, 4.2]);
    expect(s.who5.respondents).toBeNull();
  });

  it("orders two answers of the same day by their recording time", () => {
    const answers = ["a", "b", "c", "d", "e"].flatMap((p) => [
      { ...who5(p, "2026-08-01", 20), createdAt: "2026-08-01T10:00:00.000Z" },
      { ...who5(p, "2026-08-01", 40), createdAt: "2026-08-01T09:00:00.000Z" },
    ]);
    const s = summarizeQuestionnaires(answers, period);
    expect(s.who5.medianLatest).toBe(20);
    expect(s.who5.meanChange).toBe(-20);
  });
});
