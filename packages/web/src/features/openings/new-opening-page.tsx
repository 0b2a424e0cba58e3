import { Button, Group, Stack } from "@mantine/core";
import { createOpeningInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PageHeader } from "../../shared/components/page-header";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { LoadingState } from "../../shared/components/loading-state";
import { useProgramsWith } from "../programs/programs-queries";
import { EmployerSelect } from "./employer-select";
import { OpeningFields, type OpeningFormValues, emptyOpeningValues, openingFieldErrors, openingPayload } from "./opening-fields";
import { useCreateOpening } from "./openings-api";

/** A new opening: an employer of the register, the job, and what matching compares (hours, schedule, place, environment). */
export const NewOpeningPage = () => {
  const { programs, isPending } = useProgramsWith("opening.write");
  if (isPending) return <LoadingState />;
  // A program in France names communes; elsewhere (Belgium) a town and its country.
  return <NewOpeningForm country={programs[0]?.country ?? "FR"} />;
};

const NewOpeningForm = ({ country }: { country: string }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [employer, setEmployer] = useState<{ id: string; name: string } | null>(null);
  const [values, setValues] = useState<OpeningFormValues>(() => emptyOpeningValues(country));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateOpening();
  const employerContactId = params.get("employerContactId");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createOpeningInput.safeParse({
      ...openingPayload(values),
      employerId: employer?.id ?? "",
      postedOn: values.postedOn || null,
      employerContactId: employerContactId || null,
    });
    if (!parsed.success) {
      const found = openingFieldErrors(parsed.error, t);
      if (!employer) found.employerId = t("validation.required");
      setErrors(found);
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (opening) => void navigate(`/openings/${opening.id}`),
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <>
      <PageHeader title={t("openings.newTitle")} description={t("openings.newIntro")} />
      <form onSubmit={submit} noValidate>
        <Stack maw={900} gap="md">
          <FormErrorAlert error={create.error} />
          <EmployerSelect value={employer} onChange={setEmployer} error={errors.employerId} />
          <OpeningFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={errors} withPostedOn />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("openings.create")}
            </Button>
            <Button component={Link} to="/openings" variant="default">
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
};
