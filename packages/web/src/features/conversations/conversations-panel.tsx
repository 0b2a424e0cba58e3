import "../goals/goals.css";
import "./conversations.css";
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { type Participant, conversationScaleSeries } from "@passerelle/domain";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { useAccess } from "../../shared/hooks/use-access";
import { ConversationCard } from "./conversation-card";
import { ConversationForm } from "./conversation-form";
import { useConversations } from "./conversations-api";

/**
 * "Mes conversations" (IMPE manual, chapter 3): solution-focused conversations, newest first. A scaling question asked
 * again shows the score it had the time before: the way travelled, in the person's own numbers.
 */
export const ConversationsPanel = ({ participant }: { participant: Participant }) => {
  const { t } = useTranslation();
  const access = useAccess();
  const canWrite = access.can("practice.write", participant.programId);
  const conversations = useConversations(participant.id);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const items = conversations.data?.items;
  const series = useMemo(() => conversationScaleSeries(items ?? []), [items]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t("conversations.title")}</Title>
          <Text size="sm" maw={720}>
            {t("conversations.intro")}
          </Text>
        </div>
        {canWrite && !creating ? (
          <Button
            onClick={() => {
              setMessage(null);
              setCreating(true);
            }}
          >
            {t("conversations.new")}
          </Button>
        ) : null}
      </Group>
      <SuccessAlert message={message} />
      {creating ? (
        <ConversationForm
          participantId={participant.id}
          onDone={(text) => {
            setCreating(false);
            setMessage(text);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {conversations.isPending ? <LoadingState label={t("conversations.loading")} /> : null}
      {conversations.isError ? <ErrorState error={conversations.error} /> : null}
      {items && items.length === 0 && !creating ? <Text c="dimmed">{t("conversations.empty")}</Text> : null}
      {items && items.length > 0 ? (
        <Stack gap="md" component="section" aria-label={t("conversations.listLabel")}>
          {items.map((c) => (
            <ConversationCard key={c.id} participantId={participant.id} conversation={c} series={series} canWrite={canWrite} />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
};
