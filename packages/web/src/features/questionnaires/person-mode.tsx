import { Button, Group, Modal, Progress, Stack, Text, Textarea, Title } from "@mantine/core";
import { type QuestionnaireKind, questionnaireScales } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { AnswerChoices } from "./answer-choices";
import { itemTexts } from "./questionnaire-items";
import { useRecordQuestionnaire } from "./questionnaires-api";

type PersonModeProps = { participantId: string; kind: QuestionnaireKind; onClose: () => void };

/**
 * "Mode personne": the specialist hands the screen over. Large type, one question per screen, plain words, big
 * answer buttons; the score is never shown to the person, the questionnaire ends with a thank-you.
 */
export const PersonMode = ({ participantId, kind, onClose }: PersonModeProps) => {
  const { t } = useTranslation();
  const items = itemTexts(kind, t);
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<(number | null)[]>(() => questionnaireScales[kind].items.map(() => null));
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const record = useRecordQuestionnaire(participantId);
  // Steps: 0 welcome, 1..n the questions, then the comment (satisfaction), then the thank-you.
  const commentStep = kind === "satisfaction" ? items.length + 1 : null;
  const lastStep = commentStep ?? items.length;
  const question = step >= 1 && step <= items.length ? step - 1 : null;
  const done = record.isSuccess;

  const save = () => {
    const complete = answers.filter((a): a is number => a !== null);
    if (complete.length !== answers.length) return;
    record.mutate({ kind, answeredOn: todayIso(), answers: complete, mode: "self", comment });
  };

  const next = () => {
    if (question !== null && answers[question] === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (step === lastStep) save();
    else setStep(step + 1);
  };

  return (
    <Modal opened onClose={onClose} fullScreen title={t("questionnaires.person.dialogLabel")} closeButtonProps={{ "aria-label": t("questionnaires.person.quit") }}>
      <Stack maw={720} mx="auto" gap="xl" py="md">
        {done ? (
          <Stack gap="lg" align="flex-start">
            <Title order={2} fz={36}>
              {t("questionnaires.person.thanks")}
            </Title>
            <Text fz="xl">{t("questionnaires.person.thanksText")}</Text>
            <Button size="xl" onClick={onClose}>
              {t("questionnaires.person.close")}
            </Button>
          </Stack>
        ) : step === 0 ? (
          <Stack gap="lg" align="flex-start">
            <Title order={2} fz={32}>
              {t(`questionnaires.kinds.${kind}`)}
            </Title>
            <Text fz="xl">{kind === "who5" ? t("questionnaires.person.welcomeWho5") : t("questionnaires.person.welcomeSatisfaction")}</Text>
            <Button size="xl" onClick={() => setStep(1)}>
              {t("questionnaires.person.start")}
            </Button>
          </Stack>
        ) : (
          <>
            <Stack gap={6}>
              <Text fz="lg">
                {t("questionnaires.person.progress", { current: Math.min(step, items.length), total: items.length })}
              </Text>
              {/* The words above say where the person is; the bar repeats them for the eye only. */}
              <div aria-hidden="true">
                <Progress value={(Math.min(step, items.length) / items.length) * 100} size="lg" />
              </div>
            </Stack>
            {question !== null ? (
              <Stack gap="xs">
                {kind === "who5" ? <Text fz="xl">{t("questionnaires.who5.lead")}</Text> : null}
                <AnswerChoices
                  key={question}
                  name={`person-${kind}-${question}`}
                  kind={kind}
                  label={items[question]}
                  value={answers[question]}
                  onChange={(v) => {
                    setMissing(false);
                    setAnswers((current) => current.map((a, i) => (i === question ? v : a)));
                  }}
                  large
                  error={missing ? t("questionnaires.person.chooseOne") : undefined}
                />
              </Stack>
            ) : (
              <Textarea
                label={t("questionnaires.satisfaction.commentPrompt")}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                autosize
                minRows={4}
                size="xl"
                maxLength={2000}
              />
            )}
            <FormErrorAlert error={record.error} />
            <Group justify="space-between">
              <Button size="xl" variant="default" onClick={() => setStep(step - 1)} disabled={record.isPending}>
                {t("questionnaires.person.previous")}
              </Button>
              <Button size="xl" onClick={next} loading={record.isPending}>
                {step === lastStep ? t("questionnaires.person.finish") : t("questionnaires.person.next")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
