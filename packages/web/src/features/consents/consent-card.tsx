import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { type Consent, type ConsentScope, isConsentActive } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SuccessAlert } from "../../shared/components/form-alert";
import { formatDate } from "../../shared/format/dates";
import { WithdrawConsentForm } from "./withdraw-consent-form";

type ConsentCardProps = { participantId: string; scope: ConsentScope; consents: Consent[]; canWrite: boolean };

/** One scope: its current state (the latest record), who recorded it, and the earlier ones. */
export const ConsentCard = ({ participantId, scope, consents, canWrite }: ConsentCardProps) => {
  const { t, i18n } = useTranslation();
  const [withdrawing, setWithdrawing] = useState(false);
  const [done, setDone] = useState(false);
  const sorted = [...consents].sort((a, b) => b.givenOn.localeCompare(a.givenOn) || b.recordedAt.localeCompare(a.recordedAt));
  const current = sorted[0];
  const previous = sorted.slice(1);
  const active = current ? isConsentActive(current) : false;
  const titleId = `consent-${scope}-title`;
  const scopeLabel = t(`consents.scopes.${scope}`);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {scopeLabel}
        </Title>
        <Badge color={active ? "green" : current ? "orange" : "gray"} variant="light" tt="none">
          {active ? t("consents.active") : current ? t("consents.withdrawn") : t("consents.notGiven")}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`consents.scopeHints.${scope}`)}
      </Text>
      {current ? (
        <Stack gap={4}>
          <Text size="sm">
            {t("consents.givenOn", { date: formatDate(current.givenOn, i18n.language) })}
            {current.recordedBy ? ` · ${t("consents.recordedBy", { name: current.recordedBy })}` : ""}
          </Text>
          {current.withdrawnOn ? (
            <Text size="sm" fw={600}>
              {t("consents.withdrawnOn", { date: formatDate(current.withdrawnOn, i18n.language) })}
              {current.withdrawnBy ? ` · ${t("consents.withdrawnBy", { name: current.withdrawnBy })}` : ""}
            </Text>
          ) : null}
          <Text size="sm">
            <Text span fw={600}>
              {t("common.labelColon", { label: t("consents.details") })}
            </Text>{" "}
            {current.details || t("consents.noDetails")}
          </Text>
        </Stack>
      ) : null}
      <SuccessAlert message={done ? t("consents.withdrawDone") : null} />
      {canWrite && current && active ? (
        <Button variant="outline" color="red.9" mt="md" w="fit-content" onClick={() => setWithdrawing(true)}>
          {t("consents.withdraw")}
        </Button>
      ) : null}
      {previous.length > 0 ? (
        <Stack gap={2} mt="md">
          <Text size="sm" fw={600}>
            {t("consents.previous")}
          </Text>
          {previous.map((c) => (
            <Text size="xs" key={c.id}>
              {t("consents.givenOn", { date: formatDate(c.givenOn, i18n.language) })}
              {c.withdrawnOn ? ` · ${t("consents.withdrawnOn", { date: formatDate(c.withdrawnOn, i18n.language) })}` : ""}
            </Text>
          ))}
        </Stack>
      ) : null}
      {current ? (
        <Modal
          opened={withdrawing}
          onClose={() => setWithdrawing(false)}
          title={t("consents.withdrawTitle", { scope: scopeLabel })}
          closeButtonProps={{ "aria-label": t("common.close") }}
        >
          <WithdrawConsentForm
            participantId={participantId}
            consent={current}
            onCancel={() => setWithdrawing(false)}
            onDone={() => {
              setWithdrawing(false);
              setDone(true);
            }}
          />
        </Modal>
      ) : null}
    </Card>
  );
};
