import { Alert, Anchor, Breadcrumbs, Stack, Table, Text, Title } from "@mantine/core";
import type { GuideCompletion, Role } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { TableScroll } from "../../shared/components/table-scroll";
import { formatDate, todayIso } from "../../shared/format/dates";
import { useGuideCompletion, useGuideContent } from "./guide-api";
import { GuideProgramSelect, useGuideProgram } from "./guide-program";

const CompletionTable = ({ completion, titles }: { completion: GuideCompletion; titles: Map<number, string> }) => {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={t("guide.team.tableLabel")} minWidth={900}>
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{t("guide.team.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("guide.team.member")}</Table.Th>
            {completion.chapters.map((chapter) => (
              <Table.Th key={chapter} scope="col">
                <span aria-hidden="true">{t("guide.team.chapterShort", { number: chapter })}</span>
                <span className="visually-hidden">{t("guide.chapters.number", { number: chapter })}</span>
                <Text size="xs" c="dimmed" fw={400} lang="fr" lineClamp={2}>
                  {titles.get(chapter)}
                </Text>
              </Table.Th>
            ))}
            <Table.Th scope="col">{t("guide.team.completedCount")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {completion.members.map((member) => (
            <Table.Tr key={member.userId}>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {member.name}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {t(`roles.${member.role as Role}`)}
                </Text>
              </Table.Th>
              {member.chapters.map((cell) => (
                <Table.Td key={cell.chapter}>
                  {cell.completedAt ? (
                    <Text size="sm" fw={600}>
                      <span aria-hidden="true">✓ </span>
                      {t("guide.team.completedOn", { date: formatDate(todayIso(new Date(cell.completedAt)), i18n.language) })}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("guide.team.notYet")}
                    </Text>
                  )}
                </Table.Td>
              ))}
              <Table.Td>{t("guide.team.count", { count: member.completedCount, total: completion.chapters.length })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
};

/** The team lead's view: who completed which chapter's grid, and when. For training, not for judgement. */
export const GuideTeamPage = () => {
  const { t } = useTranslation();
  const program = useGuideProgram("guide.overview");
  const content = useGuideContent();
  const completion = useGuideCompletion(program.programId);
  const titles = new Map((content.data?.chapters ?? []).map((c) => [c.number, c.title]));
  return (
    <>
      <Breadcrumbs mb="sm" aria-label={t("guide.breadcrumb")}>
        <Anchor component={Link} to={`/guide${program.query}`}>
          {t("guide.title")}
        </Anchor>
        <Text span>{t("guide.team.link")}</Text>
      </Breadcrumbs>
      <PageHeader title={t("guide.team.title")} description={t("guide.team.description")} />
      <Stack gap="lg">
        <Alert color="blue" variant="light" title={t("guide.team.trainingTitle")}>
          {t("guide.team.training")}
        </Alert>
        <GuideProgramSelect programs={program.programs} programId={program.programId} onChange={program.choose} />
        <section aria-labelledby="guide-team-grid-title">
          <Title order={2} size="h3" id="guide-team-grid-title" mb="sm">
            {t("guide.team.gridTitle")}
          </Title>
          {program.isPending || (program.programId && completion.isPending) ? (
            <LoadingState />
          ) : completion.isError ? (
            <ErrorState error={completion.error} />
          ) : !completion.data || completion.data.members.length === 0 ? (
            <Text c="dimmed">{t("guide.team.empty")}</Text>
          ) : (
            <CompletionTable completion={completion.data} titles={titles} />
          )}
        </section>
      </Stack>
    </>
  );
};
