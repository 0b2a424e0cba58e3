import "./routines.css";
import "./routine-print.css";
import { Anchor, Button, Group, Text, Title } from "@mantine/core";
import { routineQuestionKeys } from "@passerelle/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { CategoryLegend } from "./routine-parts";
import { useRoutine } from "./routines-api";
import { WeekView } from "./week-view";

/**
 * "Ma semaine" for the person, on paper: one landscape A4 page with the week in large type, each activity with its
 * pictogram and colour, and the legend; the answers to the manual's questions on a second page (an unanswered
 * question keeps lines to write on, with the specialist or alone).
 */
export const RoutinePrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", routineId = "" } = useParams();
  const participant = useParticipant(participantId);
  const routine = useRoutine(participantId, routineId);
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("routines.print.documentTitle", { name }) : t("routines.print.title"));
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = routine.isSuccess && participant.isSuccess;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || routine.isPending) return <LoadingState />;
  // A version of someone else under this person's address is not shown under their name.
  const mismatch = routine.isSuccess && routine.data.participantId !== participantId;
  if (participant.isError || routine.isError || mismatch) {
    return (
      <>
        <Title order={1}>{t("routines.print.title")}</Title>
        <ErrorState error={participant.error ?? routine.error ?? new ApiError({ status: 404, code: "not_found", message: t("errors.not_found") })} />
      </>
    );
  }
  const r = routine.data;
  const categories = [...new Set(r.activities.map((a) => a.category))];
  return (
    <div className="routine-print">
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/tools`}>
          {t("routines.print.back")}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("routines.print.hint")}
        </Text>
        <Button onClick={() => window.print()}>{t("routines.print.print")}</Button>
      </Group>
      <article className="print-page routine-print-page" aria-labelledby="routine-print-title">
        <header className="routine-print-header">
          <Title order={1} id="routine-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
            {t("routines.print.title")}
          </Title>
          <p>
            <strong>{name}</strong>
            {` · ${r.label} · ${t("routines.print.from", { date: formatLongDate(r.validFrom, i18n.language) })}`}
          </p>
        </header>
        <WeekView grid={r} variant="print" label={t("routines.week.label", { first: r.firstHour, last: r.lastHour })} />
        {categories.length > 0 ? (
          <section className="routine-print-legend" aria-labelledby="routine-print-legend">
            <h2 id="routine-print-legend" className="visually-hidden">
              {t("routines.print.legend")}
            </h2>
            <CategoryLegend only={categories} />
          </section>
        ) : null}
      </article>
      <article className="print-page routine-print-page routine-print-answers" aria-labelledby="routine-print-answers-title">
        <Title order={2} id="routine-print-answers-title">
          {t("routines.print.answersTitle")}
        </Title>
        <ol className="routine-print-questions">
          {routineQuestionKeys.map((k) => {
            const answer = (r.answers[k] ?? "").trim();
            return (
              <li key={k}>
                <p className="routine-print-question">{t(`routines.questions.${k}`)}</p>
                {answer ? <p className="routine-print-answer">{answer}</p> : <p className="routine-print-blank" aria-hidden="true" />}
              </li>
            );
          })}
        </ol>
      </article>
    </div>
  );
};
