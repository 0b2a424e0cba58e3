import { describe, expect, it } from "vitest";
import { careerProfileDataSchema, emptyCareerProfile } from "./profile.contract";

describe("career profile", () => {
  it("starts empty with every section present", () => {
    const empty = emptyCareerProfile();
    expect(empty.jobHistory).toEqual([]);
    expect(empty.preferences.places).toEqual([]);
    expect(empty.disclosure.preference).toBe("undecided");
    expect(empty.rqth.status).toBe("unknown");
  });
  it("accepts several job history entries and French communes", () => {
    const parsed = careerProfileDataSchema.parse({
      jobHistory: [{ title: "Serveur" }, { title: "Plongeur", employer: "Le Bouchon", startDate: "2019-01-01", endDate: "2019-06-30" }],
      preferences: { places: [{ name: "Lyon", inseeCode: "69123" }, { name: "Ajaccio", inseeCode: "2A004" }, { name: "Liège" }] },
    });
    expect(parsed.jobHistory).toHaveLength(2);
    expect(parsed.preferences.places[1].inseeCode).toBe("2A004");
  });
  it("refuses an hours range upside down and a bad commune code", () => {
    expect(careerProfileDataSchema.safeParse({ preferences: { hoursPerWeekMin: 30, hoursPerWeekMax: 20 } }).success).toBe(false);
    expect(careerProfileDataSchema.safeParse({ preferences: { places: [{ name: "X", inseeCode: "123" }] } }).success).toBe(false);
  });
});
