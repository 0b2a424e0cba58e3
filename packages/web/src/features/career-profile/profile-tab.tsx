import { Divider, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDateTime } from "../../shared/format/dates";
import { useAccess } from "../../shared/hooks/use-access";
import { useProfile } from "./profile-api";
import { ProfileForm } from "./profile-form";
import { ProfileHistory } from "./profile-history";

export const ProfileTab = ({ participant }: { participant: Participant }) => {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const profile = useProfile(participant.id);
  const canWrite = access.can("profile.write", participant.programId);

  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const p = profile.data;

  return (
    <Stack gap="lg">
      <section aria-labelledby="profile-title">
        <Title order={2} size="h3" id="profile-title" mb={4}>
          {t("profile.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("profile.intro")}
        </Text>
        <Text size="sm" mb="md">
          {p.version > 0 && p.savedAt
            ? t("profile.savedVersion", {
                version: p.version,
                date: formatDateTime(p.savedAt, i18n.language),
                name: p.savedBy ?? t("common.unknownPerson"),
              })
            : t("profile.notYet")}
        </Text>
        <ProfileForm participantId={participant.id} profile={p} canWrite={canWrite} />
      </section>
      <Divider />
      <ProfileHistory participantId={participant.id} currentVersion={p.version} />
    </Stack>
  );
};
