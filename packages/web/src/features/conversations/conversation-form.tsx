import { Button, Card, Fieldset, Group, NumberInput, Stack, Switch, Text, TextInput, Textarea, Title } from "@mantine/core";
import {
  type ConversationContentInput,
  conversationNextStepMax,
  conversationQuoteMax,
  conversationScaleQuestionMax,
  conversationTextMax,
  maxConversationQuotes,
  maxConversationScales,
  miracleQuestions,
} from "@passerelle/domain";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { newSupportId } from "../follow-along/support-id";
import { useRecordConversation } from "./conversations-api";

type ScaleRow = { key: string; question: string; score: number | ""; oneHigher: string };
type QuoteRow = { key: string; text: string };

const newScale = (): ScaleRow => ({ key: newSupportId(), question: "", score: "", oneHigher: "" });
const newQuote = (): QuoteRow => ({ key: newSupportId(), text: "" });

type ConversationFormProps = { participantId: string; onDone: (message: string) => void; onCancel: () => void };

/**
 * The guided note of a solution-focused conversation: the manual's miracle question and its follow-ups, scaling
 * questions, resources, past successes, the next small step and the person's own words. Every part is optional; the
 * manual's prompts are the labels, its advice the help text.
 */
export const ConversationForm = ({ participantId, onDone, onCancel }: ConversationFormProps) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [heldOn, setHeldOn] = useState(todayIso);
  const [topic, setTopic] = useState("");
  const [miracle, setMiracle] = useState({ firstNoticed: "", dayWithoutProblem: "", colleagues: "" });
  const [scales, setScales] = useState<ScaleRow[]>(() => [newScale()]);
  const [resources, setResources] = useState("");
  const [pastSuccesses, setPastSuccesses] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [quotes, setQuotes] = useState<QuoteRow[]>(() => [newQuote()]);
  const [shared, setShared] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useRecordConversation(participantId);
  const setScale = (i: number, patch: Partial<ScaleRow>) => setScales((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!heldOn) found.heldOn = t("validation.required");
    // A scale row left blank is a spare line; a half-filled one needs both its question and its score.
    const filled = scales.filter((s) => s.question.trim() !== "" || s.score !== "" || s.oneHigher.trim() !== "");
    filled.forEach((s) => {
      const i = scales.indexOf(s);
      if (!s.question.trim()) found[`content.scales.${i}.question`] = t("validation.required");
      if (s.score === "") found[`content.scales.${i}.score`] = t("validation.required");
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    const content: ConversationContentInput = {
      topic,
      miracle,
      scales: filled.map((s) => ({ question: s.question, score: Number(s.score), oneHigher: s.oneHigher })),
      resources,
      pastSuccesses,
      nextStep,
      quotes: quotes.map((q) => q.text).filter((q) => q.trim() !== ""),
    };
    record.mutate(
      { heldOn, content, sharedWithCareTeam: shared },
      {
        onSuccess: () => onDone(t("conversations.saved")),
        onError: (error) => {
          // Server paths count only the filled scale rows: map them back to the rows on screen.
          const fromServer = apiFieldErrors(error);
          const mapped: FieldErrors = {};
          for (const [path, message] of Object.entries(fromServer)) {
            const match = /^content\.scales\.(\d+)\.(.+)$/.exec(path);
            mapped[match ? `content.scales.${scales.indexOf(filled[Number(match[1])])}.${match[2]}` : path] = message;
          }
          setErrors(mapped);
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg">
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="conversation-form-title">
        <Stack gap="md">
          <Title order={3} id="conversation-form-title">
            {t("conversations.new")}
          </Title>
          <Group align="flex-start" gap="lg">
            <PastDateInput label={t("conversations.fields.heldOn")} value={heldOn} onChange={setHeldOn} error={errors.heldOn} maw={220} />
            <TextInput
              style={{ flex: 1, minWidth: 240 }}
              label={t("conversations.fields.topic")}
              description={t("conversations.fields.topicHelp")}
              maxLength={200}
              value={topic}
              onChange={(e) => setTopic(e.currentTarget.value)}
              error={errors["content.topic"] ?? errors.content}
            />
          </Group>
          <Fieldset legend={t("conversations.fields.miracleLegend")}>
            <Stack gap="sm">
              <Text fw={600}>{t("conversations.fields.miracleIntro")}</Text>
              <Text size="sm" c="dimmed">
                {t("conversations.fields.miracleHelp")}
              </Text>
              {miracleQuestions.map((q) => (
                <Textarea
                  key={q}
                  label={t(`conversations.fields.${q}`)}
                  description={q === "firstNoticed" ? t("conversations.fields.firstNoticedHelp") : undefined}
                  autosize
                  minRows={2}
                  maxLength={conversationTextMax}
                  value={miracle[q]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setMiracle((m) => ({ ...m, [q]: value }));
                  }}
                  error={errors[`content.miracle.${q}`]}
                />
              ))}
            </Stack>
          </Fieldset>
          <Fieldset legend={t("conversations.fields.scalesLegend")}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("conversations.fields.scalesHelp")}
              </Text>
              {scales.map((s, i) => (
                <Stack key={s.key} gap={6} className="conversation-scale-row">
                  <Group align="flex-start" gap="sm" wrap="wrap">
                    <TextInput
                      style={{ flex: 1, minWidth: 240 }}
                      label={t("conversations.fields.scaleQuestion", { number: i + 1 })}
                      maxLength={conversationScaleQuestionMax}
                      value={s.question}
                      onChange={(e) => setScale(i, { question: e.currentTarget.value })}
                      error={errors[`content.scales.${i}.question`]}
                    />
                    <NumberInput
                      w={200}
                      label={t("conversations.fields.scaleScore", { number: i + 1 })}
                      min={0}
                      max={10}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="strict"
                      value={s.score}
                      onChange={(v) => setScale(i, { score: typeof v === "number" ? v : v === "" ? "" : Number(v) })}
                      error={errors[`content.scales.${i}.score`]}
                    />
                  </Group>
                  <Textarea
                    label={t("conversations.fields.oneHigher", { number: i + 1 })}
                    autosize
                    minRows={1}
                    maxLength={conversationTextMax}
                    value={s.oneHigher}
                    onChange={(e) => setScale(i, { oneHigher: e.currentTarget.value })}
                    error={errors[`content.scales.${i}.oneHigher`]}
                  />
                  <Group>
                    <Button variant="subtle" color="gray" size="xs" onClick={() => setScales((rows) => rows.filter((_, k) => k !== i))}>
                      {t("conversations.actions.removeScale", { number: i + 1 })}
                    </Button>
                  </Group>
                </Stack>
              ))}
              {scales.length < maxConversationScales ? (
                <Group>
                  <Button variant="light" size="xs" onClick={() => setScales((rows) => [...rows, newScale()])}>
                    {t("conversations.actions.addScale")}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Fieldset>
          <Textarea
            label={t("conversations.fields.resources")}
            description={t("conversations.fields.resourcesHelp")}
            autosize
            minRows={2}
            maxLength={conversationTextMax}
            value={resources}
            onChange={(e) => setResources(e.currentTarget.value)}
            error={errors["content.resources"]}
          />
          <Textarea
            label={t("conversations.fields.pastSuccesses")}
            description={t("conversations.fields.pastSuccessesHelp")}
            autosize
            minRows={2}
            maxLength={conversationTextMax}
            value={pastSuccesses}
            onChange={(e) => setPastSuccesses(e.currentTarget.value)}
            error={errors["content.pastSuccesses"]}
          />
          <TextInput
            label={t("conversations.fields.nextStep")}
            description={t("conversations.fields.nextStepHelp")}
            maxLength={conversationNextStepMax}
            value={nextStep}
            onChange={(e) => setNextStep(e.currentTarget.value)}
            error={errors["content.nextStep"]}
          />
          <Fieldset legend={t("conversations.fields.quotesLegend")}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("conversations.fields.quotesHelp")}
              </Text>
              {quotes.map((q, i) => (
                <Group key={q.key} align="flex-end" gap="xs" wrap="nowrap">
                  <Textarea
                    style={{ flex: 1 }}
                    label={t("conversations.fields.quote", { number: i + 1 })}
                    autosize
                    minRows={1}
                    maxLength={conversationQuoteMax}
                    value={q.text}
                    onChange={(e) => {
                      const text = e.currentTarget.value;
                      setQuotes((rows) => rows.map((r, k) => (k === i ? { ...r, text } : r)));
                    }}
                    error={errors[`content.quotes.${i}`]}
                  />
                  <Button variant="subtle" color="gray" size="xs" mb={4} onClick={() => setQuotes((rows) => rows.filter((_, k) => k !== i))}>
                    {t("conversations.actions.removeQuote", { number: i + 1 })}
                  </Button>
                </Group>
              ))}
              {quotes.length < maxConversationQuotes ? (
                <Group>
                  <Button variant="light" size="xs" onClick={() => setQuotes((rows) => [...rows, newQuote()])}>
                    {t("conversations.actions.addQuote")}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Fieldset>
          <Switch label={t("conversations.shareSwitch")} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
          <FormErrorAlert error={record.error} />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t("conversations.actions.save")}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t("conversations.actions.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};
