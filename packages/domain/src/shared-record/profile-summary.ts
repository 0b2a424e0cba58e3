import type { CareerProfileData } from "../career-profile/profile.contract";
import type { ProfileSummary } from "./shared-record.contract";

/**
 * The part of the career profile the care team sees: the person's goal, the jobs and hours they want, their
 * strengths. Picked field by field (never spread), so a field added to the profile later is not shared by accident.
 */
export const summarizeProfile = (data: CareerProfileData, savedAt: string | null): ProfileSummary => ({
  dreamJob: data.workGoal.dreamJob,
  shortTermGoal: data.workGoal.shortTermGoal,
  jobTypes: [...data.preferences.jobTypes],
  hoursPerWeekMin: data.preferences.hoursPerWeekMin ?? null,
  hoursPerWeekMax: data.preferences.hoursPerWeekMax ?? null,
  schedule: [...data.preferences.schedule],
  strengths: data.strengths,
  savedAt,
});
