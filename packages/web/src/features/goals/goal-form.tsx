import { Button, Fieldset, Group, Stack, Switch, Text, TextInput, Textarea, Title } from "@mantine/core";
import { type Goal, type GoalStep, type Smart, goalStepLabelMax, goalTextMax, maxGoalSteps, smartCriteria, smartTextMax } from "@passerelle/domain";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { newSupportId } from "../follow-along/support-id";
import { useCreateGoal, useUpdateGoal } from "./goals-api";

export type GoalFormMode = "create" | "edit" | "revise";

type Values = { goal: string; smart: Smart; steps: GoalStep[]; dueOn: string; reviewOn: string; sharedWithCareTeam: boolean };

const emptySmart: Smart = { specific: "", measurable: "", actionOriented: "", realistic: "", timely: "" };
const newStep = (): GoalStep => ({ id: newSupportId(), label: "", done: false, doneOn: null });

/** A goal to edit or to reword (revise): its texts, steps not yet done... all of it, ready to change. */
const valuesOf = (goal: Goal | null, mode: GoalFormMode): Values =>
  goal
    ? {
        goal: goal.goal,
        smart: goal.smart,
        // A revised goal starts again: the steps already done stay with the old goal.
        steps: mode === "revise" ? goal.steps.filter((s) => !s.done).map((s) => ({ ...s, id: newSupportId() })) : goal.steps,
        dueOn: goal.dueOn ?? "",
        reviewOn: goal.reviewOn ?? "",
        sharedWithCareTeam: goal.sharedWithCareTeam,
      }
    : { goal: "", smart: emptySmart, steps: [newStep()], dueOn: "", reviewOn: "", sharedWithCareTeam: false };

type GoalFormProps = { participantId: string; goal: Goal | null; mode: GoalFormMode; onDone: (message: string) => void; onCancel: () => void };

/**
 * The goal written down with the person: the goal in their words, the five SMART questions (the manual's prompts as
 * help), the small steps, the due and review dates. Creating, editing and rewording (revise) use the same form.
 */
export const GoalForm = ({ participantId, goal, mode, onDone, onCancel }: GoalFormProps) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(goal, mode));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateGoal(participantId);
  const update = useUpdateGoal(participantId, goal?.id ?? "");
  const mutation = mode === "edit" ? update : create;
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const setStep = (i: number, label: string) => set({ steps: values.steps.map((s, k) => (k === i ? { ...s, label } : s)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Empty step lines are dropped rather than refused: they are the form's spare lines.
    const steps = values.steps.filter((s) => s.label.trim() !== "");
    const found: FieldErrors = {};
    if (!values.goal.trim()) found.goal = t("validation.required");
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    const fields = { goal: values.goal, smart: values.smart, steps, dueOn: values.dueOn || null, reviewOn: values.reviewOn || null };
    const onError = (error: unknown) => {
      setErrors(apiFieldErrors(error));
      focusFirstInvalid(formRef.current);
    };
    if (mode === "edit" && goal) {
      update.mutate({ version: goal.version, ...fields }, { onSuccess: () => onDone(t("goals.saved")), onError });
    } else {
      const revises = mode === "revise" && goal ? { goalId: goal.id, version: goal.version } : undefined;
      create.mutate({ ...fields, sharedWithCareTeam: values.sharedWithCareTeam, revises }, { onSuccess: () => onDone(t("goals.saved")), onError });
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="goal-form-title">
      <Stack gap="md">
        <Title order={3} id="goal-form-title">
          {t(`goals.formTitle.${mode}`)}
        </Title>
        {mode === "revise" ? <Text size="sm">{t("goals.reviseHelp")}</Text> : null}
        <Textarea
          label={t("goals.fields.goal")}
          description={t("goals.fields.goalHelp")}
          required
          autosize
          minRows={2}
          maxLength={goalTextMax}
          value={values.goal}
          onChange={(e) => set({ goal: e.currentTarget.value })}
          error={errors.goal}
        />
        <Fieldset legend={t("goals.fields.smartLegend")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t("goals.fields.smartHelp")}
            </Text>
            {smartCriteria.map((criterion) => (
              <Textarea
                key={criterion}
                label={t(`goals.smart.${criterion}`)}
                description={t(`goals.smart.${criterion}Help`)}
                autosize
                minRows={1}
                maxLength={smartTextMax}
                value={values.smart[criterion]}
                onChange={(e) => set({ smart: { ...values.smart, [criterion]: e.currentTarget.value } })}
                error={errors[`smart.${criterion}`]}
              />
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend={t("goals.fields.steps")}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t("goals.fields.stepsHelp")}
            </Text>
            {values.steps.map((step, i) => (
              <Group key={step.id} gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t("goals.fields.step", { number: i + 1 })}
                  maxLength={goalStepLabelMax}
                  value={step.label}
                  onChange={(e) => setStep(i, e.currentTarget.value)}
                  error={errors[`steps.${i}.label`] ?? errors[`steps.${i}.id`] ?? errors[`steps.${i}.doneOn`]}
                />
                <Button
                  variant="subtle"
                  color="gray"
                  mb={2}
                  aria-label={t("goals.actions.removeStep", { number: i + 1 })}
                  onClick={() => set({ steps: values.steps.filter((_, k) => k !== i) })}
                >
                  {t("goals.actions.remove")}
                </Button>
              </Group>
            ))}
            {values.steps.length < maxGoalSteps ? (
              <Group>
                <Button variant="light" size="xs" onClick={() => set({ steps: [...values.steps, newStep()] })}>
                  {t("goals.actions.addStep")}
                </Button>
              </Group>
            ) : null}
            {errors.steps ? (
              <Text c="red.8" size="sm" role="alert">
                {errors.steps}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        <Group align="flex-start" gap="lg">
          <TextInput type="date" label={t("goals.fields.dueOn")} value={values.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} error={errors.dueOn} maw={220} />
          <TextInput
            type="date"
            label={t("goals.fields.reviewOn")}
            description={t("goals.fields.reviewOnHelp")}
            value={values.reviewOn}
            onChange={(e) => set({ reviewOn: e.currentTarget.value })}
            error={errors.reviewOn}
            maw={260}
          />
        </Group>
        {mode !== "edit" ? (
          <Switch label={t("goals.shareSwitch")} checked={values.sharedWithCareTeam} onChange={(e) => set({ sharedWithCareTeam: e.currentTarget.checked })} />
        ) : null}
        <FormErrorAlert error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {mode === "create" ? t("goals.actions.create") : t("goals.actions.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("goals.actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
