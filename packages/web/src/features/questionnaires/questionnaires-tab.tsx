import "./questionnaires.css";
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type Participant, type QuestionnaireKind, questionnaireKinds } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { DueCard } from "./due-card";
import { PersonMode } from "./person-mode";
import { QuestionnaireForm } from "./questionnaire-form";
import { SatisfactionHistory, Who5History } from "./questionnaire-history";
import { useQuestionnaires } from "./questionnaires-api";
import { Who5Reading } from "./who5-reading";

/**
 * "Bien-être": the WHO-5 and satisfaction questionnaires of the person. What is due (entry, then every 6 months),
 * filled in with the person or handed over in "mode personne", then the history with the WHO-5 chart. Printable.
 */
export const QuestionnairesTab = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("questionnaire.write", participant.programId);
  const list = useQuestionnaires(participant.id);
  const [filling, setFilling] = useState<QuestionnaireKind | null>(null);
  const [personMode, setPersonMode] = useState<QuestionnaireKind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { items, due } = list.data;
  const who5 = items.filter((q) => q.kind === "who5");
  const satisfaction = items.filter((q) => q.kind === "satisfaction");

  return (
    <Stack gap="xl">
      <section aria-labelledby="questionnaires-title">
        <Group justify="space-between" align="center" mb={4}>
          <Title order={2} size="h3" id="questionnaires-title">
            {t("questionnaires.title")}
          </Title>
          <Button variant="default" onClick={() => window.print()} className="questionnaires-no-print">
            {t("questionnaires.print")}
          </Button>
        </Group>
        <Text c="dimmed" size="sm" mb="md">
          {t("questionnaires.intro")}
          {canWrite ? ` ${t("questionnaires.actions.personModeHint")}` : ""}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {questionnaireKinds.map((kind) => (
            <DueCard
              key={kind}
              kind={kind}
              due={due[kind]}
              canWrite={canWrite}
              onFillIn={() => {
                setSaved(null);
                setFilling(kind);
              }}
              onPersonMode={() => {
                setSaved(null);
                setFilling(null);
                setPersonMode(kind);
              }}
            />
          ))}
        </SimpleGrid>
      </section>
      <SuccessAlert message={saved} />
      {filling ? (
        <Card withBorder padding="lg" component="section" aria-labelledby="questionnaire-form-title" maw={860} className="questionnaires-no-print">
          <Title order={2} size="h3" id="questionnaire-form-title" mb="md">
            {filling === "who5" ? t("questionnaires.form.titleWho5") : t("questionnaires.form.titleSatisfaction")}
          </Title>
          <QuestionnaireForm
            key={filling}
            participantId={participant.id}
            kind={filling}
            onSaved={(q) => {
              setFilling(null);
              setSaved(t("questionnaires.form.saved", { score: q.score }));
            }}
            onCancel={() => setFilling(null)}
          />
        </Card>
      ) : null}
      {personMode ? <PersonMode participantId={participant.id} kind={personMode} onClose={() => setPersonMode(null)} /> : null}
      <section aria-labelledby="questionnaires-history-title">
        <Title order={2} size="h3" id="questionnaires-history-title" mb="md">
          {t("questionnaires.history.title")}
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed">{t("questionnaires.history.empty")}</Text>
        ) : (
          <Stack gap="xl">
            {who5[0] ? <Who5Reading latest={who5[0]} previous={who5[1] ?? null} /> : null}
            <Who5History items={who5} />
            <SatisfactionHistory items={satisfaction} />
          </Stack>
        )}
      </section>
    </Stack>
  );
};
