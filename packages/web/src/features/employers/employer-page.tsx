import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Employer, EmployerContact, EmployerDetail } from "@passerelle/domain";
import { updateEmployerInput } from "@passerelle/domain";
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
import { usePrograms } from "../programs/programs-queries";
import { EmployerContactForm } from "./employer-contact-form";
import { EmployerFields, employerFieldErrors, employerPayload, employerValues } from "./employer-fields";
import { StageBadge, badgeStyles } from "./employers-page";
import { useEmployer, useEmployerContacts, useUpdateEmployer } from "./employers-api";

/** "Marie Dupont contacted this employer on 3 March": the team speaks to an employer with one voice. */
const RecentContactsNotice = ({ employer }: { employer: EmployerDetail }) => {
  const { t, i18n } = useTranslation();
  if (employer.recentContactsByOthers.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t("employers.recent.title")} mb="lg">
      <Stack gap={2}>
        {employer.recentContactsByOthers.map((r) => (
          <Text key={r.specialistId} size="sm">
            {t("employers.recent.line", {
              name: r.specialistName ?? t("common.unknownPerson"),
              date: formatDate(r.lastDate, i18n.language),
              count: r.count,
            })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
};

const ContactEntry = ({ contact }: { contact: EmployerContact }) => {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t("employers.contact.purpose"), contact.purpose],
    [t("employers.contact.hiringNeeds"), contact.hiringNeeds],
    [t("employers.contact.outcome"), contact.outcome],
    [
      t("employers.contact.nextStep"),
      contact.nextStep || contact.nextStepDate
        ? [contact.nextStep, contact.nextStepDate ? formatDate(contact.nextStepDate, i18n.language) : ""].filter(Boolean).join(" – ")
        : "",
    ],
    [t("employers.contact.participant"), contact.participants.map((p) => p.name).join(", ")],
    [t("employers.contact.attendees"), contact.attendees.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(", ")],
  ];
  return (
    <Card component="li" withBorder padding="sm" radius="md">
      <Group gap="xs" wrap="wrap">
        <Text fw={700}>{formatDate(contact.date, i18n.language)}</Text>
        <Badge variant="light" color="gray" radius="sm" tt="none" fw={600} styles={badgeStyles}>
          {t(`employers.kinds.${contact.kind}`)}
        </Badge>
        <Badge variant="light" color={contact.faceToFace ? "green" : "gray"} radius="sm" tt="none" fw={600} styles={badgeStyles}>
          {contact.faceToFace ? t("employers.contact.inPerson") : t("employers.contact.remote")}
        </Badge>
        {contact.specialistName ? (
          <Text size="sm" c="dimmed">
            {t("common.by", { name: contact.specialistName })}
          </Text>
        ) : null}
      </Group>
      <dl style={{ margin: "0.5rem 0 0", display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "0.75rem", rowGap: "0.25rem" }}>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt style={{ fontWeight: 600, fontSize: "var(--mantine-font-size-sm)" }}>{label}</dt>
              <dd style={{ margin: 0, fontSize: "var(--mantine-font-size-sm)", whiteSpace: "pre-wrap" }}>{value}</dd>
            </div>
          ))}
      </dl>
    </Card>
  );
};

const ContactLog = ({ employerId }: { employerId: string }) => {
  const { t } = useTranslation();
  const contacts = useEmployerContacts(employerId);
  if (contacts.isPending) return <LoadingState />;
  if (contacts.isError) return <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />;
  if (contacts.data.items.length === 0) return <Text c="dimmed">{t("employers.contact.empty")}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("employers.contact.logTitle")}>
      {contacts.data.items.map((c) => (
        <ContactEntry key={c.id} contact={c} />
      ))}
    </Stack>
  );
};

const DetailsForm = ({ employer, editable }: { employer: Employer; editable: boolean }) => {
  const { t } = useTranslation();
  const programs = usePrograms();
  const country = programs.data?.find((p) => p.id === employer.programId)?.country ?? "FR";
  const form = useVersionedForm(employerValues(employer), employer.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useUpdateEmployer(employer.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = updateEmployerInput.safeParse({ ...employerPayload(form.values, country), version: form.baseVersion });
    if (!parsed.success) {
      setErrors(employerFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (updated) => {
        form.reset(employerValues(updated), updated.version);
        setSaved(true);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === "stale_version" && error.current) {
          const current = error.current as Employer;
          form.reset(employerValues(current), current.version);
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
          <EmployerFields values={form.values} onChange={form.update} errors={errors} programId={employer.programId} />
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

/** One employer: who colleagues saw lately, the contact log with its quick form, and the register's details. */
export const EmployerPage = () => {
  const { t, i18n } = useTranslation();
  const { employerId = "" } = useParams();
  const access = useAccess();
  const query = useEmployer(employerId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const employer = query.data;
  const editable = access.can("employer.write", employer.programId);

  return (
    <>
      <PageHeader
        title={employer.name}
        actions={
          <Button component={Link} to="/employers" variant="default">
            {t("employers.backToList")}
          </Button>
        }
      />
      <Group gap="xs" mb="lg" mt={-8}>
        <StageBadge stage={employer.stage} />
        <Text size="sm">
          {employer.lastContactDate
            ? t("employers.lastContactOn", { date: formatDate(employer.lastContactDate, i18n.language) })
            : t("employers.noContactYet")}
        </Text>
        {employer.specialists.length > 0 ? (
          <Text size="sm">{t("employers.knownBy", { names: employer.specialists.map((s) => s.name).join(", ") })}</Text>
        ) : null}
      </Group>
      <RecentContactsNotice employer={employer} />
      <Stack gap="xl">
        {editable ? (
          <Paper component="section" aria-labelledby="employer-log-contact" withBorder p="md" radius="md">
            <Title order={2} size="h3" id="employer-log-contact" mb="sm">
              {t("employers.contact.formTitle")}
            </Title>
            <EmployerContactForm employerId={employer.id} programId={employer.programId} />
          </Paper>
        ) : null}
        <section aria-labelledby="employer-contact-log">
          <Title order={2} size="h3" id="employer-contact-log" mb="sm">
            {t("employers.contact.logTitle")}
          </Title>
          <ContactLog employerId={employer.id} />
        </section>
        <section aria-labelledby="employer-details">
          <Title order={2} size="h3" id="employer-details" mb="sm">
            {t("employers.details")}
          </Title>
          <DetailsForm key={employer.id} employer={employer} editable={editable} />
        </section>
      </Stack>
    </>
  );
};
