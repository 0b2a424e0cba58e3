import { Button, NativeSelect, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { type ConsentScope, consentScopes, recordConsentInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useRecordConsent } from "./consents-api";
import { PastDateInput } from "../../shared/components/past-date-input";

export const ConsentForm = ({ participantId }: { participantId: string }) => {
  const { t } = useTranslation();
  const [scope, setScope] = useState<ConsentScope>("care_team");
  const [details, setDetails] = useState("");
  const [givenOn, setGivenOn] = useState(todayIso);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const record = useRecordConsent(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = recordConsentInput.safeParse({ scope, details, givenOn });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    record.mutate(parsed.data, {
      onSuccess: () => {
        setDetails("");
        setSaved(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={record.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t("consents.scope")}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value as ConsentScope)}
            data={consentScopes.map((s) => ({ value: s, label: t(`consents.scopes.${s}`) }))}
            description={t(`consents.scopeHints.${scope}`)}
          />
          <PastDateInput label={t("consents.givenOnLabel")} value={givenOn} onChange={setGivenOn} error={errors.givenOn} />
        </SimpleGrid>
        <Textarea
          label={t("consents.detailsLabel")}
          description={t("consents.detailsHint")}
          value={details}
          onChange={(e) => setDetails(e.currentTarget.value)}
          autosize
          minRows={2}
          error={errors.details}
        />
        <SuccessAlert message={saved ? t("consents.recorded") : null} />
        <Button type="submit" loading={record.isPending} w="fit-content">
          {t("consents.record")}
        </Button>
      </Stack>
    </form>
  );
};
