import { Checkbox, Progress, Stack, Text } from "@mantine/core";
import type { Goal, GoalProgress } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

type GoalStepsProps = { goal: Goal; progress: GoalProgress; editable: boolean; pending: boolean; onToggle: (stepId: string, done: boolean) => void };

/** "Mes petits pas" as a checklist: ticking one saves it at once (the server dates it today). */
export const GoalSteps = ({ goal, progress, editable, pending, onToggle }: GoalStepsProps) => {
  const { t, i18n } = useTranslation();
  if (goal.steps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("goals.noSteps")}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t("goals.progress", { count: progress.stepsDone, done: progress.stepsDone, total: progress.stepsTotal })}
      </Text>
      {/* The sentence above says it; the bar only repeats it for the eye. */}
      <Progress value={(progress.shareDone ?? 0) * 100} color="green" size="sm" aria-hidden />
      {editable ? (
        <Stack gap={6} role="group" aria-label={t("goals.stepsTitle")}>
          {goal.steps.map((step) => (
            <Checkbox
              key={step.id}
              label={step.label}
              description={step.done && step.doneOn ? t("goals.stepDoneOn", { date: formatDate(step.doneOn, i18n.language) }) : undefined}
              checked={step.done}
              disabled={pending}
              onChange={(e) => onToggle(step.id, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      ) : (
        // Read only (a goal no longer in progress, or a reader): a plain list, readable, with the state in words.
        <ul className="goal-steps-read">
          {goal.steps.map((step) => (
            <li key={step.id}>
              <span aria-hidden className="goal-steps-mark">
                {step.done ? "☑" : "☐"}
              </span>
              <span>
                {step.label}{" "}
                <Text span size="sm" c="dimmed">
                  ({step.done ? (step.doneOn ? t("goals.stepDoneOn", { date: formatDate(step.doneOn, i18n.language) }) : t("goals.print.done")) : t("goals.print.toDo")})
                </Text>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
};
