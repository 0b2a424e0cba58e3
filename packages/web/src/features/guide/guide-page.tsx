import { Anchor, Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { GuideChapterSummary } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDate, todayIso } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { CaseStudyNotes } from "./case-study-notes";
import { FrenchOnlyNotice } from "./french-notice";
import { useGuideContent, useMySelfEvaluations } from "./guide-api";
import { GuideProgramSelect, useGuideProgram } from "./guide-program";

/** My progress on one chapter, in words (never colour alone). */
const ChapterProgress = ({ summary }: { summary: GuideChapterSummary | undefined }) => {
  const { t, i18n } = useTranslation();
  if (!summary) return null;
  if (summary.completed) {
    return (
      <Badge color="green" variant="light" tt="none">
        {t("guide.progress.completed", { date: formatDate(summary.completedAt ? todayIso(new Date(summary.completedAt)) : null, i18n.language) })}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" tt="none">
      {summary.answered > 0 ? t("guide.progress.answered", { answered: summary.answered, items: summary.items }) : t("guide.progress.notStarted")}
    </Badge>
  );
};

/** Guide de pratique: the IPS principles, the chapters with my progress, and David's case study. */
export const GuidePage = () => {
  const { t } = useTranslation();
  const access = useAccess();
  const content = useGuideContent();
  const program = useGuideProgram("guide.read");
  const mine = useMySelfEvaluations(program.programId);
  const canOverview = Boolean(program.programId) && access.can("guide.overview", program.programId);
  if (content.isPending || program.isPending) return <LoadingState />;
  if (content.isError) return <ErrorState error={content.error} />;
  const guide = content.data;
  const summaries = new Map((mine.data?.summary ?? []).map((s) => [s.chapter, s]));
  const chapterOne = mine.data?.items.find((i) => i.chapter === 1);
  return (
    <>
      <PageHeader
        title={t("guide.title")}
        description={t("guide.description")}
        actions={
          canOverview ? (
            <Anchor component={Link} to={`/guide/team${program.query}`}>
              {t("guide.team.link")}
            </Anchor>
          ) : null
        }
      />
      <Stack gap="xl">
        <FrenchOnlyNotice />
        <GuideProgramSelect programs={program.programs} programId={program.programId} onChange={program.choose} />

        <section aria-labelledby="guide-chapters-title">
          <Title order={2} size="h3" id="guide-chapters-title" mb="sm">
            {t("guide.chapters.title")}
          </Title>
          {mine.isError ? <ErrorState error={mine.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {guide.chapters.map((chapter) => (
              <Card key={chapter.number} withBorder radius="md" padding="md">
                <Stack gap="xs" h="100%" justify="space-between">
                  <Stack gap={4}>
                    <Text size="sm" c="dimmed">
                      {t("guide.chapters.number", { number: chapter.number })}
                    </Text>
                    <Anchor component={Link} to={`/guide/chapters/${chapter.number}${program.query}`} fw={700} lang="fr">
                      {chapter.title}
                    </Anchor>
                  </Stack>
                  <Group>
                    <ChapterProgress summary={summaries.get(chapter.number)} />
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </section>

        <section aria-labelledby="guide-principles-title" lang="fr">
          <Title order={2} size="h3" id="guide-principles-title" mb="xs">
            {t("guide.principles.title")}
          </Title>
          <Text mb="sm">{guide.principlesIntro}</Text>
          <List type="ordered" spacing="sm" withPadding>
            {guide.principles.map((p) => (
              <List.Item key={p.number}>
                <Text component="span" fw={700}>
                  {p.title}.{" "}
                </Text>
                <Text component="span">{p.text}</Text>
              </List.Item>
            ))}
          </List>
        </section>

        <Paper component="section" aria-labelledby="guide-case-title" withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h3" id="guide-case-title" lang="fr">
              {guide.caseStudy.title}
            </Title>
            <Stack gap="xs" lang="fr">
              {guide.caseStudy.paragraphs.map((paragraph) => (
                <Text key={paragraph.slice(0, 40)}>{paragraph}</Text>
              ))}
              <Title order={3} size="h5" mt="sm">
                {guide.caseStudy.questionsIntro}
              </Title>
              <List type="ordered" spacing="xs" withPadding>
                {guide.caseStudy.questions.map((q) => (
                  <List.Item key={q}>{q}</List.Item>
                ))}
              </List>
            </Stack>
            {program.programId && mine.data ? <CaseStudyNotes key={program.programId} programId={program.programId} saved={chapterOne} /> : null}
          </Stack>
        </Paper>
        <Text size="sm" c="dimmed">
          {t("guide.source", { source: guide.source })}
        </Text>
      </Stack>
    </>
  );
};
