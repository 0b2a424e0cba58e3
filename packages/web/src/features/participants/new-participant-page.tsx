import { Button, Group, NativeSelect, SimpleGrid, Stack } from "@mantine/core";
import { createParticipantInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useAccess } from "../../shared/hooks/use-access";
import { CASELOAD_ROLES, usePrograms } from "../programs/programs-queries";
import { MemberSelect } from "./member-select";
import { IdentityFields, type IdentityValues, identityPayload } from "./participant-fields";
import { useCreateParticipant } from "./participants-queries";

export const NewParticipantPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const programsQuery = usePrograms();
  const programs = (programsQuery.data ?? []).filter((p) => access.can("participant.create", p.id));
  const [programId, setProgramId] = useState<string>("");
  const effectiveProgramId = programId || programs[0]?.id || "";
  const [values, setValues] = useState<IdentityValues>({
    firstName: "",
    lastName: "",
    referralDate: todayIso(),
    referralSource: "",
    referringService: "",
    referentName: "",
  });
  // A specialist creating a referral usually takes it: they are preselected.
  const [specialistId, setSpecialistId] = useState<string | null>(null);
  const defaultSpecialist = access.roleIn(effectiveProgramId) === "specialist" ? access.userId : "";
  const chosenSpecialist = specialistId ?? defaultSpecialist;
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateParticipant();

  if (programsQuery.isPending) return <LoadingState />;
  if (programsQuery.isError) return <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...identityPayload(values),
      programId: effectiveProgramId || undefined,
      specialistId: chosenSpecialist || null,
    };
    const parsed = createParticipantInput.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (participant) => void navigate(`/participants/${participant.id}`),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <>
      <PageHeader title={t("participant.newTitle")} description={t("participant.newIntro")} />
      <form onSubmit={submit} noValidate>
        <Stack maw={760} gap="md">
          <FormErrorAlert error={create.error} />
          {programs.length > 1 ? (
            <NativeSelect
              label={t("participant.program")}
              required
              value={effectiveProgramId}
              onChange={(e) => {
                setProgramId(e.currentTarget.value);
                setSpecialistId(null);
              }}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              error={errors.programId}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <IdentityFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={errors} />
            <MemberSelect
              programId={effectiveProgramId || null}
              roles={CASELOAD_ROLES}
              label={t("participant.specialist")}
              emptyLabel={t("participant.specialistNone")}
              value={chosenSpecialist}
              onChange={setSpecialistId}
              error={errors.specialistId}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("participant.create")}
            </Button>
            <Button component={Link} to="/caseload" variant="default">
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
};
