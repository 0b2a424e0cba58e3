import "./goals.css";
import { Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { GoalCard } from "./goal-card";
import { GoalForm } from "./goal-form";
import { useGoals } from "./goals-api";

const tips = ["smallestChange", "experiment", "unique", "solution", "easy"] as const;

/**
 * "Mes objectifs" (IMPE manual, chapter 2): the person's SMART goals, written down and reviewed together. In
 * progress first; achieved, stopped and revised goals stay below, with what they taught.
 */
export const GoalsPanel = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("practice.write", participant.programId);
  const goals = useGoals(participant.id);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const saved = (text: string) => {
    setCreating(false);
    setMessage(text);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t("goals.title")}</Title>
          <Text size="sm" maw={720}>
            {t("goals.intro")}
          </Text>
        </div>
        {canWrite && !creating ? (
          <Button
            onClick={() => {
              setMessage(null);
              setCreating(true);
            }}
          >
            {t("goals.new")}
          </Button>
        ) : null}
      </Group>
      <details>
        <summary>{t("goals.tipsTitle")}</summary>
        <List size="sm" mt="xs" spacing={4}>
          {tips.map((tip) => (
            <List.Item key={tip}>{t(`goals.tips.${tip}`)}</List.Item>
          ))}
        </List>
      </details>
      <SuccessAlert message={message} />
      {creating ? (
        <Card withBorder padding="lg">
          <GoalForm participantId={participant.id} goal={null} mode="create" onDone={saved} onCancel={() => setCreating(false)} />
        </Card>
      ) : null}
      {goals.isPending ? <LoadingState label={t("goals.loading")} /> : null}
      {goals.isError ? <ErrorState error={goals.error} /> : null}
      {goals.data && goals.data.items.length === 0 && !creating ? <Text c="dimmed">{t("goals.empty")}</Text> : null}
      {goals.data && goals.data.items.length > 0 ? (
        <Stack gap="md" component="section" aria-label={t("goals.listLabel")}>
          {goals.data.items.map((goal) => (
            <GoalCard key={goal.id} participantId={participant.id} goal={goal} canWrite={canWrite} onSaved={saved} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
};
