import { Tabs } from "@mantine/core";
import type { Participant, Permission } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { useAccess } from "../../shared/hooks/use-access";
import { AuditTab } from "../audit/audit-tab";
import { BenefitsTab } from "../benefits/benefits-tab";
import { ProfileTab } from "../career-profile/profile-tab";
import { ConsentsTab } from "../consents/consents-tab";
import { ContactsTab } from "../contacts/contacts-tab";
import { JobSearchTab } from "../job-search/job-search-tab";
import { JobsTab } from "../jobs/jobs-tab";
import { NetworkTab } from "../network/network-tab";
import { NotesTab } from "../notes/notes-tab";
import { SharedRecordTab } from "../shared-record/shared-record-tab";
import { ParticipantMatchesTab } from "../matching/participant-matches-tab";
import { PracticeTab } from "../practice/practice-tab";
import { QuestionnairesTab } from "../questionnaires/questionnaires-tab";
import { TimelineTab } from "../timeline/timeline-tab";
import { ParticipantHeader } from "./participant-header";
import { useParticipant } from "./participants-queries";
import { SummaryTab } from "./summary-tab";
import { FlagForMeeting } from "../meetings/flag-for-meeting";

/** In the order of the journey: who the person is, what they want, the leads, the search, the jobs; then the rest. */
export const participantTabs = ["summary", "profile", "matches", "job-search", "jobs", "contacts", "notes", "network", "benefits", "wellbeing", "tools", "consents", "shared-record", "timeline", "audit"] as const;
export type ParticipantTab = (typeof participantTabs)[number];

type TabDefinition = { value: ParticipantTab; permission: Permission; render: (p: Participant) => ReactNode };

const tabDefinitions: TabDefinition[] = [
  {
    value: "summary",
    permission: "participant.read",
    render: (p) => (
      <>
        <FlagForMeeting participant={p} />
        <SummaryTab participant={p} />
      </>
    ),
  },
  { value: "profile", permission: "profile.read", render: (p) => <ProfileTab participant={p} /> },
  { value: "matches", permission: "opening.read", render: (p) => <ParticipantMatchesTab participant={p} /> },
  { value: "job-search", permission: "job.read", render: (p) => <JobSearchTab participant={p} /> },
  { value: "jobs", permission: "job.read", render: (p) => <JobsTab participant={p} /> },
  { value: "contacts", permission: "contact.read", render: (p) => <ContactsTab participant={p} /> },
  { value: "notes", permission: "note.read", render: (p) => <NotesTab participant={p} /> },
  { value: "network", permission: "network.read", render: (p) => <NetworkTab participant={p} /> },
  { value: "benefits", permission: "benefits.read", render: (p) => <BenefitsTab participant={p} /> },
  // Well-being and satisfaction questionnaires: next to the benefits, the other "how is the person doing" tab.
  { value: "wellbeing", permission: "questionnaire.read", render: (p) => <QuestionnairesTab participant={p} /> },
  // The IMPE manual's practice tools, filled in with the person; a clinician sees only the records shared with them.
  { value: "tools", permission: "practice.read", render: (p) => <PracticeTab participant={p} /> },
  { value: "consents", permission: "consent.read", render: (p) => <ConsentsTab participant={p} /> },
  // For the team, a preview of what the care team sees, next to the consents that allow it; for a clinician it is
  // the person's record, so it comes second (see `inReadingOrder`).
  { value: "shared-record", permission: "shared_record.read", render: (p) => <SharedRecordTab participant={p} /> },
  { value: "timeline", permission: "timeline.read", render: (p) => <TimelineTab participant={p} /> },
  { value: "audit", permission: "audit.read", render: (p) => <AuditTab participant={p} /> },
];

/** The care team reads the shared record first: without the full profile, it is their view of the person. */
const inReadingOrder = (tabs: TabDefinition[]): TabDefinition[] => {
  if (tabs.some((d) => d.value === "profile")) return tabs;
  const shared = tabs.filter((d) => d.value === "shared-record");
  return [...tabs.slice(0, 1), ...shared, ...tabs.slice(1).filter((d) => d.value !== "shared-record")];
};

const isTab = (value: string | undefined): value is ParticipantTab =>
  value !== undefined && (participantTabs as readonly string[]).includes(value);

export const ParticipantPage = () => {
  const { t } = useTranslation();
  const { participantId = "", tab } = useParams();
  const navigate = useNavigate();
  const access = useAccess();
  const participant = useParticipant(participantId);

  if (participant.isPending) return <LoadingState />;
  if (participant.isError) {
    return (
      <>
        <PageHeader title={t("participant.loadingTitle")} />
        <ErrorState error={participant.error} onRetry={() => void participant.refetch()} />
      </>
    );
  }

  const p = participant.data;
  const visible = inReadingOrder(tabDefinitions.filter((d) => access.can(d.permission, p.programId)));
  const current = isTab(tab) ? tab : "summary";
  if (!visible.some((d) => d.value === current)) return <Navigate to={`/participants/${p.id}`} replace />;
  const base = `/participants/${p.id}`;

  return (
    <>
      <ParticipantHeader participant={p} tabLabel={t(`participant.tabs.${current}`)} />
      <Tabs
        value={current}
        onChange={(value) => {
          if (isTab(value ?? undefined)) void navigate(value === "summary" ? base : `${base}/${value}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("participant.tabsLabel")}>
          {visible.map((d) => (
            <Tabs.Tab key={d.value} value={d.value}>
              {t(`participant.tabs.${d.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((d) => (
          <Tabs.Panel key={d.value} value={d.value} pt="lg">
            {d.value === current ? d.render(p) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
};
