import { Button, Group, NativeSelect, Stack } from "@mantine/core";
import { createEmployerInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { useAccess } from "../../shared/hooks/use-access";
import { usePrograms } from "../programs/programs-queries";
import { EmployerFields, type EmployerFormValues, emptyEmployerValues, employerFieldErrors, employerPayload } from "./employer-fields";
import { useCreateEmployer } from "./employers-api";

export const NewEmployerPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const programsQuery = usePrograms();
  const programs = (programsQuery.data ?? []).filter((p) => access.can("employer.write", p.id));
  const [programId, setProgramId] = useState("");
  const effectiveProgramId = programId || programs[0]?.id || "";
  const [values, setValues] = useState<EmployerFormValues>(emptyEmployerValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateEmployer();

  if (programsQuery.isPending) return <LoadingState />;
  if (programsQuery.isError) return <ErrorState error={programsQuery.error} onRetry={() => void programsQuery.refetch()} />;
  const country = programs.find((p) => p.id === effectiveProgramId)?.country ?? "FR";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createEmployerInput.safeParse({ ...employerPayload(values, country), programId: effectiveProgramId || undefined });
    if (!parsed.success) {
      setErrors(employerFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (employer) => void navigate(`/employers/${employer.id}`),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <>
      <PageHeader title={t("employers.newTitle")} description={t("employers.newIntro")} />
      <form onSubmit={submit} noValidate>
        <Stack maw={900} gap="md">
          <FormErrorAlert error={create.error} />
          {programs.length > 1 ? (
            <NativeSelect
              label={t("employers.program")}
              required
              value={effectiveProgramId}
              onChange={(e) => setProgramId(e.currentTarget.value)}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              error={errors.programId}
            />
          ) : null}
          <EmployerFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={errors} programId={effectiveProgramId || null} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("employers.create")}
            </Button>
            <Button component={Link} to="/employers" variant="default">
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
};
