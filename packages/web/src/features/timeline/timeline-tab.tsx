import { Button, Text, Timeline, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDateTime } from "../../shared/format/dates";
import { useTimeline } from "./timeline-api";
import { timelineSentence } from "./timeline-sentence";

/** The person's journey, newest first, each event a sentence with its date and author. */
export const TimelineTab = ({ participant }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const timeline = useTimeline(participant.id);
  return (
    <section aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title" mb="md">
        {t("timeline.title")}
      </Title>
      {timeline.isPending ? (
        <LoadingState />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.pages[0].items.length === 0 ? (
        <Text c="dimmed">{t("timeline.empty")}</Text>
      ) : (
        <>
          <Timeline bulletSize={14} lineWidth={2} component="ol" p={0} m={0} style={{ listStyle: "none" }}>
            {timeline.data.pages.flatMap((page) => page.items).map((entry) => {
              const date = formatDateTime(entry.at, i18n.language);
              return (
                <Timeline.Item key={entry.id} component="li" title={timelineSentence(entry, t, i18n.language)}>
                  <Text size="sm" c="dimmed">
                    {entry.actorName
                      ? t("timeline.byline", { date, name: entry.actorName })
                      : t("timeline.bylineNoActor", { date })}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
          {timeline.hasNextPage ? (
            <Button variant="light" mt="md" loading={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
              {t("timeline.more")}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
};
