import { Button, Group, Input, SegmentedControl, Stack, Text, Textarea } from "@mantine/core";
import { type Questionnaire, type QuestionnaireKind, type QuestionnaireMode, questionnaireModes, questionnaireScales } from "@passerelle/domain";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { AnswerChoices } from "./answer-choices";
import { itemTexts } from "./questionnaire-items";
import { useRecordQuestionnaire } from "./questionnaires-api";

const isMode = (value: string): value is QuestionnaireMode => (questionnaireModes as readonly string[]).includes(value);

type QuestionnaireFormProps = { participantId: string; kind: QuestionnaireKind; onSaved: (q: Questionnaire) => void; onCancel: () => void };

/**
 * The questionnaire filled in with the person (or typed in from a paper form they filled in alone): all the
 * questions on one page, answers as radio cards, the date it was answered.
 */
export const QuestionnaireForm = ({ participantId, kind, onSaved, onCancel }: QuestionnaireFormProps) => {
  const { t } = useTranslation();
  const modeLabelId = useId();
  const items = itemTexts(kind, t);
  const [answers, setAnswers] = useState<(number | null)[]>(() => questionnaireScales[kind].items.map(() => null));
  const [answeredOn, setAnsweredOn] = useState(todayIso);
  const [mode, setMode] = useState<QuestionnaireMode>("with_specialist");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useRecordQuestionnaire(participantId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: FieldErrors = {};
    answers.forEach((a, i) => {
      if (a === null) found[`answers.${i}`] = t("questionnaires.form.answerRequired");
    });
    if (!answeredOn) found.answeredOn = t("validation.required");
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Radio cards are buttons without aria-invalid: focus the first unanswered question's first card.
      requestAnimationFrame(() => (form.querySelector<HTMLElement>('[data-invalid] [role="radio"]') ?? form.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus());
      return;
    }
    record.mutate(
      { kind, answeredOn, answers: answers.filter((a): a is number => a !== null), mode, comment: kind === "satisfaction" ? comment : "" },
      { onSuccess: onSaved, onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={kind === "who5" ? t("questionnaires.form.titleWho5") : t("questionnaires.form.titleSatisfaction")}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {kind === "who5" ? t("questionnaires.who5.instruction") : `${t("questionnaires.satisfaction.instruction")} ${t("questionnaires.satisfaction.notValidated")}`}
        </Text>
        {items.map((text, i) => (
          <div key={text} data-invalid={errors[`answers.${i}`] ? true : undefined}>
            <AnswerChoices
              name={`form-${kind}-${i}`}
              kind={kind}
              label={`${i + 1}. ${text}`}
              value={answers[i]}
              onChange={(v) => setAnswers((current) => current.map((a, k) => (k === i ? v : a)))}
              error={errors[`answers.${i}`]}
            />
          </div>
        ))}
        {kind === "satisfaction" ? (
          <Textarea label={t("questionnaires.form.comment")} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxLength={2000} error={errors.comment} />
        ) : null}
        <Group align="flex-end" gap="lg">
          <PastDateInput label={t("questionnaires.form.date")} value={answeredOn} onChange={setAnsweredOn} error={errors.answeredOn} maw={220} />
          <Stack gap={4}>
            <Input.Label id={modeLabelId} labelElement="div">
              {t("questionnaires.form.mode")}
            </Input.Label>
            <SegmentedControl
              aria-labelledby={modeLabelId}
              value={mode}
              onChange={(v) => {
                if (isMode(v)) setMode(v);
              }}
              data={questionnaireModes.map((m) => ({ value: m, label: t(`questionnaires.modes.${m}`) }))}
            />
          </Stack>
        </Group>
        <FormErrorAlert error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t("questionnaires.form.submit")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("questionnaires.actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
