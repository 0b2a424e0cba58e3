import { Badge, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type JobSearchPlanData, overdueSteps, stepOwners, stepStatuses } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ProfileSection } from "../career-profile/profile-section";
import { removeAt, replaceAt } from "../career-profile/repeatable-entry";
import { todayIso } from "../../shared/format/dates";
import type { PlanSectionProps } from "./plan-targets";

type Step = JobSearchPlanData["steps"][number];

const newStep = (): Step => ({ id: crypto.randomUUID(), description: "", owner: "participant", ownerName: "", dueDate: null, status: "todo", doneOn: null });

/** Who does what by when. The person comes first in the owners: the plan is theirs. Late steps stand out. */
export const PlanStepsSection = ({ value, onChange, errors, readOnly }: PlanSectionProps) => {
  const { t } = useTranslation();
  const today = todayIso();
  const items = value.steps;
  const late = new Set(overdueSteps(value, today));
  const set = (steps: Step[]) => onChange({ steps });
  return (
    <ProfileSection title={t("jobSearch.steps")}>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t("jobSearch.noEntries")}</Text> : null}
      {items.map((step, index) => {
        const path = `steps.${index}`;
        const overdue = late.has(step);
        const n = index + 1;
        return (
          <Fieldset
            key={step.id}
            legend={
              <Group gap="xs" component="span">
                <span>{overdue ? t("jobSearch.stepOverdue", { index: n }) : t("jobSearch.step", { index: n })}</span>
                {overdue ? (
                  <Badge color="red.8" variant="filled" size="sm" aria-hidden="true">
                    {t("jobSearch.overdue")}
                  </Badge>
                ) : null}
              </Group>
            }
            variant="filled"
            data-overdue={overdue ? "true" : undefined}
            style={overdue ? { borderLeft: "4px solid var(--mantine-color-red-8)" } : undefined}
          >
            <Stack gap="sm">
              <TextInput
                label={t("jobSearch.stepDescription")}
                required
                value={step.description}
                onChange={(e) => set(replaceAt(items, index, { description: e.currentTarget.value }))}
                error={errors[`${path}.description`]}
                readOnly={readOnly}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t("jobSearch.owner")}
                  value={step.owner}
                  onChange={(e) => set(replaceAt(items, index, { owner: e.currentTarget.value as Step["owner"] }))}
                  data={stepOwners.map((o) => ({ value: o, label: t(`jobSearch.owners.${o}`) }))}
                  disabled={readOnly}
                />
                {/* A name only helps for someone outside the team (a relative, a mentor); one typed earlier stays shown. */}
                {step.owner === "family" || step.owner === "other" || step.ownerName ? (
                  <TextInput
                    label={t("jobSearch.ownerName")}
                    description={t("jobSearch.ownerNameHint")}
                    value={step.ownerName}
                    onChange={(e) => set(replaceAt(items, index, { ownerName: e.currentTarget.value }))}
                    error={errors[`${path}.ownerName`]}
                    readOnly={readOnly}
                  />
                ) : (
                  <div />
                )}
                <TextInput
                  label={t("jobSearch.dueDate")}
                  type="date"
                  value={step.dueDate ?? ""}
                  onChange={(e) => set(replaceAt(items, index, { dueDate: e.currentTarget.value || null }))}
                  error={errors[`${path}.dueDate`]}
                  readOnly={readOnly}
                />
                <NativeSelect
                  label={t("jobSearch.stepStatus")}
                  value={step.status}
                  onChange={(e) => {
                    const status = e.currentTarget.value as Step["status"];
                    // A step marked done is done today unless said otherwise; other statuses carry no done date.
                    set(replaceAt(items, index, { status, doneOn: status === "done" ? (step.doneOn ?? today) : null }));
                  }}
                  data={stepStatuses.map((s) => ({ value: s, label: t(`jobSearch.stepStatuses.${s}`) }))}
                  disabled={readOnly}
                />
                {step.status === "done" ? (
                  <TextInput
                    label={t("jobSearch.doneOn")}
                    type="date"
                    required
                    max={today}
                    value={step.doneOn ?? ""}
                    onChange={(e) => set(replaceAt(items, index, { doneOn: e.currentTarget.value || null }))}
                    error={errors[`${path}.doneOn`]}
                    readOnly={readOnly}
                  />
                ) : null}
              </SimpleGrid>
              {readOnly ? null : (
                <Group justify="flex-end">
                  <Button variant="subtle" color="red" size="xs" onClick={() => set(removeAt(items, index))}>
                    {t("jobSearch.removeStep", { index: n })}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {readOnly ? null : (
        <div>
          <Button variant="default" size="sm" onClick={() => set([...items, newStep()])}>
            {t("jobSearch.addStep")}
          </Button>
        </div>
      )}
    </ProfileSection>
  );
};
