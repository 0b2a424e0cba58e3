import "./plan-print.css";
import { Anchor, Button, Group, Text, Title } from "@mantine/core";
import { type BenefitsPlan, franceCoverage } from "@passerelle/domain";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { participantName } from "../caseload/participants-table";
import { useParticipant } from "../participants/participants-queries";
import { useBenefitPlan } from "./benefits-api";
import { distinctWarnings, scenarioFigures } from "./comparison-figures";
import { formatMoney, formatMonth } from "./format";
import { PrintMonthlyTotals, PrintSummaryTable } from "./plan-print-tables";
import { useBenefitsText } from "./use-benefits-text";

/** The situation in one line, as the person would say it. */
const useSituationLine = () => {
  const { t, i18n } = useTranslation();
  return (plan: BenefitsPlan): string => {
    const { person, otherIncome, from } = plan.situation;
    const rate = person.incapacityRate;
    const parts = [
      person.birthDate ? t("benefits.print.bornOn", { date: formatLongDate(person.birthDate, i18n.language) }) : t("benefits.print.age", { age: person.age ?? 0 }),
      t(`benefits.form.brackets.${rate >= 0.8 ? "80" : rate >= 0.5 ? "50" : "below"}`) + (rate >= 0.5 && rate < 0.8 && person.rsdae ? ` (${t("benefits.print.rsdae")})` : ""),
      person.housing === "tenant" && (person.housingBenefit[from] ?? 0) > 0
        ? t("benefits.print.tenantWithBenefit", { amount: formatMoney(person.housingBenefit[from] ?? 0, i18n.language, 0) })
        : t(`benefits.print.housing.${person.housing}`),
    ];
    if ((otherIncome.pension[from] ?? 0) > 0) parts.push(t("benefits.print.pension", { amount: formatMoney(otherIncome.pension[from] ?? 0, i18n.language, 0) }));
    if ((otherIncome.unemployment[from] ?? 0) > 0) parts.push(t("benefits.print.unemployment", { amount: formatMoney(otherIncome.unemployment[from] ?? 0, i18n.language, 0) }));
    return parts.join(" · ");
  };
};

/** One A4 page for the person: what was compared, month by month, what they decided, what to watch. */
export const PlanPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { participantId = "", planId = "" } = useParams();
  const participant = useParticipant(participantId);
  const plan = useBenefitPlan(participantId, planId);
  const text = useBenefitsText();
  const situationLine = useSituationLine();
  const name = participant.data ? participantName(participant.data) : "";
  usePageTitle(name ? t("benefits.print.documentTitle", { name }) : t("benefits.print.title"));
  // Reached from the record's tab (same page for the layout): bring screen readers to the document itself.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = plan.isSuccess && participant.isSuccess;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  if (participant.isPending || plan.isPending) return <LoadingState />;
  if (participant.isError || plan.isError) {
    return (
      <>
        <Title order={1}>{t("benefits.print.title")}</Title>
        <ErrorState error={participant.error ?? plan.error} />
      </>
    );
  }
  const p = plan.data;
  const { baseline, scenarios } = scenarioFigures(p.results, (i) => t("benefits.form.scenarioTitle", { number: i + 1 }));
  const labels = scenarios.map((s) => s.label);
  const warnings = distinctWarnings(p.results);
  const otherIncome = baseline.otherIncome > 0 ? 1 : 0;
  const dense = scenarios.length + warnings.length + otherIncome + p.decision.length / 250 > 8;
  return (
    <div className="plan-print">
      <Group className="no-print" justify="space-between" mb="lg">
        <Anchor component={Link} to={`/participants/${participantId}/benefits`}>
          {t("benefits.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("benefits.print.print")}</Button>
      </Group>
      <article className={dense ? "print-page plan-print-page plan-print-dense" : "print-page plan-print-page"} aria-labelledby="plan-print-title">
        <Title order={1} id="plan-print-title" ref={titleRef} tabIndex={-1} style={{ outline: "none" }}>
          {t("benefits.print.title")}
        </Title>
        <p>
          <strong>{name}</strong> · {t("benefits.print.madeOn", { date: formatLongDate(p.planDate, i18n.language) })}
          {p.createdBy ? ` ${t("benefits.print.with", { name: p.createdBy })}` : ""}
        </p>
        <p>{situationLine(p)}</p>
        <Title order={2}>{t("benefits.print.summaryTitle", { from: formatMonth(p.situation.from, i18n.language), to: formatMonth(p.situation.to, i18n.language) })}</Title>
        <PrintSummaryTable baseline={baseline} scenarios={scenarios} />
        <Title order={2}>{t("benefits.print.monthlyTitle")}</Title>
        <PrintMonthlyTotals comparison={p.results} labels={labels} />
        <Title order={2}>{t("benefits.print.decisionTitle")}</Title>
        <p className="plan-print-decision">{p.decision || t("benefits.plans.noDecision")}</p>
        {warnings.length > 0 ? (
          <>
            <Title order={2}>{t("benefits.print.warningsTitle")}</Title>
            <ul className="plan-print-warnings">
              {warnings.map(({ warning, scenarios: concerned }) => (
                <li key={warning.code}>
                  {text(warning)}
                  {concerned.length < labels.length ? ` (${concerned.join(", ")})` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Text className="plan-print-footer">
          {t(p.returnToWorkCumulation ? "benefits.print.footerCumulation" : "benefits.print.footerNoCumulation", {
            lastDated: formatMonth(franceCoverage.lastDatedMonth, i18n.language),
          })}
        </Text>
      </article>
    </div>
  );
};
