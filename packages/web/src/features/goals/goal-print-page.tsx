import "./person-print.css";
import { Anchor, Button, Group, Title } from "@mantine/core";
import { smartCriteria } from "@passerelle/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { useGoals } from "./goals-api";

/** "Mon objectif" on one A4 page for the person: the goal, what makes it SMART, the small steps, the dates, the last review. */
export const GoalPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", goalId = "" } = useParams();
  const participant = useParticipant(participantId);
  const goals = useGoals(participantId);
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("goals.print.documentTitle", { name }) : t("goals.print.title"));
  // Reached from the record's tab: bring screen readers to the document itself.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const goal = goals.data?.items.find((g) => g.id === goalId);
  const loaded = participant.isSuccess && goal !== undefined;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || goals.isPending) return <LoadingState />;
  if (participant.isError || goals.isError || !goal) {
    return (
      <>
        <Title order={1}>{t("goals.print.title")}</Title>
        {participant.error || goals.error ? <ErrorState error={participant.error ?? goals.error} /> : <p>{t("goals.print.notFound")}</p>}
      </>
    );
  }
  const long = (date: string | null) => formatLongDate(date, i18n.language);
  const smart = smartCriteria.filter((c) => goal.smart[c] !== "");
  const lastReview = goal.reviews.at(-1);
  return (
    <div>
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/tools?tool=goals`}>
          {t("goals.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("goals.print.print")}</Button>
      </Group>
      <article className="print-page person-print-page" aria-labelledby="goal-print-title">
        <Title order={1} id="goal-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
          {t("goals.print.title")}
        </Title>
        <p>
          <strong>{name}</strong> · {t("goals.print.writtenOn", { date: long(goal.createdAt.slice(0, 10)) })}
          {goal.createdBy ? ` ${t("goals.print.with", { name: goal.createdBy })}` : ""} · {t(`goals.status.${goal.status}`)}
        </p>
        <p className="person-print-box person-print-lead">{goal.goal}</p>
        {goal.dueOn || goal.reviewOn ? (
          <p>
            {[goal.dueOn ? t("goals.print.dueOn", { date: long(goal.dueOn) }) : null, goal.reviewOn ? t("goals.print.reviewOn", { date: long(goal.reviewOn) }) : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        {smart.length > 0 ? (
          <>
            <Title order={2}>{t("goals.smartTitle")}</Title>
            <dl className="person-print-list">
              {smart.map((c) => (
                <div key={c}>
                  <dt>{t(`goals.smart.${c}`)}</dt>
                  <dd>{goal.smart[c]}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {goal.steps.length > 0 ? (
          <>
            <Title order={2}>{t("goals.stepsTitle")}</Title>
            <ul className="person-print-list">
              {goal.steps.map((step) => (
                <li key={step.id} className="person-print-step">
                  <span className="person-print-check" aria-hidden>
                    {step.done ? "☑" : "☐"}
                  </span>
                  <span>
                    {step.label} <em>({step.done ? t("goals.print.done") : t("goals.print.toDo")})</em>
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {lastReview ? (
          <>
            <Title order={2}>{t("goals.print.lastReview", { date: long(lastReview.on) })}</Title>
            <dl className="person-print-list">
              {(["progress", "learned", "smallestChange"] as const)
                .filter((part) => lastReview[part] !== "")
                .map((part) => (
                  <div key={part}>
                    <dt>{t(`goals.reviewForm.${part}`)}</dt>
                    <dd>{lastReview[part]}</dd>
                  </div>
                ))}
            </dl>
          </>
        ) : null}
      </article>
    </div>
  );
};
