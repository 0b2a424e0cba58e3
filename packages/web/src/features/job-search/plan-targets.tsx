import { Button, SimpleGrid, Text, TextInput } from "@mantine/core";
import type { JobSearchPlanData } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ProfileSection } from "../career-profile/profile-section";
import { RepeatableEntry, removeAt, replaceAt } from "../career-profile/repeatable-entry";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { EmployerNameInput } from "./employer-name-input";
import { OccupationPicker } from "./occupation-picker";

export type PlanSectionProps = {
  value: JobSearchPlanData;
  onChange: (patch: Partial<JobSearchPlanData>) => void;
  errors: FieldErrors;
  readOnly: boolean;
};

export const TargetJobsSection = ({ value, onChange, errors, readOnly }: PlanSectionProps) => {
  const { t } = useTranslation();
  const items = value.targetJobs;
  const set = (targetJobs: JobSearchPlanData["targetJobs"]) => onChange({ targetJobs });
  return (
    <ProfileSection title={t("jobSearch.targetJobs")}>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t("jobSearch.noEntries")}</Text> : null}
      {items.map((job, index) => (
        <RepeatableEntry
          key={index}
          legend={t("jobSearch.targetJob", { index: index + 1 })}
          removeLabel={t("jobSearch.removeTargetJob", { index: index + 1 })}
          onRemove={() => set(removeAt(items, index))}
          readOnly={readOnly}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("jobSearch.jobTitle")}
              required
              value={job.title}
              onChange={(e) => set(replaceAt(items, index, { title: e.currentTarget.value }))}
              error={errors[`targetJobs.${index}.title`]}
              readOnly={readOnly}
            />
            <OccupationPicker
              label={t("jobSearch.occupation")}
              value={job.occupationCode ?? ""}
              onChange={(code) => set(replaceAt(items, index, { occupationCode: code || null }))}
              error={errors[`targetJobs.${index}.occupationCode`]}
              readOnly={readOnly}
            />
          </SimpleGrid>
        </RepeatableEntry>
      ))}
      {readOnly ? null : (
        <div>
          <Button variant="default" size="sm" onClick={() => set([...items, { title: "", occupationCode: null }])}>
            {t("jobSearch.addTargetJob")}
          </Button>
        </div>
      )}
    </ProfileSection>
  );
};

export const TargetEmployersSection = ({ value, onChange, errors, readOnly, withRegister }: PlanSectionProps & { withRegister: boolean }) => {
  const { t } = useTranslation();
  const items = value.targetEmployers;
  const set = (targetEmployers: JobSearchPlanData["targetEmployers"]) => onChange({ targetEmployers });
  return (
    <ProfileSection title={t("jobSearch.targetEmployers")}>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t("jobSearch.noEntries")}</Text> : null}
      {items.map((employer, index) => (
        <RepeatableEntry
          key={index}
          legend={t("jobSearch.targetEmployer", { index: index + 1 })}
          removeLabel={t("jobSearch.removeTargetEmployer", { index: index + 1 })}
          onRemove={() => set(removeAt(items, index))}
          readOnly={readOnly}
        >
          <EmployerNameInput
            label={t("jobSearch.employer")}
            employerId={employer.employerId ?? null}
            name={employer.name}
            onChange={(next) => set(replaceAt(items, index, next))}
            withRegister={withRegister}
            readOnly={readOnly}
            required
            error={errors[`targetEmployers.${index}.name`] ?? errors[`targetEmployers.${index}.employerId`]}
          />
        </RepeatableEntry>
      ))}
      {readOnly ? null : (
        <div>
          <Button variant="default" size="sm" onClick={() => set([...items, { employerId: null, name: "" }])}>
            {t("jobSearch.addTargetEmployer")}
          </Button>
        </div>
      )}
    </ProfileSection>
  );
};
