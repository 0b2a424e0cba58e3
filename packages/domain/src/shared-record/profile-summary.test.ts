import { describe, expect, it } from "vitest";
import { careerProfileDataSchema } from "../career-profile/profile.contract";
import { summarizeProfile } from "./profile-summary";
import { profileSummarySchema } from "./shared-record.contract";

describe("the profile summary shared with the care team", () => {
  const data = careerProfileDataSchema.parse({
    workGoal: { dreamJob: "Fleuriste", shortTermGoal: "Un mi-temps" },
    strengths: "Ponctuelle",
    preferences: { jobTypes: ["Vente"], hoursPerWeekMin: 15, hoursPerWeekMax: 24, schedule: ["mornings"] },
    benefits: { current: ["aah"], notes: "AAH à taux plein" },
    legalHistory: "Condamnation ancienne",
    whatHelps: "Être prévenue des changements",
    disclosure: { preference: "partial", notes: "Ne pas parler du diagnostic" },
    jobHistory: [{ title: "Caissière", whyEnded: "Hospitalisation" }],
  });

  it("keeps the goal, wished jobs, hours and strengths", () => {
    expect(summarizeProfile(data, "2026-03-01T10:00:00.000Z")).toEqual({
      dreamJob: "Fleuriste",
      shortTermGoal: "Un mi-temps",
      jobTypes: ["Vente"],
      hoursPerWeekMin: 15,
      hoursPerWeekMax: 24,
      schedule: ["mornings"],
      strengths: "Ponctuelle",
      savedAt: "2026-03-01T10:00:00.000Z",
    });
  });

  it("carries nothing about benefits, history, disclosure or the legal history", () => {
    const text = JSON.stringify(profileSummarySchema.parse(summarizeProfile(data, null)));
    for (const secret of ["AAH", "aah", "Condamnation", "Hospitalisation", "diagnostic", "prévenue", "Caissière"]) expect(text).not.toContain(secret);
  });

  it("reads an empty profile as empty fields", () => {
    expect(summarizeProfile(careerProfileDataSchema.parse({}), null)).toMatchObject({ jobTypes: [], hoursPerWeekMin: null, strengths: "" });
  });
});
