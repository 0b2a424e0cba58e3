import "./meeting-print.css";
import { Anchor, Button, Grid, Group, Stack, Title } from "@mantine/core";
import type { AgendaEntry, MeetingDetail } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatLongDate } from "../../shared/format/dates";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useAccess } from "../../shared/hooks/use-access";
import { useMembers } from "../programs/programs-queries";
import { ActionItemsSection } from "./action-items-section";
import { AgendaSections } from "./agenda-sections";
import { useAgenda, useMeeting } from "./meetings-api";
import { MeetingStatusBadge } from "./meetings-page";
import { type Draft, draftOf, MinutesEditor } from "./minutes-editor";
import { MinutesView } from "./minutes-view";

/** The team's page: the computed agenda beside the minutes being written, and the action items. */
const TeamMeeting = ({ meeting }: { meeting: MeetingDetail }) => {
  const { t } = useTranslation();
  const agenda = useAgenda(meeting.id, true);
  const members = useMembers(meeting.programId);
  const form = useVersionedForm<Draft>(draftOf(meeting), meeting.version);
  const discussed = new Set(form.values.discussions.map((d) => d.participantId));
  const discuss = (e: AgendaEntry) =>
    form.update({ discussions: [...form.values.discussions, { participantId: e.participantId, participantName: e.participantName, notes: "", sharedWithCareTeam: false, decisions: "" }] });
  const people = new Map<string, string>();
  for (const d of form.values.discussions) people.set(d.participantId, d.participantName);
  if (agenda.data) {
    for (const key of ["newReferrals", "jobStarts", "jobEndings", "noEmployerContact", "notSeen", "flagged"] as const) {
      for (const e of agenda.data[key]) people.set(e.participantId, e.participantName);
    }
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <section aria-labelledby="agenda-title">
          <Title order={2} size="h3" id="agenda-title" mb="sm">
            {t("meetings.agenda.title")}
          </Title>
          {agenda.isPending ? <LoadingState /> : agenda.isError ? <ErrorState error={agenda.error} /> : <AgendaSections agenda={agenda.data} onDiscuss={discuss} discussed={discussed} />}
        </section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <MinutesEditor meeting={meeting} members={members.data ?? []} form={form} />
          <ActionItemsSection
            meetingId={meeting.id}
            items={meeting.actionItems}
            openItems={meeting.openActionItems}
            canWrite
            members={members.data ?? []}
            people={[...people.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "fr"))}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  );
};

/** One weekly meeting: the team prepares and records it; the care team reads the minutes about their people. */
export const MeetingPage = () => {
  const { t, i18n } = useTranslation();
  const { meetingId = "" } = useParams();
  const access = useAccess();
  const meeting = useMeeting(meetingId);
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) {
    return (
      <>
        <Title order={1}>{t("meetings.title")}</Title>
        <ErrorState error={meeting.error} />
      </>
    );
  }
  const m = meeting.data;
  const team = m.view === "team" && access.can("meeting.write", m.programId);
  return (
    <>
      <Anchor component={Link} to="/meetings" size="sm" className="no-print">
        {t("meetings.backToList")}
      </Anchor>
      <PageHeader
        title={t("meetings.meetingOf", { date: formatLongDate(m.date, i18n.language) })}
        description={[m.startTime, m.place].filter(Boolean).join(" · ") || undefined}
        actions={
          <Group gap="sm">
            <MeetingStatusBadge status={m.status} />
            <Button component={Link} to={`/meetings/${m.id}/print`} variant="default" className="no-print">
              {m.status === "held" ? t("meetings.print.minutes") : t("meetings.print.agenda")}
            </Button>
          </Group>
        }
      />
      {team ? <TeamMeeting meeting={m} /> : <MinutesView meeting={m} />}
    </>
  );
};
