import { Anchor, Breadcrumbs, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { NotFoundPage } from "../../app/not-found-page";
import { FrenchOnlyNotice } from "./french-notice";
import { useGuideContent, useMySelfEvaluations } from "./guide-api";
import { GuideProgramSelect, useGuideProgram } from "./guide-program";
import { GuideSections } from "./guide-sections";
import { SelfEvaluationForm } from "./self-evaluation-form";

/** One chapter of the guide: its learning objectives, its key action points and my self-evaluation grid. */
export const GuideChapterPage = () => {
  const { t } = useTranslation();
  const { chapter: param } = useParams();
  const content = useGuideContent();
  const program = useGuideProgram("guide.read");
  const mine = useMySelfEvaluations(program.programId);
  if (content.isPending || program.isPending) return <LoadingState />;
  if (content.isError) return <ErrorState error={content.error} />;
  const chapter = content.data.chapters.find((c) => String(c.number) === param);
  if (!chapter) return <NotFoundPage />;
  const saved = mine.data?.items.find((i) => i.chapter === chapter.number);
  const previous = content.data.chapters.find((c) => c.number === chapter.number - 1);
  const next = content.data.chapters.find((c) => c.number === chapter.number + 1);
  return (
    <>
      <Breadcrumbs mb="sm" aria-label={t("guide.breadcrumb")}>
        <Anchor component={Link} to={`/guide${program.query}`}>
          {t("guide.title")}
        </Anchor>
        <Text span>{t("guide.chapters.number", { number: chapter.number })}</Text>
      </Breadcrumbs>
      <PageHeader title={chapter.title} documentTitle={`${t("guide.chapters.number", { number: chapter.number })} · ${chapter.title}`} />
      <Stack gap="xl">
        <FrenchOnlyNotice />
        <GuideProgramSelect programs={program.programs} programId={program.programId} onChange={program.choose} />
        <section aria-labelledby="chapter-objectives-title" lang="fr">
          <Title order={2} size="h3" id="chapter-objectives-title" mb="xs">
            {t("guide.chapter.objectives")}
          </Title>
          {chapter.objectivesIntro ? <Text mb={4}>{chapter.objectivesIntro}</Text> : null}
          {chapter.objectives.length === 1 && !chapter.objectivesIntro ? (
            <Text>{chapter.objectives[0]}</Text>
          ) : (
            <List spacing={4} withPadding>
              {chapter.objectives.map((o) => (
                <List.Item key={o}>{o}</List.Item>
              ))}
            </List>
          )}
        </section>
        <section aria-labelledby="chapter-actions-title" lang="fr">
          <Title order={2} size="h3" id="chapter-actions-title" mb="xs">
            {chapter.actionPointsHeading}
          </Title>
          <GuideSections sections={chapter.actionPoints} headingOrder={3} />
        </section>
        {chapter.number === 1 ? (
          <Text>
            <Anchor component={Link} to={`/guide${program.query}#guide-case-title`}>
              {t("guide.chapter.caseStudyLink")}
            </Anchor>
          </Text>
        ) : null}
        {mine.isPending && program.programId ? (
          <LoadingState />
        ) : mine.isError ? (
          <ErrorState error={mine.error} />
        ) : program.programId ? (
          <SelfEvaluationForm
            key={`${program.programId}-${chapter.number}`}
            programId={program.programId}
            chapter={chapter}
            scale={content.data.agreementScale}
            saved={saved}
          />
        ) : null}
        <nav aria-label={t("guide.chapter.pager")}>
          <Stack gap={4}>
            {previous ? (
              <Anchor component={Link} to={`/guide/chapters/${previous.number}${program.query}`}>
                {t("guide.chapter.previous", { number: previous.number, title: previous.title })}
              </Anchor>
            ) : null}
            {next ? (
              <Anchor component={Link} to={`/guide/chapters/${next.number}${program.query}`}>
                {t("guide.chapter.next", { number: next.number, title: next.title })}
              </Anchor>
            ) : null}
          </Stack>
        </nav>
      </Stack>
    </>
  );
};
