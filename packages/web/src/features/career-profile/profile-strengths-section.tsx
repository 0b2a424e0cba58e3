import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProfileSection, type ProfileSectionProps } from "./profile-section";

export const ProfileStrengthsSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  return (
    <ProfileSection title={t("profile.strengthsInterests")}>
      <Textarea
        label={t("profile.strengths")}
        value={value.strengths}
        onChange={(e) => onChange({ strengths: e.currentTarget.value })}
        error={errors.strengths}
        readOnly={readOnly}
        autosize
        minRows={2}
      />
      <Textarea
        label={t("profile.interests")}
        value={value.interests}
        onChange={(e) => onChange({ interests: e.currentTarget.value })}
        error={errors.interests}
        readOnly={readOnly}
        autosize
        minRows={2}
      />
      <Textarea
        label={t("profile.whatHelps")}
        description={t("profile.whatHelpsHint")}
        value={value.whatHelps}
        onChange={(e) => onChange({ whatHelps: e.currentTarget.value })}
        error={errors.whatHelps}
        readOnly={readOnly}
        autosize
        minRows={2}
      />
    </ProfileSection>
  );
};
