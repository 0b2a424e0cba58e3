import { Button, Card, Group, SimpleGrid, Stack, Title } from "@mantine/core";
import { type Participant, updateParticipantInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { IdentityFields, type IdentityValues, identityPayload } from "./participant-fields";
import { useParticipantSave } from "./use-participant-save";

const toValues = (p: Participant): IdentityValues => ({
  firstName: p.firstName,
  lastName: p.lastName,
  referralDate: p.referralDate,
  referralSource: p.referralSource ?? "",
  referringService: p.referringService ?? "",
  referentName: p.referentName ?? "",
});

export const IdentityForm = ({ participant, canEdit }: { participant: Participant; canEdit: boolean }) => {
  const { t } = useTranslation();
  const form = useVersionedForm(toValues(participant), participant.version);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const saver = useParticipantSave(participant.id, (current) => form.reset(toValues(current), current.version));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateParticipantInput.safeParse({ version: form.baseVersion, ...identityPayload(form.values) });
    if (!parsed.success) {
      setClientErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setClientErrors({});
    saver.save(parsed.data, (p) => form.reset(toValues(p), p.version));
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="identity-title">
      <Title order={2} size="h3" id="identity-title" mb="md">
        {t("summary.identityTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={saver.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <IdentityFields
              values={form.values}
              onChange={(patch) => {
                saver.clearSaved();
                form.update(patch);
              }}
              errors={{ ...saver.fieldErrors, ...clientErrors }}
              readOnly={!canEdit}
            />
          </SimpleGrid>
          <SuccessAlert message={saver.saved ? t("common.saved") : null} />
          {canEdit ? (
            <Group>
              <Button type="submit" loading={saver.isSaving} disabled={!form.dirty}>
                {t("common.save")}
              </Button>
              {form.dirty ? (
                <Button variant="default" onClick={() => form.reset()}>
                  {t("common.cancel")}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
};
