import { employmentRateBenchmarks, type OutcomesFigures } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { BenchmarkBar, rateBenchmark } from "./benchmark-bar";
import { FigureCard, type FigureLink } from "./figure-card";
import { type FigureKey, type FigurePart, recordsLink } from "./figure-links";
import { FigureSection } from "./figure-section";
import { formatEuros, formatNumber, formatPercent } from "./format";
import type { OutcomesScopeParams } from "./outcomes-api";

type Props = { figures: OutcomesFigures; scope: OutcomesScopeParams };

const usLevel = (rate: number | null): "none" | "excellent" | "average" | "minimal" | "below" => {
  if (rate === null) return "none";
  const { minimal, average, excellent } = employmentRateBenchmarks.us;
  return rate >= excellent ? "excellent" : rate >= average ? "average" : rate >= minimal ? "minimal" : "below";
};

/** Active caseload, both employment rates, job starts, delays, retention, hours and wages, job endings. */
export const EmploymentFigures = ({ figures: f, scope }: Props) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const link = (figure: FigureKey, count: number, label: string, part?: FigurePart): FigureLink[] =>
    count > 0 ? [{ to: recordsLink(scope, figure, { part }), label }] : [];
  const rateLinks = (figure: "competitiveEmploymentRate" | "ukEmploymentRate" | "retained90Days" | "retained6Months") => [
    ...link(figure, f[figure].numerator, t(`outcomes.figures.${figure}.numerator`, { count: f[figure].numerator }), "numerator"),
    ...link(figure, f[figure].denominator, t(`outcomes.figures.${figure}.denominator`, { count: f[figure].denominator }), "denominator"),
  ];
  const ofTotal = (r: { numerator: number; denominator: number }) => t("outcomes.ofTotal", { numerator: r.numerator, denominator: r.denominator });
  const days = (v: number | null) => (v === null ? null : t("outcomes.days", { count: Math.round(v) }));
  const medianDetail = (n: number, unit: "people" | "jobs") => t(`outcomes.medianOf.${unit}`, { count: n });
  const us = employmentRateBenchmarks.us;
  const ukReached = f.ukEmploymentRate.rate !== null && f.ukEmploymentRate.rate >= employmentRateBenchmarks.uk;

  return (
    <>
      <FigureSection title={t("outcomes.sections.employment")}>
        <FigureCard
          title={t("outcomes.figures.activeCaseload.title")}
          value={String(f.activeCaseload.count)}
          definition={t("outcomes.figures.activeCaseload.definition")}
          links={link("activeCaseload", f.activeCaseload.count, t("outcomes.links.participant", { count: f.activeCaseload.count }))}
        />
        <FigureCard
          title={t("outcomes.figures.competitiveEmploymentRate.title")}
          value={formatPercent(f.competitiveEmploymentRate.rate, lang)}
          detail={ofTotal(f.competitiveEmploymentRate)}
          definition={t("outcomes.figures.competitiveEmploymentRate.definition")}
          links={rateLinks("competitiveEmploymentRate")}
        >
          <BenchmarkBar
            rate={f.competitiveEmploymentRate.rate}
            benchmarks={[
              rateBenchmark(us.minimal, t("outcomes.benchmarks.minimal"), lang),
              rateBenchmark(us.average, t("outcomes.benchmarks.average"), lang),
              rateBenchmark(us.excellent, t("outcomes.benchmarks.excellent"), lang),
            ]}
            summary={t(`outcomes.benchmarks.us.${usLevel(f.competitiveEmploymentRate.rate)}`)}
          />
        </FigureCard>
        <FigureCard
          title={t("outcomes.figures.ukEmploymentRate.title")}
          value={formatPercent(f.ukEmploymentRate.rate, lang)}
          detail={ofTotal(f.ukEmploymentRate)}
          definition={t("outcomes.figures.ukEmploymentRate.definition")}
          links={rateLinks("ukEmploymentRate")}
        >
          <BenchmarkBar
            rate={f.ukEmploymentRate.rate}
            benchmarks={[rateBenchmark(employmentRateBenchmarks.uk, t("outcomes.benchmarks.reference"), lang)]}
            summary={t(f.ukEmploymentRate.rate === null ? "outcomes.benchmarks.uk.none" : ukReached ? "outcomes.benchmarks.uk.reached" : "outcomes.benchmarks.uk.below")}
          />
        </FigureCard>
      </FigureSection>

      <FigureSection title={t("outcomes.sections.jobStarts")}>
        <FigureCard
          title={t("outcomes.figures.supportedIntoWork.title")}
          value={String(f.supportedIntoWork.count)}
          definition={t("outcomes.figures.supportedIntoWork.definition")}
          links={link("supportedIntoWork", f.supportedIntoWork.count, t("outcomes.links.participant", { count: f.supportedIntoWork.count }))}
        />
        <FigureCard
          title={t("outcomes.figures.jobStarts.title")}
          value={String(f.jobStarts.count)}
          definition={t("outcomes.figures.jobStarts.definition")}
          links={link("jobStarts", f.jobStarts.count, t("outcomes.links.job", { count: f.jobStarts.count }))}
        />
        <FigureCard
          title={t("outcomes.figures.daysToFirstEmployerContact.title")}
          value={days(f.daysToFirstEmployerContact.median)}
          detail={medianDetail(f.daysToFirstEmployerContact.n, "people")}
          definition={t("outcomes.figures.daysToFirstEmployerContact.definition")}
          links={link("daysToFirstEmployerContact", f.daysToFirstEmployerContact.n, t("outcomes.links.participant", { count: f.daysToFirstEmployerContact.n }))}
        />
        <FigureCard
          title={t("outcomes.figures.daysToFirstJob.title")}
          value={days(f.daysToFirstJob.median)}
          detail={medianDetail(f.daysToFirstJob.n, "people")}
          definition={t("outcomes.figures.daysToFirstJob.definition")}
          links={link("daysToFirstJob", f.daysToFirstJob.n, t("outcomes.links.participant", { count: f.daysToFirstJob.n }))}
        />
      </FigureSection>

      <FigureSection title={t("outcomes.sections.retention")}>
        <FigureCard
          title={t("outcomes.figures.jobTenureDays.title")}
          value={days(f.jobTenureDays.median)}
          detail={medianDetail(f.jobTenureDays.n, "jobs")}
          definition={t("outcomes.figures.jobTenureDays.definition")}
          links={link("jobTenureDays", f.jobTenureDays.n, t("outcomes.links.job", { count: f.jobTenureDays.n }))}
        />
        <FigureCard
          title={t("outcomes.figures.retained90Days.title")}
          value={formatPercent(f.retained90Days.rate, lang)}
          detail={ofTotal(f.retained90Days)}
          definition={t("outcomes.figures.retained90Days.definition")}
          links={rateLinks("retained90Days")}
        />
        <FigureCard
          title={t("outcomes.figures.retained6Months.title")}
          value={formatPercent(f.retained6Months.rate, lang)}
          detail={ofTotal(f.retained6Months)}
          definition={t("outcomes.figures.retained6Months.definition")}
          links={rateLinks("retained6Months")}
        />
        <FigureCard
          title={t("outcomes.figures.hoursPerWeek.title")}
          value={f.hoursPerWeek.median === null ? null : t("outcomes.hours", { value: formatNumber(f.hoursPerWeek.median, lang) })}
          detail={medianDetail(f.hoursPerWeek.n, "jobs")}
          definition={t("outcomes.figures.hoursPerWeek.definition")}
          links={link("hoursPerWeek", f.hoursPerWeek.n, t("outcomes.links.job", { count: f.hoursPerWeek.n }))}
        />
        <FigureCard
          title={t("outcomes.figures.hourlyWage.title")}
          value={formatEuros(f.hourlyWage.median, lang)}
          detail={medianDetail(f.hourlyWage.n, "jobs")}
          definition={t("outcomes.figures.hourlyWage.definition")}
          links={link("hourlyWage", f.hourlyWage.n, t("outcomes.links.job", { count: f.hourlyWage.n }))}
        />
      </FigureSection>
    </>
  );
};
