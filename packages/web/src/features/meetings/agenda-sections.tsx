import { Anchor, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ActionItem, Agenda, AgendaEntry } from "@passerelle/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../shared/format/dates";

/** Why a person is on the agenda, in one sentence. */
export const agendaReasonText = (e: AgendaEntry, t: TFunction, language: string): string => {
  const date = formatDate(e.date, language);
  switch (e.reason) {
    case "new_referral":
      return t("meetings.agenda.reasons.new_referral", { date });
    case "job_started":
      return t("meetings.agenda.reasons.job_started", { job: e.detail, date });
    case "job_ended":
      return t("meetings.agenda.reasons.job_ended", { job: e.detail, date });
    case "no_employer_contact":
      return t("meetings.agenda.reasons.no_employer_contact", { days: e.days ?? 0, date });
    case "not_seen":
      return e.detail === "referral"
        ? t("meetings.agenda.reasons.never_seen", { days: e.days ?? 0, date })
        : t("meetings.agenda.reasons.not_seen", { days: e.days ?? 0, date });
    case "flagged":
      return t("meetings.agenda.reasons.flagged", { reason: e.detail, date });
  }
};

export const actionItemText = (a: ActionItem, t: TFunction, language: string): string =>
  [
    a.participantName ? `${a.participantName} : ${a.description}` : a.description,
    a.ownerName ? t("meetings.actionItems.owner", { name: a.ownerName }) : null,
    a.dueDate ? t("meetings.actionItems.due", { date: formatDate(a.dueDate, language) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");

const sections = ["newReferrals", "jobStarts", "jobEndings", "noEmployerContact", "notSeen", "flagged"] as const;

type Props = {
  agenda: Agenda;
  /** Adds the person to the discussions (meeting page); absent on paper. */
  onDiscuss?: (entry: AgendaEntry) => void;
  discussed?: ReadonlySet<string>;
};

/** The agenda, section by section: each person with a link to their record and why they are listed. */
export const AgendaSections = ({ agenda, onDiscuss, discussed }: Props) => {
  const { t, i18n } = useTranslation();
  const section = (key: (typeof sections)[number]) => {
    const entries = agenda[key];
    const id = `agenda-${key}`;
    return (
      <Card key={key} withBorder component="section" aria-labelledby={id} className="meeting-agenda-section">
        <Title order={3} size="h5" id={id} mb="xs">
          {t(`meetings.agenda.sections.${key}`, { days: key === "notSeen" ? agenda.thresholds.noContactDays : agenda.thresholds.firstEmployerContactDays })} ({entries.length})
        </Title>
        {key === "newReferrals" && agenda.pendingReferrals.length > 0 ? (
          <Text size="sm" mb="xs">
            {t("meetings.agenda.pendingReferrals", { count: agenda.pendingReferrals.length })}{" "}
            {agenda.pendingReferrals.map((r, i) => (
              <span key={r.referralId}>
                {i > 0 ? ", " : ""}
                <Anchor component={Link} to={`/referrals/${r.referralId}`}>
                  {r.name}
                </Anchor>{" "}
                ({r.serviceName ? `${r.serviceName}, ` : ""}
                {t("meetings.agenda.daysAgo", { count: r.days })})
              </span>
            ))}
          </Text>
        ) : null}
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.agenda.nobody")}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {entries.map((e) => (
              <List.Item key={`${e.participantId}-${e.jobId ?? e.flagId ?? ""}`}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/participants/${e.participantId}`} fw={600}>
                    {e.participantName}
                  </Anchor>
                  <Text span size="sm">
                    {agendaReasonText(e, t, i18n.language)}
                    {e.specialistName ? ` · ${e.specialistName}` : ""}
                  </Text>
                  {onDiscuss && !discussed?.has(e.participantId) ? (
                    <Button size="compact-xs" variant="light" className="no-print" onClick={() => onDiscuss(e)} aria-label={t("meetings.agenda.discussWho", { name: e.participantName })}>
                      {t("meetings.agenda.discuss")}
                    </Button>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    );
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("meetings.agenda.window", { since: formatDate(agenda.since, i18n.language), date: formatDate(agenda.meetingDate, i18n.language) })}
      </Text>
      {sections.map(section)}
      <Card withBorder component="section" aria-labelledby="agenda-open-items" className="meeting-agenda-section">
        <Title order={3} size="h5" id="agenda-open-items" mb="xs">
          {t("meetings.agenda.sections.openActionItems")} ({agenda.openActionItems.length})
        </Title>
        {agenda.openActionItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meetings.actionItems.none")}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {agenda.openActionItems.map((a) => (
              <List.Item key={a.id}>
                {actionItemText(a, t, i18n.language)}
                {a.doneOn ? ` (${t("meetings.actionItems.doneOn", { date: formatDate(a.doneOn, i18n.language) })})` : ""}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
};
