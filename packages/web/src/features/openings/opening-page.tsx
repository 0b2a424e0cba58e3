import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type Opening, type OpeningStatus, occupationLabel, openingStatuses, updateOpeningInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { PageHeader } from "../../shared/components/page-header";
import { formatDate } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { useAccess } from "../../shared/hooks/use-access";
import { OpeningMatchesSection } from "../matching/opening-matches-section";
import { OpeningFields, openingFieldErrors, openingPayload, openingValues } from "./opening-fields";
import { OpeningStatusBadge } from "./opening-status";
import { useOpening, useUpdateOpening } from "./openings-api";

/** Open, filled, closed: one click each, with the version read (a colleague's change in between answers 409). */
const StatusActions = ({ opening }: { opening: Opening }) => {
  const { t } = useTranslation();
  const save = useUpdateOpening(opening.id);
  const change = (status: OpeningStatus) => save.mutate({ version: opening.version, status });
  return (
    <Stack gap="xs">
      <FormErrorAlert error={save.error} />
      <Group gap="sm">
        {openingStatuses
          .filter((s) => s !== opening.status)
          .map((s) => (
            <Button key={s} variant="default" onClick={() => change(s)} loading={save.isPending && save.variables?.status === s}>
              {t(`openings.markAs.${s}`)}
            </Button>
          ))}
      </Group>
    </Stack>
  );
};

const DetailsForm = ({ opening, editable }: { opening: Opening; editable: boolean }) => {
  const { t } = useTranslation();
  const form = useVersionedForm(openingValues(opening), opening.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useUpdateOpening(opening.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = updateOpeningInput.safeParse({ ...openingPayload(form.values), version: form.baseVersion });
    if (!parsed.success) {
      setErrors(openingFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (updated) => {
        form.reset(openingValues(updated), updated.version);
        setSaved(true);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === "stale_version" && error.current) {
          const current = error.current as Opening;
          form.reset(openingValues(current), current.version);
        }
        setErrors(apiFieldErrors(error));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <FormErrorAlert error={save.error} />
          <OpeningFields values={form.values} onChange={form.update} errors={errors} />
          <SuccessAlert message={saved ? t("common.saved") : null} />
          {editable ? (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
};

/** One opening: who it fits (with why), its status, and its details. */
export const OpeningPage = () => {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith("fr") ? "fr" : "en";
  const { openingId = "" } = useParams();
  const access = useAccess();
  const query = useOpening(openingId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const opening = query.data;
  const editable = access.can("opening.write", opening.programId);
  const facts = [
    opening.occupationCode ? occupationLabel(opening.occupationCode, locale) : null,
    opening.place?.name,
    opening.hoursPerWeek === null ? null : t("openings.hoursValue", { hours: opening.hoursPerWeek }),
    t(`openings.sources.${opening.source}`),
    opening.closesOn ? t("openings.closesOnValue", { date: formatDate(opening.closesOn, i18n.language) }) : null,
  ].filter(Boolean);

  return (
    <>
      <PageHeader
        title={opening.title}
        actions={
          <Button component={Link} to="/openings" variant="default">
            {t("openings.backToList")}
          </Button>
        }
      />
      <Group gap="xs" mb="lg" mt={-8} wrap="wrap">
        <OpeningStatusBadge status={opening.status} />
        <Anchor component={Link} to={`/employers/${opening.employerId}`} size="sm">
          {opening.employerName}
        </Anchor>
        <Text size="sm">{facts.join(" · ")}</Text>
      </Group>
      <Stack gap="xl">
        {editable ? (
          <section aria-labelledby="opening-status">
            <Title order={2} size="h3" id="opening-status" mb="sm">
              {t("openings.statusTitle")}
            </Title>
            <StatusActions opening={opening} />
          </section>
        ) : null}
        <Paper component="section" aria-labelledby="opening-matches" withBorder p="md" radius="md">
          <Title order={2} size="h3" id="opening-matches" mb="xs">
            {t("matching.peopleTitle")}
          </Title>
          <OpeningMatchesSection openingId={opening.id} />
        </Paper>
        <section aria-labelledby="opening-details">
          <Title order={2} size="h3" id="opening-details" mb="sm">
            {t("openings.details")}
          </Title>
          <DetailsForm key={opening.id} opening={opening} editable={editable} />
        </section>
      </Stack>
    </>
  );
};
