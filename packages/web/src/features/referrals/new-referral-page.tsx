import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { createReferralInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useAccess } from "../../shared/hooks/use-access";
import { usePrograms } from "../programs/programs-queries";
import { useCreateReferral, useReferralServices } from "./referrals-api";

type Values = {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  reason: string;
  wishInOwnWords: string;
  consentToShare: boolean;
  consentDate: string;
  referredOn: string;
  serviceId: string;
};

const empty = (): Values => ({
  firstName: "",
  lastName: "",
  phone: "",
  email: "",
  reason: "",
  wishInOwnWords: "",
  consentToShare: false,
  consentDate: todayIso(),
  referredOn: todayIso(),
  serviceId: "",
});

/**
 * "Nouvelle orientation": a clinician refers a person from their service; a team lead may send it on a clinician's
 * behalf and name the service. Zero exclusion: a name and a date are enough; no diagnosis or readiness is asked.
 */
export const NewReferralPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const programsQuery = usePrograms();
  const programs = (programsQuery.data ?? []).filter((p) => access.can("referral.create", p.id));
  const [programId, setProgramId] = useState("");
  const effectiveProgramId = programId || programs[0]?.id || "";
  // A clinician refers for their own service (the server records it); others may pick one from the register.
  const choosesService = effectiveProgramId !== "" && access.roleIn(effectiveProgramId) !== "clinician";
  const services = useReferralServices(effectiveProgramId, choosesService);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateReferral();
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  if (programsQuery.isPending) return <LoadingState />;
  if (programsQuery.isError) return <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createReferralInput.safeParse({
      ...values,
      programId: effectiveProgramId || undefined,
      serviceId: choosesService && values.serviceId ? values.serviceId : null,
      consentDate: values.consentToShare ? values.consentDate : null,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (referral) => void navigate(`/referrals/${referral.id}`),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <>
      <PageHeader title={t("referrals.newTitle")} description={t("referrals.newIntro")} />
      <form onSubmit={submit} noValidate>
        <Stack maw={760} gap="md">
          <FormErrorAlert error={create.error} />
          {programs.length > 1 ? (
            <NativeSelect
              label={t("referrals.program")}
              required
              value={effectiveProgramId}
              onChange={(e) => setProgramId(e.currentTarget.value)}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              error={errors.programId}
            />
          ) : null}
          {choosesService ? (
            <NativeSelect
              label={t("referrals.service")}
              description={t("referrals.serviceHint")}
              value={values.serviceId}
              onChange={(e) => set({ serviceId: e.currentTarget.value })}
              data={[{ value: "", label: t("referrals.noService") }, ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
              error={errors.serviceId}
              disabled={services.isPending}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t("referrals.firstName")} required value={values.firstName} onChange={(e) => set({ firstName: e.currentTarget.value })} error={errors.firstName} />
            <TextInput label={t("referrals.lastName")} required value={values.lastName} onChange={(e) => set({ lastName: e.currentTarget.value })} error={errors.lastName} />
            <TextInput label={t("referrals.phone")} type="tel" autoComplete="off" value={values.phone} onChange={(e) => set({ phone: e.currentTarget.value })} error={errors.phone} />
            <TextInput label={t("referrals.email")} type="email" autoComplete="off" value={values.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.email} />
            <PastDateInput label={t("referrals.referredOn")} value={values.referredOn} onChange={(referredOn) => set({ referredOn })} error={errors.referredOn} />
          </SimpleGrid>
          <Textarea
            label={t("referrals.wishInOwnWords")}
            description={t("referrals.wishInOwnWordsHint")}
            autosize
            minRows={3}
            value={values.wishInOwnWords}
            onChange={(e) => set({ wishInOwnWords: e.currentTarget.value })}
            error={errors.wishInOwnWords}
          />
          <Textarea
            label={t("referrals.reason")}
            description={t("referrals.reasonHint")}
            autosize
            minRows={2}
            value={values.reason}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            error={errors.reason}
          />
          <Paper component="fieldset" withBorder p="md" radius="md" m={0}>
            <Text component="legend" fw={700} px={4}>
              {t("referrals.consentTitle")}
            </Text>
            <Stack gap="sm">
              <Checkbox
                label={t("referrals.consentToShare")}
                description={t("referrals.consentHint")}
                checked={values.consentToShare}
                onChange={(e) => set({ consentToShare: e.currentTarget.checked })}
              />
              {values.consentToShare ? (
                <PastDateInput label={t("referrals.consentDate")} value={values.consentDate} onChange={(consentDate) => set({ consentDate })} error={errors.consentDate} maw={240} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t("referrals.noConsentNote")}
                </Text>
              )}
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("referrals.send")}
            </Button>
            <Button component={Link} to="/referrals" variant="default">
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
};
