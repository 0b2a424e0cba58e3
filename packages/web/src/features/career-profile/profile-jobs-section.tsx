import { Button, SimpleGrid, Text, Textarea, TextInput } from "@mantine/core";
import type { CareerProfileData } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { RepeatableEntry, removeAt, replaceAt } from "./repeatable-entry";
import { ProfileSection, type ProfileSectionProps } from "./profile-section";

type Job = CareerProfileData["jobHistory"][number];
const emptyJob = (): Job => ({
  title: "",
  employer: "",
  startDate: null,
  endDate: null,
  duties: "",
  wentWell: "",
  whyEnded: "",
});

export const ProfileJobsSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const items = value.jobHistory;
  const set = (jobHistory: Job[]) => onChange({ jobHistory });
  return (
    <ProfileSection title={t("profile.jobHistory")}>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t("profile.noEntries")}</Text> : null}
      {items.map((job, index) => {
        const n = index + 1;
        const path = `jobHistory.${index}`;
        const text = (field: "duties" | "wentWell" | "whyEnded", label: string) => (
          <Textarea
            label={label}
            value={job[field]}
            onChange={(e) => set(replaceAt(items, index, { [field]: e.currentTarget.value }))}
            error={errors[`${path}.${field}`]}
            readOnly={readOnly}
            autosize
            minRows={2}
          />
        );
        return (
          <RepeatableEntry
            key={index}
            legend={t("profile.jobEntry", { index: n })}
            removeLabel={t("profile.removeJob", { index: n })}
            onRemove={() => set(removeAt(items, index))}
            readOnly={readOnly}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t("profile.jobTitle")}
                required
                value={job.title}
                onChange={(e) => set(replaceAt(items, index, { title: e.currentTarget.value }))}
                error={errors[`${path}.title`]}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.employer")}
                value={job.employer}
                onChange={(e) => set(replaceAt(items, index, { employer: e.currentTarget.value }))}
                error={errors[`${path}.employer`]}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.startDate")}
                type="date"
                value={job.startDate ?? ""}
                onChange={(e) => set(replaceAt(items, index, { startDate: e.currentTarget.value || null }))}
                error={errors[`${path}.startDate`]}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.endDate")}
                type="date"
                value={job.endDate ?? ""}
                onChange={(e) => set(replaceAt(items, index, { endDate: e.currentTarget.value || null }))}
                error={errors[`${path}.endDate`]}
                readOnly={readOnly}
              />
            </SimpleGrid>
            {text("duties", t("profile.duties"))}
            {text("wentWell", t("profile.wentWell"))}
            {text("whyEnded", t("profile.whyEnded"))}
          </RepeatableEntry>
        );
      })}
      {readOnly ? null : (
        <Button variant="light" w="fit-content" onClick={() => set([...items, emptyJob()])}>
          {t("profile.addJob")}
        </Button>
      )}
    </ProfileSection>
  );
};
