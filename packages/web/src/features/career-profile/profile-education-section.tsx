import { Button, Checkbox, NumberInput, SimpleGrid, TagsInput, Text, TextInput } from "@mantine/core";
import type { CareerProfileData } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { RepeatableEntry, removeAt, replaceAt } from "./repeatable-entry";
import { ProfileSection, type ProfileSectionProps, toNullableInt } from "./profile-section";

type Education = CareerProfileData["education"][number];
const emptyEducation = (): Education => ({ title: "", institution: "", year: null, completed: true });

export const ProfileEducationSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const items = value.education;
  const set = (education: Education[]) => onChange({ education });
  return (
    <ProfileSection title={t("profile.education")}>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t("profile.noEntries")}</Text> : null}
      {items.map((item, index) => {
        const n = index + 1;
        const path = `education.${index}`;
        return (
          <RepeatableEntry
            // Entries have no id; position is their identity while the form is open.
            key={index}
            legend={t("profile.educationEntry", { index: n })}
            removeLabel={t("profile.removeEducation", { index: n })}
            onRemove={() => set(removeAt(items, index))}
            readOnly={readOnly}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t("profile.educationTitle")}
                required
                value={item.title}
                onChange={(e) => set(replaceAt(items, index, { title: e.currentTarget.value }))}
                error={errors[`${path}.title`]}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.institution")}
                value={item.institution}
                onChange={(e) => set(replaceAt(items, index, { institution: e.currentTarget.value }))}
                error={errors[`${path}.institution`]}
                readOnly={readOnly}
              />
              <NumberInput
                label={t("profile.year")}
                min={1900}
                max={2100}
                allowDecimal={false}
                value={item.year ?? ""}
                onChange={(v) => set(replaceAt(items, index, { year: toNullableInt(v) }))}
                error={errors[`${path}.year`]}
                readOnly={readOnly}
              />
              <Checkbox
                mt={{ sm: "xl" }}
                label={t("profile.completed")}
                checked={item.completed}
                onChange={(e) => set(replaceAt(items, index, { completed: e.currentTarget.checked }))}
                disabled={readOnly}
              />
            </SimpleGrid>
          </RepeatableEntry>
        );
      })}
      {readOnly ? null : (
        <Button variant="light" w="fit-content" onClick={() => set([...items, emptyEducation()])}>
          {t("profile.addEducation")}
        </Button>
      )}
      <TagsInput
        label={t("profile.certificates")}
        description={readOnly ? undefined : t("profile.certificatesHint")}
        value={value.certificates}
        onChange={(certificates) => onChange({ certificates })}
        error={errors.certificates}
        readOnly={readOnly}
        acceptValueOnBlur
        clearable={false}
      />
    </ProfileSection>
  );
};
