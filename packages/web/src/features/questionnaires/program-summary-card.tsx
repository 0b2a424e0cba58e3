import { Card, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { QuestionnairesSummary } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { shortItemTexts } from "./questionnaire-items";
import { useQuestionnairesSummary } from "./questionnaires-api";

type SummaryCardProps = {
  programId: string;
  from: string;
  to: string;
  /** One specialist's caseload (a specialist always gets their own, whatever is asked). */
  specialistId?: string | null;
  /** The card's heading level where it is placed (2 on its own, 3 inside a section). */
  headingLevel?: 2 | 3;
};

const intlLocale = (language: string) => (language === "en" ? "en-GB" : "fr-FR");

/** A small figure: its label and value, or "fewer than 5" when masked. */
const Figure = ({ label, value, detail, masked }: { label: string; value: string | null; detail?: string; masked: string }) => (
  <Stack gap={2}>
    <Text size="sm" c="dark.5">
      {label}
    </Text>
    <Text fz={24} fw={700} lh={1.2} c={value === null ? "dimmed" : undefined}>
      {value ?? masked}
    </Text>
    {detail ? (
      <Text size="xs" c="dark.4">
        {detail}
      </Text>
    ) : null}
  </Stack>
);

/** The summary's figures; a masked one reads "moins de 5". */
const SummaryFigures = ({ summary: s }: { summary: QuestionnairesSummary }) => {
  const { t, i18n } = useTranslation();
  const number = (value: number, digits = 0) => new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: digits }).format(value);
  const percent = (value: number) => new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent", maximumFractionDigits: 0 }).format(value);
  const signed = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : ""}${number(Math.abs(value), 1)}`;
  const masked = t("questionnaires.summary.masked", { min: s.minimumCell });
  const items = shortItemTexts(t);
  return (
    <Stack gap="md">
      <Text size="sm" c="dark.5">
        {t("questionnaires.summary.intro", { min: s.minimumCell })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
        <Figure label={t("questionnaires.summary.peopleAnswering")} value={s.peopleAnswering === null ? null : number(s.peopleAnswering)} masked={masked} />
        <Figure
          label={t("questionnaires.summary.who5Median")}
          value={s.who5.medianLatest === null ? null : number(s.who5.medianLatest, 1)}
          detail={s.who5.respondents === null ? undefined : t("questionnaires.summary.respondents", { count: s.who5.respondents })}
          masked={masked}
        />
        <Figure label={t("questionnaires.summary.who5Below50")} value={s.who5.shareBelow50 === null ? null : percent(s.who5.shareBelow50)} masked={masked} />
        <Figure
          label={t("questionnaires.summary.who5Change")}
          value={s.who5.meanChange === null ? null : t("questionnaires.summary.points", { value: signed(s.who5.meanChange) })}
          detail={s.who5.withEarlier === null ? undefined : t("questionnaires.summary.withEarlier", { count: s.who5.withEarlier })}
          masked={masked}
        />
        <Figure label={t("questionnaires.summary.who5Improved")} value={s.who5.shareImproved === null ? null : percent(s.who5.shareImproved)} masked={masked} />
        <Figure
          label={t("questionnaires.summary.satisfactionMean")}
          value={s.satisfaction.meanScore === null ? null : number(s.satisfaction.meanScore, 1)}
          detail={s.satisfaction.respondents === null ? undefined : t("questionnaires.summary.respondents", { count: s.satisfaction.respondents })}
          masked={masked}
        />
      </SimpleGrid>
      <Table>
        <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>{t("questionnaires.summary.satisfactionItems")}</Table.Caption>
        <Table.Tbody>
          {items.map((label, i) => {
            const value = s.satisfaction.itemMeans[i] ?? null;
            return (
              <Table.Tr key={label}>
                <Table.Th scope="row" fw={400}>
                  {label}
                </Table.Th>
                <Table.Td ta="right" c={value === null ? "dimmed" : undefined}>
                  {value === null ? masked : `${number(value, 1)} / 5`}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dark.4">
        {t("questionnaires.who5.readingHelp")} {t("questionnaires.summary.notValidated")}
      </Text>
    </Stack>
  );
};

/**
 * Participant-reported outcomes of a program (or of one caseload) for a period, for the outcomes dashboard:
 * people answering, WHO-5 median, share under 50, mean change, satisfaction. Cells under 5 people are masked by
 * the server and said so here.
 */
export const QuestionnairesSummaryCard = ({ programId, from, to, specialistId, headingLevel = 2 }: SummaryCardProps) => {
  const { t } = useTranslation();
  const summary = useQuestionnairesSummary({ programId, from, to, specialistId });
  const titleId = `questionnaires-summary-${programId}`;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} className="questionnaires-summary">
      <Title order={headingLevel} size="h4" id={titleId} mb={4}>
        {t("questionnaires.summary.title")}
      </Title>
      {summary.isPending ? <LoadingState /> : null}
      {summary.isError ? <ErrorState error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? <SummaryFigures summary={summary.data} /> : null}
    </Card>
  );
};
