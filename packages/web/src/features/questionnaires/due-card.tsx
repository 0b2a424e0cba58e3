import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { QuestionnaireDue, QuestionnaireKind } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../shared/format/dates";

type DueCardProps = {
  kind: QuestionnaireKind;
  due: QuestionnaireDue;
  canWrite: boolean;
  onFillIn: () => void;
  onPersonMode: () => void;
};

/** One questionnaire's schedule: "À proposer" when a time point is reached and unanswered, else the next date. */
export const DueCard = ({ kind, due, canWrite, onFillIn, onPersonMode }: DueCardProps) => {
  const { t, i18n } = useTranslation();
  const headingId = `due-${kind}-title`;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {t(`questionnaires.kinds.${kind}`)}
          </Title>
          {due.due ? (
            <Badge color="orange.9" variant="filled" size="lg">
              {t("questionnaires.due.badge")}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          {due.dueDate === null
            ? t("questionnaires.due.closed")
            : due.due
              ? t("questionnaires.due.since", { date: formatDate(due.dueDate, i18n.language) })
              : t("questionnaires.due.next", { date: formatDate(due.dueDate, i18n.language) })}
        </Text>
        <Text size="sm" c="dimmed">
          {due.lastAnsweredOn ? t("questionnaires.due.last", { date: formatDate(due.lastAnsweredOn, i18n.language) }) : t("questionnaires.due.never")}
        </Text>
        {canWrite ? (
          <Group gap="sm" mt={4} className="questionnaires-no-print">
            <Button variant={due.due ? "filled" : "light"} onClick={onPersonMode} aria-label={`${t("questionnaires.actions.personMode")} : ${t(`questionnaires.kinds.${kind}`)}`}>
              {t("questionnaires.actions.personMode")}
            </Button>
            <Button variant="default" onClick={onFillIn} aria-label={`${t("questionnaires.actions.withPerson")} : ${t(`questionnaires.kinds.${kind}`)}`}>
              {t("questionnaires.actions.withPerson")}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
};
