import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Participant } from "@passerelle/domain";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { CASELOAD_ROLES } from "../programs/programs-queries";
import { MemberSelect } from "./member-select";
import { useParticipantSave } from "./use-participant-save";

type AssignmentValues = { specialistId: string; peerSupporterId: string };
const toValues = (p: Participant): AssignmentValues => ({
  specialistId: p.specialistId ?? "",
  peerSupporterId: p.peerSupporterId ?? "",
});

export const AssignmentForm = ({ participant, canEdit }: { participant: Participant; canEdit: boolean }) => {
  const { t } = useTranslation();
  const form = useVersionedForm(toValues(participant), participant.version);
  const saver = useParticipantSave(participant.id, (current) => form.reset(toValues(current), current.version));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saver.save(
      {
        version: form.baseVersion,
        specialistId: form.values.specialistId || null,
        peerSupporterId: form.values.peerSupporterId || null,
      },
      (p) => form.reset(toValues(p), p.version),
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="assignment-title">
      <Title order={2} size="h3" id="assignment-title" mb={4}>
        {t("summary.assignmentTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("summary.assignmentHint")}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={saver.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <MemberSelect
              programId={participant.programId}
              roles={CASELOAD_ROLES}
              label={t("participant.specialist")}
              emptyLabel={t("participant.specialistNone")}
              value={form.values.specialistId}
              currentName={participant.specialistName}
              onChange={(specialistId) => {
                saver.clearSaved();
                form.update({ specialistId });
              }}
              error={saver.fieldErrors.specialistId}
              disabled={!canEdit}
            />
            <MemberSelect
              programId={participant.programId}
              roles={["peer"]}
              label={t("participant.peer")}
              emptyLabel={t("participant.peerNone")}
              value={form.values.peerSupporterId}
              onChange={(peerSupporterId) => {
                saver.clearSaved();
                form.update({ peerSupporterId });
              }}
              error={saver.fieldErrors.peerSupporterId}
              disabled={!canEdit}
            />
          </SimpleGrid>
          <SuccessAlert message={saver.saved ? t("common.saved") : null} />
          {canEdit ? (
            <Group>
              <Button type="submit" loading={saver.isSaving} disabled={!form.dirty}>
                {t("common.save")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
};
