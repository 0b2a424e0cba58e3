import "./meeting-print.css";
import { Anchor, Button, Group, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatLongDate } from "../../shared/format/dates";
import { usePageTitle } from "../../shared/hooks/use-page-title";
import { AgendaSections } from "./agenda-sections";
import { useAgenda, useMeeting } from "./meetings-api";
import { MinutesView } from "./minutes-view";

/**
 * The printable meeting: before it is held, the agenda (the team's); once held, the minutes. The app's chrome and
 * the buttons are not printed (meeting-print.css).
 */
export const MeetingPrintPage = () => {
  const { t, i18n } = useTranslation();
  const { meetingId = "" } = useParams();
  const meeting = useMeeting(meetingId);
  const planned = meeting.data?.status === "planned" && meeting.data.view === "team";
  const agenda = useAgenda(meetingId, planned);
  const date = meeting.data ? formatLongDate(meeting.data.date, i18n.language) : "";
  const title = planned ? t("meetings.print.agendaTitle", { date }) : t("meetings.print.minutesTitle", { date });
  usePageTitle(meeting.data ? title : t("meetings.title"));
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ready = meeting.isSuccess && (!planned || agenda.isSuccess);
  useEffect(() => {
    if (ready) titleRef.current?.focus();
  }, [ready]);

  if (meeting.isPending || (planned && agenda.isPending)) return <LoadingState />;
  if (meeting.isError || agenda.isError) {
    return (
      <>
        <Title order={1}>{t("meetings.title")}</Title>
        <ErrorState error={meeting.error ?? agenda.error} />
      </>
    );
  }
  const m = meeting.data;
  return (
    <article className="print-page meeting-print-page">
      <Group justify="space-between" className="no-print" mb="md">
        <Anchor component={Link} to={`/meetings/${m.id}`}>
          {t("meetings.print.back")}
        </Anchor>
        <Button onClick={() => window.print()}>{t("meetings.print.print")}</Button>
      </Group>
      <Title order={1} ref={titleRef} tabIndex={-1}>
        {title}
      </Title>
      <Text mb="sm">{[m.startTime, m.place].filter(Boolean).join(" · ")}</Text>
      {planned && agenda.data ? <AgendaSections agenda={agenda.data} /> : <MinutesView meeting={m} links={false} />}
      <Text className="meeting-print-footer" mt="md">
        {t("meetings.print.confidential")}
      </Text>
    </article>
  );
};
