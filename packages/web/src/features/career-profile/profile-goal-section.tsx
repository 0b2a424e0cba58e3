import { SimpleGrid, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProfileSection, type ProfileSectionProps } from "./profile-section";

export const ProfileGoalSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const goal = value.workGoal;
  return (
    <ProfileSection title={t("profile.workGoal")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label={t("profile.dreamJob")}
          value={goal.dreamJob}
          onChange={(e) => onChange({ workGoal: { ...goal, dreamJob: e.currentTarget.value } })}
          error={errors["workGoal.dreamJob"]}
          readOnly={readOnly}
          autosize
          minRows={2}
        />
        <Textarea
          label={t("profile.shortTermGoal")}
          value={goal.shortTermGoal}
          onChange={(e) => onChange({ workGoal: { ...goal, shortTermGoal: e.currentTarget.value } })}
          error={errors["workGoal.shortTermGoal"]}
          readOnly={readOnly}
          autosize
          minRows={2}
        />
      </SimpleGrid>
    </ProfileSection>
  );
};
