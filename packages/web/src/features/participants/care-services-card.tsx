import { Box, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { CareReferent, Participant } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { useCareServices } from "../services/services-api";
import { ContactLinks } from "../services/services-page";
import { CareServicesModal } from "./care-services-modal";

const ReferentItem = ({ referent: r }: { referent: CareReferent }) => (
  <Stack component="li" gap={0}>
    <Text size="sm" fw={600}>
      {r.name}
      {r.profession ? <Text span size="sm" fw={400}>{` · ${r.profession}`}</Text> : null}
    </Text>
    <Text size="sm" c="dimmed">
      {r.serviceName}
    </Text>
    <Text size="sm" component="div">
      <ContactLinks phone={r.phone} email={r.email} />
    </Text>
  </Stack>
);

/**
 * « Soins »: the person's referring service and psychosocial referent(s), from the partner services register.
 * The structured version of the free-text referral fields (kept for older records).
 */
export const CareServicesCard = ({ participant, canEdit }: { participant: Participant; canEdit: boolean }) => {
  const { t } = useTranslation();
  const care = useCareServices(participant.id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="care-services-title">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={2} size="h3" id="care-services-title">
          {t("careServices.title")}
        </Title>
        {canEdit && care.data ? (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
            aria-label={t("careServices.edit")}
          >
            {t("common.edit")}
          </Button>
        ) : null}
      </Group>
      <SuccessAlert message={saved ? t("careServices.saved") : null} />
      {care.isPending ? (
        <LoadingState />
      ) : care.isError ? (
        <ErrorState error={care.error} onRetry={() => void care.refetch()} />
      ) : (
        <Box component="dl" m={0} style={{ display: "grid", gridTemplateColumns: "minmax(8rem, max-content) 1fr", columnGap: "1rem", rowGap: "0.75rem" }}>
          <dt style={{ fontWeight: 600 }}>{t("careServices.referringService")}</dt>
          <dd style={{ margin: 0 }}>{care.data.referringService?.name ?? t("common.emptyValue")}</dd>
          <dt style={{ fontWeight: 600 }}>{t("careServices.referents")}</dt>
          <dd style={{ margin: 0 }}>
            {care.data.referents.length === 0 ? (
              t("common.emptyValue")
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
                {care.data.referents.map((r) => (
                  <ReferentItem key={r.id} referent={r} />
                ))}
              </Stack>
            )}
          </dd>
        </Box>
      )}
      {care.data ? (
        <CareServicesModal
          opened={editing}
          participant={participant}
          care={care.data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
    </Card>
  );
};
