import { Stack } from "@mantine/core";
import { ProfileDisclosureSection } from "./profile-disclosure-section";
import { ProfileEducationSection } from "./profile-education-section";
import { ProfileGoalSection } from "./profile-goal-section";
import { ProfileJobsSection } from "./profile-jobs-section";
import { ProfileLegalSection } from "./profile-legal-section";
import { ProfilePreferencesSection } from "./profile-preferences-section";
import type { ProfileSectionProps } from "./profile-section";
import { ProfileStrengthsSection } from "./profile-strengths-section";

/** Every field of the career profile, in the order a conversation usually takes. Also used read-only. */
export const ProfileSections = (props: ProfileSectionProps & { resetKey?: number }) => {
  const { resetKey, ...section } = props;
  return (
    <Stack gap="md">
      <ProfileGoalSection {...section} />
      <ProfileStrengthsSection {...section} />
      <ProfileJobsSection {...section} />
      <ProfileEducationSection {...section} />
      <ProfilePreferencesSection {...section} />
      <ProfileDisclosureSection {...section} />
      <ProfileLegalSection key={resetKey} {...section} />
    </Stack>
  );
};
