import { Alert, Button, Grid, Group, List, NativeSelect, Paper, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import {
  type Job,
  type Routine,
  type RoutineActivity,
  type RoutineAnswers,
  type RoutineQuestionKey,
  freeSlotAt,
  routineIssues,
  routineSlotTimes,
} from "@passerelle/domain";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate, todayIso } from "../../shared/format/dates";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { ActivityForm } from "./activity-form";
import { RoutineQuestionsFields } from "./routine-questions";
import { HoursTable, RoutineInstructions } from "./routine-parts";
import { useSaveRoutine } from "./routines-api";
import { useRoutineText } from "./use-routine-text";
import { WeekView } from "./week-view";

type Draft = {
  label: string;
  validFrom: string;
  jobId: string | null;
  firstHour: number;
  lastHour: number;
  activities: RoutineActivity[];
  answers: RoutineAnswers;
  sharedWithCareTeam: boolean;
};

/** What the activity form is doing: adding (prefilled or not) or editing one activity. `key` resets the form. */
type FormTarget = { editing: number | null; initial: RoutineActivity; key: number };

type RoutineEditorProps = {
  participantId: string;
  /** The version this one starts from (a copy), or null for a first week. */
  base: Routine | null;
  /** The person's jobs, to build the week around one (empty when the user may not read jobs). */
  jobs: readonly Job[];
  onSaved: (routine: Routine) => void;
  onCancel: () => void;
};

const draftFrom = (base: Routine | null): Draft => ({
  label: "",
  validFrom: todayIso(),
  jobId: base?.jobId ?? null,
  firstHour: base?.firstHour ?? 9,
  lastHour: base?.lastHour ?? 22,
  activities: base ? [...base.activities] : [],
  answers: base ? { ...base.answers } : {},
  sharedWithCareTeam: false,
});

const hourChoices = Array.from({ length: 25 }, (_, h) => h);

/**
 * A new version of the week, built with the person: the grid on the left with the manual's instructions and the
 * activity form beside it, then the manual's 13 questions answered in the person's words, and the choice to share
 * it with the care team. Nothing is saved until "Enregistrer cette version": each save is a new version.
 */
