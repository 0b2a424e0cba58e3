import { Anchor, Card, List, Stack, Text, Title } from "@mantine/core";
import type { MeetingDetail } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../shared/format/dates";
import { actionItemText } from "./agenda-sections";

/**
 * The minutes, read only: what a clinician reads (their people only, decisions always, notes when shared) and what
 * is printed after the meeting.
 */
export const MinutesView = ({ meeting, links = true }: { meeting: MeetingDetail; links?: boolean }) => {
  const { t, i18n } = useTranslation();
  const present = meeting.attendance.filter((a) => a.present);
  return (
    <Stack gap="md" className="meeting-minutes">
      {meeting.view === "care_team" ? <Text c="dimmed">{t("meetings.careTeamView")}</Text> : null}
      <section aria-labelledby="minutes-attendance">
        <Title order={2} size="h4" id="minutes-attendance" mb={4}>
          {t("meetings.attendance.title")}
        </Title>
        <Text size="sm">{present.length ? present.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(", ") : t("meetings.attendance.none")}</Text>
      </section>
      <section aria-labelledby="minutes-discussions">
        <Title order={2} size="h4" id="minutes-discussions" mb={4}>
          {t("meetings.discussions.title")}
        </Title>
        {meeting.discussions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.discussions.none")}
          </Text>
        ) : (
          <Stack gap="xs">
            {meeting.discussions.map((d) => (
              <Card key={d.id} withBorder padding="sm" className="meeting-discussion">
                <Title order={3} size="h5">
                  {links ? (
                    <Anchor component={Link} to={`/participants/${d.participantId}`}>
                      {d.participantName}
                    </Anchor>
                  ) : (
                    d.participantName
                  )}
                </Title>
                {d.notes ? (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {d.notes}
                    {meeting.view === "team" ? ` (${d.sharedWithCareTeam ? t("meetings.discussions.sharedShort") : t("meetings.discussions.privateShort")})` : ""}
                  </Text>
                ) : null}
                <Text size="sm" fw={600} mt={4}>
                  {t("meetings.discussions.decisions")}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {d.decisions || t("meetings.discussions.noDecision")}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </section>
      {meeting.view === "team" && meeting.generalNotes ? (
        <section aria-labelledby="minutes-notes">
          <Title order={2} size="h4" id="minutes-notes" mb={4}>
            {t("meetings.fields.generalNotes")}
          </Title>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {meeting.generalNotes}
          </Text>
        </section>
      ) : null}
      <section aria-labelledby="minutes-items">
        <Title order={2} size="h4" id="minutes-items" mb={4}>
          {t("meetings.actionItems.title")}
        </Title>
        {meeting.actionItems.length + meeting.openActionItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.actionItems.none")}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {[...meeting.actionItems, ...meeting.openActionItems].map((a) => (
              <List.Item key={a.id}>
                {actionItemText(a, t, i18n.language)}
                {a.doneOn ? ` (${t("meetings.actionItems.doneOn", { date: formatDate(a.doneOn, i18n.language) })})` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
};
