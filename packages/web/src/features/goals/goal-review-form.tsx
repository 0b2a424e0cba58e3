import { Button, Group, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { type Goal, goalReviewTextMax } from "@passerelle/domain";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { useUpdateGoal } from "./goals-api";

const parts = ["progress", "learned", "smallestChange"] as const;

type GoalReviewFormProps = { participantId: string; goal: Goal; onDone: (message: string) => void; onCancel: () => void };

/** The review held with the person: where they stand, what they learned, the smallest change noticed; the next date. */
export const GoalReviewForm = ({ participantId, goal, onDone, onCancel }: GoalReviewFormProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(todayIso);
  const [texts, setTexts] = useState({ progress: "", learned: "", smallestChange: "" });
  const [nextReviewOn, setNextReviewOn] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateGoal(participantId, goal.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!on) found["addReview.on"] = t("validation.required");
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    update.mutate(
      { version: goal.version, addReview: { on, ...texts }, ...(nextReviewOn ? { reviewOn: nextReviewOn } : {}) },
      {
        onSuccess: () => onDone(t("goals.reviewSaved")),
        onError: (error) => {
          setErrors(apiFieldErrors(error));
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} id={titleId}>
          {t("goals.reviewForm.title")}
        </Title>
        <PastDateInput label={t("goals.reviewForm.on")} value={on} onChange={setOn} error={errors["addReview.on"]} maw={220} />
        {parts.map((part, i) => (
          <Textarea
            key={part}
            label={t(`goals.reviewForm.${part}`)}
            description={t(`goals.reviewForm.${part}Help`)}
            autosize
            minRows={2}
            maxLength={goalReviewTextMax}
            value={texts[part]}
            onChange={(e) => {
              // Read now: React clears the event's target before the updater runs.
              const value = e.currentTarget.value;
              setTexts((v) => ({ ...v, [part]: value }));
            }}
            // The "empty review" message names the review as a whole: show it on the first box.
            error={errors[`addReview.${part}`] ?? (i === 0 ? errors.addReview : undefined)}
          />
        ))}
        {/* Only a goal in progress plans a next review (an achieved or stopped goal's dates stay as they were). */}
        {goal.status === "active" ? (
          <TextInput type="date" label={t("goals.reviewForm.nextReviewOn")} value={nextReviewOn} onChange={(e) => setNextReviewOn(e.currentTarget.value)} error={errors.reviewOn} maw={260} />
        ) : null}
        <FormErrorAlert error={update.error} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("goals.reviewForm.submit")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("goals.actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
