import "../goals/person-print.css";
import { Anchor, Button, Group, Title } from "@mantine/core";
import { conversationScaleMax, miracleQuestions } from "@passerelle/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { useConversations } from "./conversations-api";

/** A 0-10 scale drawn as eleven cells, the person's place filled; the number is written beside it for who reads it. */
const ScaleCells = ({ score }: { score: number }) => (
  <span className="person-print-scale" aria-hidden>
    {Array.from({ length: conversationScaleMax + 1 }, (_, i) => (
      <span key={i} data-filled={i === score ? "" : undefined}>
        {i}
      </span>
    ))}
  </span>
);

/** "Ma conversation" on A4 for the person: what they imagined, where they stand, their resources, the next small step, their words. */
export const ConversationPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", conversationId = "" } = useParams();
  const participant = useParticipant(participantId);
  const conversations = useConversations(participantId);
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("conversations.print.documentTitle", { name }) : t("conversations.print.title"));
  const titleRef = useRef<HTMLHeadingElement>(null);
  const c = conversations.data?.items.find((x) => x.id === conversationId);
  const loaded = participant.isSuccess && c !== undefined;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || conversations.isPending) return <LoadingState />;
  if (participant.isError || conversations.isError || !c) {
    return (
      <>
        <Title order={1}>{t("conversations.print.title")}</Title>
        {participant.error || conversations.error ? <ErrorState error={participant.error ?? conversations.error} /> : <p>{t("conversations.print.notFound")}</p>}
      </>
    );
  }
  const miracle = miracleQuestions.filter((q) => c.content.miracle[q] !== "");
  return (
    <div>
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/tools?tool=conversations`}>
          {t("conversations.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("conversations.print.print")}</Button>
      </Group>
      <article className="print-page person-print-page" aria-labelledby="conversation-print-title">
        <Title order={1} id="conversation-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
          {t("conversations.print.title")}
        </Title>
        <p>
          <strong>{name}</strong> · {t("conversations.print.heldOn", { date: formatLongDate(c.heldOn, i18n.language) })}
          {c.createdBy ? ` ${t("conversations.with", { name: c.createdBy })}` : ""}
        </p>
        {c.content.topic ? <p className="person-print-lead">{c.content.topic}</p> : null}
        {c.content.nextStep ? (
          <>
            <Title order={2}>{t("conversations.fields.nextStep")}</Title>
            <p className="person-print-box person-print-lead">{c.content.nextStep}</p>
          </>
        ) : null}
        {miracle.length > 0 ? (
          <>
            <Title order={2}>{t("conversations.print.miracle")}</Title>
            <dl className="person-print-list">
              {miracle.map((q) => (
                <div key={q}>
                  <dt>{t(`conversations.fields.${q}`)}</dt>
                  <dd>{c.content.miracle[q]}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {c.content.scales.length > 0 ? (
          <>
            <Title order={2}>{t("conversations.print.scales")}</Title>
            <dl className="person-print-list">
              {c.content.scales.map((s, i) => (
                <div key={`${s.question}-${i}`}>
                  <dt>{s.question}</dt>
                  <dd>
                    <ScaleCells score={s.score} />
                    <strong>{t("conversations.scoreOf", { score: s.score })}</strong>
                    {s.oneHigher ? <div>{t("conversations.oneHigherShort", { text: s.oneHigher })}</div> : null}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {c.content.resources ? (
          <>
            <Title order={2}>{t("conversations.fields.resources")}</Title>
            <p className="person-print-box">{c.content.resources}</p>
          </>
        ) : null}
        {c.content.pastSuccesses ? (
          <>
            <Title order={2}>{t("conversations.fields.pastSuccesses")}</Title>
            <p className="person-print-box">{c.content.pastSuccesses}</p>
          </>
        ) : null}
        {c.content.quotes.length > 0 ? (
          <>
            <Title order={2}>{t("conversations.fields.quotesLegend")}</Title>
            {c.content.quotes.map((q, i) => (
              <blockquote key={`${i}-${q.slice(0, 20)}`} className="person-print-quote">
                {q}
              </blockquote>
            ))}
          </>
        ) : null}
      </article>
    </div>
  );
};
