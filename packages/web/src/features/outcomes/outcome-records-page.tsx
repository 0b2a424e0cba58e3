import { Anchor, Stack, Text } from "@mantine/core";
import { type OutcomeRecordsList, outcomeFigureKeySchema } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { buildUrl } from "../../api/api-client";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatLongDate } from "../../shared/format/dates";
import type { FigureKey, FigurePart } from "./figure-links";
import { useOutcomeRecords } from "./outcome-records-api";
import { EmployerContactsTable, JobsTable, PeopleTable, ReferralsTable } from "./outcome-records-tables";
import { useReportParams } from "./use-report-params";
import { EMPLOYER_CONTACTS_TARGET } from "./employer-contact-figures";

const reasonLabel = (t: TFunction, figure: FigureKey, reason: string): string => {
  if (reason === "unknown") return t("outcomes.unknownReason");
  if (figure === "jobEndingsByReason") return t(`jobs.endReasons.${reason}` as "jobs.endReasons.other");
  if (figure === "referralsDeclinedByReason") return t(`referrals.reasons.${reason}` as "referrals.reasons.not_wanting_support_now");
  if (figure === "closuresByReason") return t(`closureReason.${reason}` as "closureReason.other");
  return reason;
};

/** A breakdown's rows are the records of the figure it breaks down: same title, same rule. */
const breakdownOf: Partial<Record<FigureKey, DefinedFigure>> = {
  jobEndingsByReason: "jobEndings",
  referralsDeclinedByReason: "referralsDeclined",
  closuresByReason: "closures",
  employerContactsBySpecialist: "employerContactsFaceToFace",
};
type DefinedFigure = Exclude<FigureKey, "jobEndingsByReason" | "referralsDeclinedByReason" | "closuresByReason" | "employerContactsBySpecialist">;
const baseFigure = (figure: FigureKey): DefinedFigure => breakdownOf[figure] ?? (figure as DefinedFigure);

const RecordsList = ({ data, caption }: { data: OutcomeRecordsList; caption: string }) => {
  const { t } = useTranslation();
  if (data.count === 0) return <Text c="dimmed">{t("outcomes.records.empty")}</Text>;
  switch (data.kind) {
    case "participant":
      return <PeopleTable rows={data.people} caption={caption} />;
    case "job":
      return <JobsTable rows={data.jobs} caption={caption} />;
    case "employer_contact":
      return <EmployerContactsTable rows={data.employerContacts} caption={caption} />;
    case "referral":
      return <ReferralsTable rows={data.referrals} caption={caption} />;
  }
};

/**
 * The people or records behind one figure of the report (or one part of a rate, one reason of a breakdown), within
 * what the user may see: each row leads to the person, the job, the employer or the referral.
 */
export const OutcomeRecordsPage = () => {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const [scope] = useReportParams();
  const parsed = outcomeFigureKeySchema.safeParse(search.get("figure"));
  const figure: FigureKey = parsed.success ? parsed.data : "activeCaseload";
  const partParam = search.get("part");
  const part: FigurePart | undefined = partParam === "numerator" || partParam === "denominator" ? partParam : undefined;
  const reason = search.get("reason") || undefined;
  const records = useOutcomeRecords({ ...scope, figure, part, reason });
  const base = baseFigure(figure);
  const figureTitle = t(`outcomes.figures.${base}.title`);
  const count = records.data?.count ?? 0;
  const detail = part
    ? t(`outcomes.figures.${figure}.${part}` as "outcomes.figures.retained90Days.numerator", { count })
    : reason
      ? reasonLabel(t, figure, reason)
      : null;
  const title = detail ? `${figureTitle} : ${detail}` : figureTitle;
  const back = buildUrl("/outcomes", { from: scope.from, to: scope.to, programId: scope.programId, specialistId: scope.specialistId });

  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {t("outcomes.records.back")}
      </Anchor>
      <PageHeader
        title={figureTitle}
        documentTitle={title}
        description={t("outcomes.periodLine", { from: formatLongDate(scope.from, i18n.language), to: formatLongDate(scope.to, i18n.language) })}
      />
      <Stack gap="md">
        {detail ? (
          <Text fw={600} size="lg">
            {detail}
          </Text>
        ) : null}
        <Text size="sm" c="dark.4">
          <Text span fw={700} inherit>
            {t("outcomes.definition")}
          </Text>{" "}
          {t(`outcomes.figures.${base}.definition`, { target: EMPLOYER_CONTACTS_TARGET })}
        </Text>
        {records.isPending ? (
          <LoadingState />
        ) : records.isError ? (
          <ErrorState error={records.error} onRetry={() => void records.refetch()} />
        ) : (
          <>
            <Text role="status" fw={600}>
              {t(`outcomes.records.total.${records.data.kind}`, { count: records.data.count })}
            </Text>
            <RecordsList data={records.data} caption={title} />
          </>
        )}
      </Stack>
    </>
  );
};
