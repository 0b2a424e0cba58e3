import { Checkbox, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProfileSection, type ProfileSectionProps } from "./profile-section";

/** Legal history is never asked for: it appears only when the person wants it written down. */
export const ProfileLegalSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(value.legalHistory.trim() !== "");
  if (readOnly && !value.legalHistory) return null;
  return (
    <ProfileSection title={t("profile.legalHistory")}>
      <Checkbox
        label={t("profile.legalHistoryWanted")}
        description={t("profile.legalHistoryHint")}
        checked={wanted}
        disabled={readOnly}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setWanted(checked);
          if (!checked) onChange({ legalHistory: "" });
        }}
      />
      {wanted ? (
        <Textarea
          label={t("profile.legalHistoryText")}
          value={value.legalHistory}
          onChange={(e) => onChange({ legalHistory: e.currentTarget.value })}
          error={errors.legalHistory}
          readOnly={readOnly}
          autosize
          minRows={2}
          maxLength={1000}
        />
      ) : null}
    </ProfileSection>
  );
};
