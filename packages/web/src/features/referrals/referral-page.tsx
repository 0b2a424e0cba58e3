import { Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReferralView } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDate } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { ReferralDecisionForm } from "./referral-decision-form";
import { referralDecisionText } from "./referral-decision-text";
import { ReferralOutreach } from "./referral-outreach";
import { ReferralStatusBadge } from "./referral-status-badge";
import { useReferral } from "./referrals-api";

const dtStyle = { fontWeight: 600 } as const;
const ddStyle = { margin: 0, whiteSpace: "pre-wrap" } as const;

const Facts = ({ rows }: { rows: [string, ReactNode][] }) => (
  <Box component="dl" m={0} style={{ display: "grid", gridTemplateColumns: "minmax(8rem, max-content) minmax(0, 1fr)", columnGap: "1rem", rowGap: "0.5rem" }}>
    {rows.map(([label, value]) => (
      <Box key={label} style={{ display: "contents" }}>
        <dt style={dtStyle}>{label}</dt>
        <dd style={ddStyle}>{value}</dd>
      </Box>
    ))}
  </Box>
);

/** What the referrer sent: the person, their wish in their own words, the reason, the consent. */
const SentFacts = ({ referral }: { referral: ReferralView }) => {
  const { t, i18n } = useTranslation();
  const none = t("common.emptyValue");
  return (
    <Facts
      rows={[
        [t("referrals.referredOn"), formatDate(referral.referredOn, i18n.language)],
        [t("referrals.service"), referral.serviceName ?? t("referrals.noService")],
        [t("referrals.referrer"), referral.referrerName ?? none],
        [t("referrals.phone"), referral.phone || none],
        [t("referrals.email"), referral.email || none],
        [t("referrals.wishInOwnWords"), referral.wishInOwnWords || none],
        [t("referrals.reason"), referral.reason || none],
        [
          t("referrals.consentTitle"),
          referral.consentToShare && referral.consentDate
            ? t("referrals.consentGiven", { date: formatDate(referral.consentDate, i18n.language) })
            : t("referrals.consentNotGiven"),
        ],
      ]}
    />
  );
};

/** One referral: where it stands; for the team lead, the decision and the outreach log. */
export const ReferralPage = () => {
  const { t, i18n } = useTranslation();
  const { referralId = "" } = useParams();
  const access = useAccess();
  const query = useReferral(referralId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const referral = query.data;
  const name = `${referral.firstName} ${referral.lastName}`;
  const team = referral.view === "team" ? referral : null;
  // The new record opens for the team, and for the referrer only when the person agreed to share with the care team.
  const showRecordLink = referral.participantId !== null && (team !== null || referral.consentToShare);

  return (
    <>
      <PageHeader
        title={t("referrals.detailTitle", { name })}
        actions={
          <Button component={Link} to="/referrals" variant="default">
            {t("referrals.backToList")}
          </Button>
        }
      />
      <Stack gap="xl">
        <Paper component="section" aria-labelledby="referral-status" withBorder p="md" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h3" id="referral-status">
              {t("referrals.statusTitle")}
            </Title>
            <Group gap="sm">
              <ReferralStatusBadge status={referral.status} />
              <Text>{referralDecisionText(referral, t, i18n.language)}</Text>
            </Group>
            {team && team.status === "declined" && team.decisionNote ? <Text size="sm">{t("referrals.decisionNote", { note: team.decisionNote })}</Text> : null}
            {team?.decidedByName && team.status !== "pending" ? <Text size="sm" c="dimmed">{t("referrals.decidedBy", { name: team.decidedByName })}</Text> : null}
            {showRecordLink ? (
              <Group>
                <Button component={Link} to={`/participants/${referral.participantId}`} variant="light">
                  {t("referrals.openRecord", { name })}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Paper>
        {/* What was sent comes before the decision: the team lead reads it first. */}
        <section aria-labelledby="referral-sent">
          <Title order={2} size="h3" id="referral-sent" mb="sm">
            {t("referrals.sentTitle")}
          </Title>
          <SentFacts referral={referral} />
        </section>
        {team && team.status === "pending" && access.can("referral.decide", team.programId) ? (
          <section aria-labelledby="referral-decision">
            <Title order={2} size="h3" id="referral-decision" mb="sm">
              {t("referrals.decisionTitle")}
            </Title>
            <ReferralDecisionForm referral={team} />
          </section>
        ) : null}
        {team ? (
          <section aria-labelledby="referral-outreach">
            <Title order={2} size="h3" id="referral-outreach" mb="sm">
              {t("referrals.outreach.title")}
            </Title>
            <ReferralOutreach referral={team} canLog={access.can("participant.create", team.programId)} />
          </section>
        ) : null}
      </Stack>
    </>
  );
};
