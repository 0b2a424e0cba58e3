import "./outcomes-print.css";
import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatLongDate } from "../../shared/format/dates";
import { useMe } from "../auth/me-queries";
import { useMembers } from "../programs/programs-queries";
import { EmployerContactFigures } from "./employer-contact-figures";
import { EmploymentFigures } from "./employment-figures";
import { FlowFigures } from "./flow-figures";
import { useOutcomes } from "./outcomes-api";
import { PeriodPicker } from "./period-picker";
import { ReportActions } from "./report-actions";
import { ScopePicker } from "./scope-picker";
import { TrendsSection } from "./trends-section";
import { useReportParams } from "./use-report-params";
import { useReportScope } from "./use-report-scope";
import { QualityOfLifeSection } from "./quality-of-life-section";

/**
 * "Résultats": the outcomes of a program, of one specialist's caseload or of all the user's programs over a quarter or
 * any period, each figure with its rule and the records behind it, the 8 quarters' trends, exports and print.
 */
export const OutcomesPage = () => {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [params, update] = useReportParams();
  const scope = useReportScope(params);
  const report = useOutcomes(scope.query, !scope.isPending && scope.programs.length > 0);
  const members = useMembers(scope.query.specialistId && !scope.own ? scope.query.programId : null);
  const q = scope.query;
  const programName = q.programId ? scope.programs.find((p) => p.id === q.programId)?.name : t("outcomes.scope.allPrograms");
  const specialistName = scope.own ? me.user.name : members.data?.find((m) => m.userId === q.specialistId)?.name;
  const title = scope.own ? t("outcomes.ownTitle") : t("outcomes.title");

  return (
    <div className="print-page outcomes-report">
      <PageHeader title={title} description={t("outcomes.intro")} actions={<ReportActions query={q} />} />
      {scope.isPending ? (
        <LoadingState />
      ) : scope.programs.length === 0 ? (
        <Alert color="orange" variant="light">
          {t("outcomes.noProgram")}
        </Alert>
      ) : (
        <Stack gap="xl">
          <Stack gap="sm" component="section" aria-label={t("outcomes.filters")} className="no-print">
            <PeriodPicker period={{ from: q.from, to: q.to }} onChange={(p) => update(p)} />
            <ScopePicker scope={scope} onChange={(patch) => update(patch)} />
          </Stack>
          <Text fw={600} className="outcomes-scope-line" role="status" aria-live="polite">
            {[
              t("outcomes.periodLine", { from: formatLongDate(q.from, i18n.language), to: formatLongDate(q.to, i18n.language) }),
              programName,
              q.specialistId ? (specialistName ?? "") : q.programId ? t("outcomes.scope.wholeProgramLine") : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
          <div aria-busy={report.isFetching}>
            {report.isPending ? (
              <LoadingState />
            ) : report.isError ? (
              <ErrorState error={report.error} onRetry={() => void report.refetch()} />
            ) : (
              <Stack gap="xl">
                <EmploymentFigures figures={report.data.figures} scope={q} />
                <FlowFigures figures={report.data.figures} scope={q} />
                <EmployerContactFigures figures={report.data.figures} scope={q} />
                <TrendsSection trends={report.data.trends} />
                {q.programId ? <QualityOfLifeSection programId={q.programId} from={q.from} to={q.to} specialistId={q.specialistId} /> : null}
              </Stack>
            )}
          </div>
        </Stack>
      )}
    </div>
  );
};
