import { describe, expect, it } from "vitest";
import { conversationContentSchema, recordConversationInput } from "./conversation.contract";
import { conversationIssues, isEmptyConversation, previousScaleScore, conversationScaleKey, conversationScaleSeries } from "./conversation-rules";

const today = "2026-10-15";
const content = (extra: Record<string, unknown> = {}) => conversationContentSchema.parse(extra);

describe("conversation contract", () => {
  it.each([
    ["a score of 11", { scales: [{ question: "Confiance", score: 11 }] }, "scales.0.score"],
    ["a negative score", { scales: [{ question: "Confiance", score: -1 }] }, "scales.0.score"],
    ["a decimal score", { scales: [{ question: "Confiance", score: 5.5 }] }, "scales.0.score"],
    ["a scale without its question", { scales: [{ question: "  ", score: 5 }] }, "scales.0.question"],
    ["an empty quote", { quotes: [""] }, "quotes.0"],
    ["eleven scales", { scales: Array.from({ length: 11 }, () => ({ question: "Q", score: 1 })) }, "scales"],
    ["a next step of 501 characters", { nextStep: "x".repeat(501) }, "nextStep"],
    ["a 2001-character answer to the miracle question", { miracle: { firstNoticed: "x".repeat(2001) } }, "miracle.firstNoticed"],
  ])("refuses %s", (_label, body, path) => {
    const result = conversationContentSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("fills the parts left out and trims the person's words", () => {
    const parsed = recordConversationInput.parse({ heldOn: today, content: { nextStep: "  Appeler la boulangerie  ", quotes: ["  Je peux le faire  "] } });
    expect(parsed).toEqual({
      heldOn: today,
      sharedWithCareTeam: false,
      content: {
        topic: "",
        miracle: { firstNoticed: "", dayWithoutProblem: "", colleagues: "" },
        scales: [],
        resources: "",
        pastSuccesses: "",
        nextStep: "Appeler la boulangerie",
        quotes: ["Je peux le faire"],
      },
    });
  });
});

describe("conversationIssues", () => {
  it.each([
    ["a next step only", today, { nextStep: "Appeler" }, []],
    ["a scale only", "2026-10-01", { scales: [{ question: "Confiance", score: 0 }] }, []],
    ["a quote only", today, { quotes: ["Je me sentirais acceptée"] }, []],
    ["an empty note", today, {}, [{ path: "content", message: "conversation_empty" }]],
    ["tomorrow", "2026-10-16", { topic: "Reprise" }, [{ path: "heldOn", message: "conversation_date_in_future" }]],
    ["before 2000", "1999-01-01", { topic: "Reprise" }, [{ path: "heldOn", message: "conversation_date_too_old" }]],
  ])("%s", (_label, heldOn, body, expected) => expect(conversationIssues({ heldOn, content: content(body) }, today)).toEqual(expected));

  it("sees every part as content", () => {
    for (const part of [{ topic: "x" }, { miracle: { colleagues: "x" } }, { resources: "x" }, { pastSuccesses: "x" }]) {
      expect(isEmptyConversation(content(part))).toBe(false);
    }
  });
});

describe("conversationScaleKey", () => {
  it.each([
    ["Confiance pour l'entretien ?", "confiance pour l'entretien"],
    ["  CONFIANCE   pour l’entretien", "confiance pour l'entretien"],
    ["Où en êtes-vous de 0 à 10 ?!", "ou en etes-vous de 0 a 10"],
    ["Motivation...", "motivation"],
  ])("%s -> %s", (question, key) => expect(conversationScaleKey(question)).toBe(key));
});

describe("conversationScaleSeries", () => {
  const conv = (id: string, heldOn: string, scales: { question: string; score: number }[], createdAt = `${heldOn}T10:00:00Z`) => ({
    id,
    heldOn,
    createdAt,
    content: { scales: scales.map((s) => ({ ...s, oneHigher: "" })) },
  });
  const conversations = [
    conv("c3", "2026-10-01", [{ question: "Confiance pour l'entretien", score: 6 }]),
    conv("c1", "2026-08-01", [
      { question: "Confiance pour l'entretien ?", score: 3 },
      { question: "Énergie le matin", score: 5 },
    ]),
    conv("c2", "2026-09-01", [{ question: "confiance pour l'entretien", score: 4 }, { question: "Stress", score: 7 }, { question: "Stress ?", score: 6 }]),
  ];

  it("follows each question over time, oldest first, with its latest wording", () => {
    expect(conversationScaleSeries(conversations)).toEqual([
      {
        key: "confiance pour l'entretien",
        question: "Confiance pour l'entretien",
        points: [
          { conversationId: "c1", heldOn: "2026-08-01", score: 3 },
          { conversationId: "c2", heldOn: "2026-09-01", score: 4 },
          { conversationId: "c3", heldOn: "2026-10-01", score: 6 },
        ],
      },
      { key: "energie le matin", question: "Énergie le matin", points: [{ conversationId: "c1", heldOn: "2026-08-01", score: 5 }] },
      // Asked twice in one conversation: its last answer counts.
      { key: "stress", question: "Stress ?", points: [{ conversationId: "c2", heldOn: "2026-09-01", score: 6 }] },
    ]);
  });

  it("orders two conversations of the same day by when they were recorded", () => {
    const sameDay = [conv("late", "2026-09-01", [{ question: "Q", score: 8 }], "2026-09-01T15:00:00Z"), conv("early", "2026-09-01", [{ question: "Q", score: 2 }], "2026-09-01T09:00:00Z")];
    expect(conversationScaleSeries(sameDay)[0].points.map((p) => p.conversationId)).toEqual(["early", "late"]);
  });

  it.each([
    ["the previous conversation's score", "c3", "Confiance pour l'entretien", { conversationId: "c2", heldOn: "2026-09-01", score: 4 }],
    ["nothing before the first time", "c1", "Confiance pour l'entretien ?", null],
    ["nothing for a question never asked before", "c2", "Stress", null],
    ["nothing for an unknown question", "c3", "Autre chose", null],
  ])("previousScaleScore: %s", (_label, id, question, expected) => expect(previousScaleScore(conversationScaleSeries(conversations), id, question)).toEqual(expected));
});