export const RoutineEditor = ({ participantId, base, jobs, onSaved, onCancel }: RoutineEditorProps) => {
  const { t, i18n } = useTranslation();
  const text = useRoutineText();
  const save = useSaveRoutine(participantId);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(base));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState("");
  const [showIssues, setShowIssues] = useState(false);
  const nextKey = useRef(1);
  const blank = (day = 0, start?: string, end?: string): FormTarget => {
    const times = routineSlotTimes(draft.firstHour, draft.lastHour);
    return { editing: null, key: nextKey.current++, initial: { day, start: start ?? times[0] ?? "09:00", end: end ?? times[2] ?? times[1] ?? "10:00", category: "work", label: "" } };
  };
  const [target, setTarget] = useState<FormTarget>(() => blank());
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const issues = useMemo(() => routineIssues(draft), [draft]);
  const invalid = useMemo(() => new Set(issues.flatMap((i) => /^activities\.(\d+)/.exec(i.path)?.slice(1, 2).map(Number) ?? [])), [issues]);

  const focusForm = () => requestAnimationFrame(() => document.getElementById("routine-activity-form-title")?.closest("form")?.querySelector<HTMLElement>("select")?.focus());
  const prepareAt = (day: number, time: string) => {
    const free = freeSlotAt(draft.activities, day, time, draft);
    if (!free) return;
    setTarget(blank(day, free.start, free.end));
    focusForm();
  };
  const prepareOnDay = (day: number) => {
    const first = routineSlotTimes(draft.firstHour, draft.lastHour).slice(0, -1).find((time) => freeSlotAt(draft.activities, day, time, draft));
    const free = first ? freeSlotAt(draft.activities, day, first, draft) : null;
    setTarget(free ? blank(day, free.start, free.end) : blank(day));
    focusForm();
  };
  const edit = (index: number) => {
    const activity = draft.activities[index];
    if (!activity) return;
    setTarget({ editing: index, initial: activity, key: nextKey.current++ });
    focusForm();
  };
  const submitActivity = (activity: RoutineActivity) => {
    if (target.editing === null) {
      set({ activities: [...draft.activities, activity] });
      setAnnouncement(t("routines.activity.added", { description: text.describe(activity) }));
    } else {
      const index = target.editing;
      set({ activities: draft.activities.map((a, i) => (i === index ? activity : a)) });
      setAnnouncement(t("routines.activity.updated", { description: text.describe(activity) }));
    }
    setTarget(blank(activity.day));
  };
  const removeActivity = () => {
    const index = target.editing;
    const removed = index === null ? undefined : draft.activities[index];
    if (index === null || !removed) return;
    set({ activities: draft.activities.filter((_, i) => i !== index) });
    setAnnouncement(t("routines.activity.removed", { description: text.describe(removed) }));
    setTarget(blank(removed.day));
  };
  const setAnswer = (key: RoutineQuestionKey, value: string) => set({ answers: { ...draft.answers, [key]: value } });

  // The editor holds the activity form (a form of its own): it is a section, saved by its button, not a form.
  const submit = () => {
    const found: Record<string, string> = {};
    if (!draft.label.trim()) found.label = t("validation.required");
    setFieldErrors(found);
    setShowIssues(true);
    if (found.label) {
      document.getElementById("routine-version-label")?.focus();
      return;
    }
    if (issues.length > 0) {
      requestAnimationFrame(() => document.getElementById("routine-issues")?.focus());
      return;
    }
    const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v?.trim())) as RoutineAnswers;
    save.mutate({ ...draft, label: draft.label.trim(), answers }, { onSuccess: onSaved, onError: (error) => setFieldErrors(apiFieldErrors(error)) });
  };

  const issueLines = showIssues
    ? issues
        .filter((issue, k) => issues.findIndex((other) => other.path.split(".")[1] === issue.path.split(".")[1]) === k)
        .map((issue) => {
          const index = Number(issue.path.split(".")[1]);
          const activity = draft.activities[index];
          const message = t(`routines.errors.${issue.message}` as "routines.errors.routine_end_before_start");
          return activity ? t("routines.editor.activityError", { activity: text.describe(activity), message }) : message;
        })
    : [];

  return (
    <section aria-labelledby="routine-editor-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="routine-editor-title">
          {t("routines.editor.title")}
        </Title>
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            id="routine-version-label"
            label={t("routines.editor.label")}
            description={t("routines.editor.labelDescription")}
            required
            value={draft.label}
            onChange={(e) => set({ label: e.currentTarget.value })}
            error={fieldErrors.label}
            maxLength={120}
            miw={280}
            style={{ flex: 2 }}
          />
          <TextInput
            type="date"
            label={t("routines.editor.validFrom")}
            required
            value={draft.validFrom}
            onChange={(e) => set({ validFrom: e.currentTarget.value })}
            error={fieldErrors.validFrom}
            miw={180}
          />
          {jobs.length > 0 ? (
            <NativeSelect
              label={t("routines.editor.job")}
              value={draft.jobId ?? ""}
              onChange={(e) => set({ jobId: e.currentTarget.value || null })}
              data={[
                { value: "", label: t("routines.editor.noJob") },
                ...jobs.map((j) => ({ value: j.id, label: t("routines.editor.jobOption", { title: j.title, employer: j.employerName, date: formatDate(j.startDate, i18n.language) }) })),
              ]}
              error={fieldErrors.jobId}
              miw={260}
              style={{ flex: 2 }}
            />
          ) : null}
        </Group>
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={t("routines.editor.firstHour")}
            value={String(draft.firstHour)}
            onChange={(e) => set({ firstHour: Number(e.currentTarget.value) })}
            data={hourChoices.slice(0, 24).map((h) => ({ value: String(h), label: t("routines.editor.hour", { hour: h }) }))}
          />
          <NativeSelect
            label={t("routines.editor.lastHour")}
            value={String(draft.lastHour)}
            onChange={(e) => set({ lastHour: Number(e.currentTarget.value) })}
            data={hourChoices.slice(1).map((h) => ({ value: String(h), label: t("routines.editor.hour", { hour: h }) }))}
            error={issues.some((i) => i.path === "lastHour") ? t("routines.errors.routine_hours_order") : fieldErrors.lastHour}
          />
          <Text size="sm" c="dimmed" pb={6}>
            {t("routines.editor.hoursHint")}
          </Text>
        </Group>

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t("routines.activity.gridHint")}
              </Text>
              {draft.lastHour > draft.firstHour ? (
                <WeekView
                  grid={draft}
                  label={t("routines.week.label", { first: draft.firstHour, last: draft.lastHour })}
                  onEditActivity={edit}
                  onFreeSlot={prepareAt}
                  onAddOnDay={prepareOnDay}
                  invalid={invalid}
                  selected={target.editing}
                />
              ) : null}
              <div role="status" aria-live="polite" className="visually-hidden">
                {announcement}
              </div>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              <Paper withBorder p="md">
                <ActivityForm
                  key={target.key}
                  grid={draft}
                  activities={draft.activities}
                  editing={target.editing}
                  initial={target.initial}
                  onSubmit={submitActivity}
                  onRemove={removeActivity}
                  onCancel={() => setTarget(blank(target.initial.day))}
                />
              </Paper>
              <RoutineInstructions />
            </Stack>
          </Grid.Col>
        </Grid>

        <HoursTable activities={draft.activities} />

        <RoutineQuestionsFields answers={draft.answers} errors={fieldErrors} onChange={setAnswer} />

        <Switch
          label={t("routines.share.label")}
          description={t("routines.share.description")}
          checked={draft.sharedWithCareTeam}
          onChange={(e) => set({ sharedWithCareTeam: e.currentTarget.checked })}
        />

        {issueLines.length > 0 ? (
          <Alert color="red" variant="light" title={t("routines.editor.errorsTitle")} id="routine-issues" tabIndex={-1}>
            <List size="sm">
              {issueLines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <FormErrorAlert error={save.error} />
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t("routines.editor.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("routines.editor.cancel")}
          </Button>
        </Group>
      </Stack>
    </section>
  );
};
