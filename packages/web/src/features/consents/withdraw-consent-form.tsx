import { Button, Group, Stack } from "@mantine/core";
import type { Consent } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { useWithdrawConsent } from "./consents-api";
import { PastDateInput } from "../../shared/components/past-date-input";

type WithdrawConsentFormProps = { participantId: string; consent: Consent; onDone: () => void; onCancel: () => void };

/** Withdrawing is dated (the person may have said so earlier) and kept in the history. */
export const WithdrawConsentForm = ({ participantId, consent, onDone, onCancel }: WithdrawConsentFormProps) => {
  const { t } = useTranslation();
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso);
  const [error, setError] = useState<string | undefined>();
  const withdraw = useWithdrawConsent(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!withdrawnOn) {
      setError(t("validation.invalid_date"));
      return;
    }
    setError(undefined);
    withdraw.mutate(
      { consentId: consent.id, withdrawnOn },
      { onSuccess: onDone, onError: (e) => setError(apiFieldErrors(e).withdrawnOn) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={withdraw.error} />
        <PastDateInput
          label={t("consents.withdrawnOnLabel")}
          min={consent.givenOn}
          value={withdrawnOn}
          onChange={setWithdrawnOn}
          error={error}
          data-autofocus
        />
        <Group>
          <Button type="submit" color="red.9" loading={withdraw.isPending}>
            {t("consents.confirmWithdraw")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
