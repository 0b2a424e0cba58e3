import { Badge, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import type { GuideAnswer, GuideChapter, GuideContent, GuideItem, GuideSelfEvaluation } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { formatDateTime } from "../../shared/format/dates";
import { useSelfEvaluationForm } from "./use-self-evaluation-form";

type ItemFieldProps = {
  item: GuideItem;
  value: GuideAnswer | undefined;
  onChange: (value: GuideAnswer) => void;
  scale: GuideContent["agreementScale"];
  error?: string;
};

/** One grid item as the manual prints it: a box, a 1-5 agreement, or a written answer. */
const ItemField = ({ item, value, onChange, scale, error }: ItemFieldProps) => {
  const { t } = useTranslation();
  if (item.kind === "check") {
    return <Checkbox label={item.text} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} error={error} lang="fr" />;
  }
  if (item.kind === "agree_1_5") {
    return (
      <Radio.Group
        name={`item-${item.id}`}
        label={item.text}
        value={typeof value === "number" ? String(value) : null}
        onChange={(v) => onChange(Number(v))}
        error={error}
        styles={{ label: { fontWeight: 600, marginBottom: 6 } }}
        lang="fr"
      >
        <Group gap="md" wrap="wrap">
          {scale.map((s) => (
            <Radio key={s.value} value={String(s.value)} label={`${s.value} · ${s.label}`} />
          ))}
        </Group>
      </Radio.Group>
    );
  }
  return (
    <Textarea
      label={item.text}
      description={t("guide.grid.openHint")}
      value={typeof value === "string" ? value : ""}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={3}
      maxLength={4000}
      error={error}
      lang="fr"
      styles={{ label: { fontWeight: 600 } }}
    />
  );
};

type SelfEvaluationFormProps = {
  programId: string;
  chapter: GuideChapter;
  scale: GuideContent["agreementScale"];
  saved: GuideSelfEvaluation | undefined;
};

/** My self-evaluation grid of a chapter: saved as a draft, or completed once every item is answered. */
export const SelfEvaluationForm = ({ programId, chapter, scale, saved }: SelfEvaluationFormProps) => {
  const { t, i18n } = useTranslation();
  const form = useSelfEvaluationForm(programId, chapter.number, saved);
  const completed = saved?.completed ?? false;
  // An unticked box is an answer too ("not yet"): the grid sends every box, ticked or not.
  const withBoxes = () => {
    const answers = { ...form.values.answers };
    for (const item of chapter.evaluation.items) if (item.kind === "check" && answers[item.id] === undefined) answers[item.id] = false;
    return { ...form.values, answers };
  };
  const setAnswer = (id: string, value: GuideAnswer) => form.update({ answers: { ...form.values.answers, [id]: value } });
  const titleId = `grid-title-${chapter.number}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id={titleId}>
            {t("guide.grid.title", { heading: chapter.evaluation.heading })}
          </Title>
          {completed ? (
            <Badge color="green" variant="light" size="lg" tt="none">
              {t("guide.grid.completedOn", { date: formatDateTime(saved?.completedAt, i18n.language) })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="lg" tt="none">
              {saved ? t("guide.grid.draft") : t("guide.grid.notStarted")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t("guide.grid.privacy")}
        </Text>
        {chapter.evaluation.intro ? (
          <Text fw={600} lang="fr">
            {chapter.evaluation.intro}
          </Text>
        ) : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            form.submit(withBoxes(), true, "completed");
          }}
        >
          <Stack gap="lg">
            {chapter.evaluation.items.map((item) => (
              <ItemField
                key={item.id}
                item={item}
                value={form.values.answers[item.id]}
                onChange={(v) => setAnswer(item.id, v)}
                scale={scale}
                error={form.fieldErrors[`answers.${item.id}`]}
              />
            ))}
            <FormErrorAlert error={form.save.error} />
            <SuccessAlert message={form.savedMessage ? t(`guide.grid.saved.${form.savedMessage}`) : null} />
            <Group gap="sm">
              <Button type="submit" loading={form.save.isPending}>
                {completed ? t("guide.grid.saveCompleted") : t("guide.grid.complete")}
              </Button>
              <Button variant="default" onClick={() => form.submit(withBoxes(), false, "draft")} disabled={form.save.isPending}>
                {completed ? t("guide.grid.reopen") : t("guide.grid.saveDraft")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
};
