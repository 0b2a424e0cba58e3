import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { type RoutineActivity, type RoutineCategory, routineCategories, routineDays, routineIssues, routineSlotTimes } from "@passerelle/domain";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { CategorySwatch } from "./routine-parts";
import { shortTime, useRoutineText } from "./use-routine-text";

type ActivityFormProps = {
  grid: { firstHour: number; lastHour: number };
  /** The week as it stands, to find overlaps. */
  activities: readonly RoutineActivity[];
  /** The activity being edited (its index), or null to add one. */
  editing: number | null;
  /** What the form starts from: the edited activity, or a prefilled day and time. */
  initial: RoutineActivity;
  onSubmit: (activity: RoutineActivity) => void;
  onRemove: () => void;
  onCancel: () => void;
};

const isCategory = (value: string): value is RoutineCategory => (routineCategories as readonly string[]).includes(value);

/**
 * Adds or edits one activity: day, start, end (half-hour slots of the grid), category and the person's words. The
 * grid's rules are checked here with the domain's own (`routineIssues`), so an overlap is named before saving.
 */
export const ActivityForm = ({ grid, activities, editing, initial, onSubmit, onRemove, onCancel }: ActivityFormProps) => {
  const { t } = useTranslation();
  const text = useRoutineText();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RoutineActivity>(initial);
  const [errors, setErrors] = useState<Partial<Record<"start" | "end", string>>>({});
  const times = routineSlotTimes(grid.firstHour, grid.lastHour);
  const set = (patch: Partial<RoutineActivity>) => setDraft((d) => ({ ...d, ...patch }));
  // A time outside the grid (the grid was narrowed) stays listed, so the select shows what is stored.
  const withCurrent = (options: string[], value: string) => (options.includes(value) ? options : [...options, value].sort());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const index = editing ?? activities.length;
    const candidate = { ...draft, label: draft.label.trim() };
    const week = editing === null ? [...activities, candidate] : activities.map((a, i) => (i === editing ? candidate : a));
    const found: Partial<Record<"start" | "end", string>> = {};
    for (const issue of routineIssues({ ...grid, activities: week })) {
      if (!issue.path.startsWith(`activities.${index}`)) continue;
      const other = issue.otherIndex === undefined ? undefined : week[issue.otherIndex];
      const message = other
        ? t("routines.activity.overlap", { other: text.title(other), day: text.day(other.day).toLowerCase(), start: shortTime(other.start), end: shortTime(other.end) })
        : t(`routines.errors.${issue.message}` as "routines.errors.routine_end_before_start");
      const field = issue.path.endsWith(".end") ? "end" : "start";
      found[field] ??= message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(candidate);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="routine-activity-form-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="routine-activity-form-title">
          {editing === null ? t("routines.activity.addTitle") : t("routines.activity.editTitle")}
        </Title>
        <Group gap="sm" align="flex-start" grow>
          <NativeSelect
            label={t("routines.activity.day")}
            value={String(draft.day)}
            onChange={(e) => set({ day: Number(e.currentTarget.value) })}
            data={routineDays.map((d) => ({ value: String(d), label: text.day(d) }))}
          />
          <NativeSelect
            label={t("routines.activity.start")}
            value={draft.start}
            onChange={(e) => set({ start: e.currentTarget.value })}
            data={withCurrent(times.slice(0, -1), draft.start).map((v) => ({ value: v, label: shortTime(v) }))}
            error={errors.start}
          />
          <NativeSelect
            label={t("routines.activity.end")}
            value={draft.end}
            onChange={(e) => set({ end: e.currentTarget.value })}
            data={withCurrent(times.slice(1), draft.end).map((v) => ({ value: v, label: shortTime(v) }))}
            error={errors.end}
          />
        </Group>
        <Radio.Group label={t("routines.activity.category")} value={draft.category} onChange={(v) => isCategory(v) && set({ category: v })}>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6} mt={4}>
            {routineCategories.map((c) => (
              <Radio
                key={c}
                value={c}
                label={
                  <span className="routine-category-chip">
                    <CategorySwatch category={c} />
                    {text.category(c)}
                  </span>
                }
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <TextInput
          label={t("routines.activity.label")}
          placeholder={t("routines.activity.labelPlaceholder")}
          value={draft.label}
          onChange={(e) => set({ label: e.currentTarget.value })}
          maxLength={80}
        />
        <Group gap="sm">
          <Button type="submit">{editing === null ? t("routines.activity.add") : t("routines.activity.update")}</Button>
          {editing !== null ? (
            <Button variant="light" color="red" onClick={onRemove}>
              {t("routines.activity.remove")}
            </Button>
          ) : null}
          <Button variant="subtle" onClick={onCancel}>
            {t("routines.activity.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
