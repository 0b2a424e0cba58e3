import "./sst-print.css";
import { Anchor, Button, Group, List, Text, Title } from "@mantine/core";
import { sortedAdjustments, sstWorksheetQuestions } from "@passerelle/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDate, formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { useSstPlan } from "./sst-api";
import { SstChart } from "./sst-chart";
import { SstPhasesTable } from "./sst-phases-table";
import { SstPlanSummary } from "./sst-plan-summary";

/** The plan on A4 for the person: the steps, the chart read by phase, the adjustments, the worksheet's answers. */
export const SstPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", planId = "" } = useParams();
  const participant = useParticipant(participantId);
  const plan = useSstPlan(participantId, planId);
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("sst.print.documentTitle", { name }) : t("sst.print.title"));
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = plan.isSuccess && participant.isSuccess;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || plan.isPending) return <LoadingState />;
  if (participant.isError || plan.isError) {
    return (
      <>
        <Title order={1}>{t("sst.print.title")}</Title>
        <ErrorState error={participant.error ?? plan.error} />
      </>
    );
  }
  const detail = plan.data;
  const p = detail.plan;
  const worksheet = sstWorksheetQuestions.filter((q) => p.content.worksheet[q].trim() !== "");
  return (
    <div className="sst-print">
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/tools?tool=sst&plan=${p.id}`}>
          {t("sst.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("sst.print.print")}</Button>
      </Group>
      <article className="print-page sst-print-page" aria-labelledby="sst-print-title">
        <Title order={1} id="sst-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
          {t("sst.print.title")}
        </Title>
        <p>
          <strong>{name}</strong> · {t("sst.print.madeOn", { date: formatLongDate(p.createdAt.slice(0, 10), i18n.language) })} · {t("sst.status.label")} : {t(`sst.status.${p.status}`)}
        </p>
        <Title order={2}>{t("sst.sections.steps")}</Title>
        <SstPlanSummary plan={p} />
        <Title order={2}>{t("sst.sections.measures")}</Title>
        {p.content.interventionStartedOn ? <Text>{t("sst.progress.startedOn", { date: formatDate(p.content.interventionStartedOn, i18n.language) })}</Text> : null}
        <SstChart detail={detail} height={240} />
        {detail.measures.length > 0 ? <SstPhasesTable detail={detail} /> : null}
        {p.content.adjustments.length > 0 ? (
          <>
            <Title order={2}>{t("sst.print.adjustments")}</Title>
            <List spacing={2}>
              {sortedAdjustments(p.content.adjustments).map((a, i) => (
                <List.Item key={a.id}>
                  <strong>{t("sst.phases.adjustment", { number: i + 1 })}</strong> · {formatDate(a.on, i18n.language)} · {t(`sst.variables.${a.variable}`)} : {a.change}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        {worksheet.length > 0 ? (
          <>
            <Title order={2}>{t("sst.worksheet.title")}</Title>
            <ol className="sst-print-worksheet">
              {worksheet.map((q) => (
                <li key={q}>
                  <strong>{t(`sst.worksheet.questions.${q}.label`)}</strong>
                  <p>{p.content.worksheet[q]}</p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </article>
    </div>
  );
};
