import { Anchor, Badge, Card, Group, Stack, Switch, Text, Title } from "@mantine/core";
import { type Conversation, type ConversationScaleSeries, miracleQuestions, previousScaleScore } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate } from "../../shared/format/dates";
import { useShareConversation } from "./conversations-api";

type ConversationCardProps = { participantId: string; conversation: Conversation; series: ConversationScaleSeries[]; canWrite: boolean };

/** A part of the note, shown only when something was written in it. */
const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <div>
    <Title order={4} size="h5" mb={2}>
      {title}
    </Title>
    {children}
  </div>
);

/** One recorded conversation, as said: each part that holds something, scales with the previous score, the person's words. */
export const ConversationCard = ({ participantId, conversation: c, series, canWrite }: ConversationCardProps) => {
  const { t, i18n } = useTranslation();
  const share = useShareConversation(participantId);
  const date = formatDate(c.heldOn, i18n.language);
  const headingId = `conversation-${c.id}`;
  const miracle = miracleQuestions.filter((q) => c.content.miracle[q] !== "");
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} id={headingId} size="h4">
          {t("conversations.heading", { date })}
          {c.content.topic ? ` · ${c.content.topic}` : ""}
        </Title>
        <Group gap="xs">
          <Badge color={c.sharedWithCareTeam ? "teal" : "gray"} variant="light" radius="sm" tt="none" fw={600}>
            {c.sharedWithCareTeam ? t("conversations.shared") : t("conversations.notShared")}
          </Badge>
          {c.createdBy ? (
            <Text size="sm" c="dimmed">
              {t("conversations.with", { name: c.createdBy })}
            </Text>
          ) : null}
        </Group>
        {miracle.length > 0 ? (
          <Part title={t("conversations.fields.miracleLegend")}>
            <dl className="goal-smart">
              {miracle.map((q) => (
                <div key={q}>
                  <dt>{t(`conversations.fields.${q}`)}</dt>
                  <dd>{c.content.miracle[q]}</dd>
                </div>
              ))}
            </dl>
          </Part>
        ) : null}
        {c.content.scales.length > 0 ? (
          <Part title={t("conversations.fields.scalesLegend")}>
            <ul className="conversation-scales">
              {c.content.scales.map((s, i) => {
                const before = previousScaleScore(series, c.id, s.question);
                return (
                  <li key={`${s.question}-${i}`}>
                    <Text span fw={600}>
                      {s.question}
                    </Text>{" "}
                    <Text span>{t("conversations.scoreOf", { score: s.score })}</Text>
                    {before ? (
                      <Text span size="sm" c="dimmed">
                        {" "}
                        ({t("conversations.previousScore", { score: before.score, date: formatDate(before.heldOn, i18n.language) })})
                      </Text>
                    ) : null}
                    {s.oneHigher ? <Text size="sm">{t("conversations.oneHigherShort", { text: s.oneHigher })}</Text> : null}
                  </li>
                );
              })}
            </ul>
          </Part>
        ) : null}
        {c.content.resources ? (
          <Part title={t("conversations.fields.resources")}>
            <Text style={{ whiteSpace: "pre-wrap" }}>{c.content.resources}</Text>
          </Part>
        ) : null}
        {c.content.pastSuccesses ? (
          <Part title={t("conversations.fields.pastSuccesses")}>
            <Text style={{ whiteSpace: "pre-wrap" }}>{c.content.pastSuccesses}</Text>
          </Part>
        ) : null}
        {c.content.nextStep ? (
          <Part title={t("conversations.fields.nextStep")}>
            <Text fw={600}>{c.content.nextStep}</Text>
          </Part>
        ) : null}
        {c.content.quotes.length > 0 ? (
          <Part title={t("conversations.fields.quotesLegend")}>
            {c.content.quotes.map((q, i) => (
              <blockquote key={`${i}-${q.slice(0, 20)}`} className="conversation-quote">
                {q}
              </blockquote>
            ))}
          </Part>
        ) : null}
        <Group gap="md">
          <Anchor component={Link} to={`/participants/${participantId}/conversations/${c.id}/print`} size="sm" aria-label={t("conversations.actions.printNamed", { date })}>
            {t("conversations.actions.print")}
          </Anchor>
          {canWrite ? (
            <Switch
              size="sm"
              label={t("conversations.shareSwitch")}
              checked={c.sharedWithCareTeam}
              disabled={share.isPending}
              onChange={(e) => share.mutate({ id: c.id, sharedWithCareTeam: e.currentTarget.checked })}
            />
          ) : null}
        </Group>
        <FormErrorAlert error={share.error} />
      </Stack>
    </Card>
  );
};
