import { Stack, Text, Textarea, Title } from "@mantine/core";
import { type RoutineAnswers, type RoutineQuestionKey, routineQuestionKeys } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

type RoutineQuestionsFieldsProps = {
  answers: RoutineAnswers;
  errors: Record<string, string>;
  onChange: (key: RoutineQuestionKey, value: string) => void;
};

/** The manual's 13 "Questions pour construire un emploi du temps quotidien", answered in the person's words. */
export const RoutineQuestionsFields = ({ answers, errors, onChange }: RoutineQuestionsFieldsProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="fieldset" className="routine-questions">
      <Title order={3} size="h5" component="legend">
        {t("routines.questionsTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("routines.questionsHint")}
      </Text>
      {routineQuestionKeys.map((key, i) => (
        <Textarea
          key={key}
          label={`${i + 1}. ${t(`routines.questions.${key}`)}`}
          value={answers[key] ?? ""}
          onChange={(e) => onChange(key, e.currentTarget.value)}
          error={errors[`answers.${key}`]}
          autosize
          minRows={1}
          maxLength={2000}
        />
      ))}
    </Stack>
  );
};
