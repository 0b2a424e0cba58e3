import { describe, expect, it } from "vitest";
import { supportActivity } from "./support-activity";
import { logSupportContactInput, supportContactLogSchema, supportPlanDataSchema } from "./support-plan.contract";

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, "0")}`;
const TODAY = "2026-03-20";

describe("support plan", () => {
  const plan = supportPlanDataSchema.parse({
    chosenWithPersonOn: "2026-03-02",
    supports: [
      { id: id(1), kind: "on_site_coaching", provider: "specialist", frequency: "weekly" },
      { id: id(2), kind: "supervisor_meetings", provider: "specialist", frequency: "monthly", startDate: "2026-03-02" },
      { id: id(3), kind: "reminders", provider: "coworker", providerName: "Léa", frequency: "daily" },
      { id: id(4), kind: "transport_training", provider: "peer_supporter", frequency: "as_needed" },
      { id: id(5), kind: "medication_timing", provider: "specialist", frequency: "weekly", endDate: "2026-03-10" },
    ],
  });

  it("accepts every support the issue names", () => {
    for (const kind of ["on_site_coaching", "supervisor_meetings", "transport_training", "medication_timing", "reminders", "accommodations", "career_progression"]) {
      expect(supportPlanDataSchema.safeParse({ supports: [{ id: id(9), kind, provider: "specialist", frequency: "weekly" }] }).success).toBe(true);
    }
  });

  it("refuses a support ending before it starts", () => {
    const bad = { id: id(9), kind: "reminders", provider: "family", frequency: "daily", startDate: "2026-03-10", endDate: "2026-03-01" };
    expect(supportPlanDataSchema.safeParse({ supports: [bad] }).success).toBe(false);
  });

  it("says when each support was delivered and whether its rhythm is kept", () => {
    const links = [
      { supportIds: [id(1), id(2)], date: "2026-03-05" },
      { supportIds: [id(1)], date: "2026-03-12" },
      { supportIds: [id(1)], date: "2026-03-25" },
    ];
    expect(supportActivity(plan, links, TODAY)).toEqual([
      { supportId: id(1), lastDate: "2026-03-12", count: 2, dueBy: "2026-03-19", overdue: true },
      { supportId: id(2), lastDate: "2026-03-05", count: 1, dueBy: "2026-04-05", overdue: false },
      { supportId: id(3), lastDate: null, count: 0, dueBy: null, overdue: false },
      { supportId: id(4), lastDate: null, count: 0, dueBy: null, overdue: false },
      { supportId: id(5), lastDate: null, count: 0, dueBy: null, overdue: false },
    ]);
  });

  it("logs a support contact as a regular contact plus the supports it delivered", () => {
    const parsed = logSupportContactInput.parse({ contact: { date: TODAY, mode: "in_person", phase: "follow_along" }, supportIds: [id(1)] });
    expect(parsed.contact.withWhom).toEqual(["participant"]);
    expect(logSupportContactInput.safeParse({ contact: { date: TODAY, mode: "in_person", phase: "follow_along" }, supportIds: [] }).success).toBe(false);
  });
});

describe("support contact log contract", () => {
  it("reads a link with its contact and the activity of each support", () => {
    const contact = {
      id: id(20), participantId: id(21), date: "2026-03-05", durationMinutes: 30, mode: "in_person", place: "community",
      withWhom: ["participant", "employer"], phase: "follow_along", notes: "", authorId: null, authorName: null, createdAt: "2026-03-05T10:00:00.000Z",
    };
    const log = { items: [{ contactId: id(20), jobId: id(22), supportIds: [id(1)], date: "2026-03-05", contact }], total: 1,
      supportActivity: [{ supportId: id(1), lastDate: "2026-03-05", count: 1, dueBy: "2026-03-12", overdue: false }] };
    expect(supportContactLogSchema.safeParse(log).success).toBe(true);
  });
});
