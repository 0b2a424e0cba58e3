import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type Application, createApplicationInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { EmployerNameInput } from "./employer-name-input";
import { useCreateApplication, useOpenOpenings } from "./job-search-api";

type Props = { participantId: string; programId: string; withRegister: boolean; withOpenings: boolean; onCreated: (a: Application) => void; onCancel: () => void };

/**
 * A new application: from one of the program's open openings (its employer and title are taken from it), or for an
 * employer of the register or just named, with the job title. When the openings cannot be read, the form simply
 * asks for the employer and the job.
 */
export const NewApplicationForm = ({ participantId, programId, withRegister, withOpenings, onCreated, onCancel }: Props) => {
  const { t } = useTranslation();
  const openings = useOpenOpenings(withOpenings);
  const available = (openings.data ?? []).filter((o) => o.programId === programId);
  const [openingId, setOpeningId] = useState("");
  const [employer, setEmployer] = useState<{ employerId: string | null; name: string }>({ employerId: null, name: "" });
  const [title, setTitle] = useState("");
  const [status, setStatus] = useState<"interested" | "applied">("interested");
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateApplication(participantId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = createApplicationInput.safeParse({
      openingId: openingId || null,
      employerId: openingId ? null : employer.employerId,
      employerName: openingId ? "" : employer.name,
      title,
      status,
      date,
      note,
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        focusFirstInvalid(form);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("jobSearch.applications.newTitle")}>
      <Stack gap="md">
        <FormErrorAlert error={create.error} />
        {withOpenings && available.length > 0 ? (
          <NativeSelect
            label={t("jobSearch.applications.opening")}
            description={t("jobSearch.applications.openingHint")}
            value={openingId}
            onChange={(e) => setOpeningId(e.currentTarget.value)}
            data={[
              { value: "", label: t("jobSearch.applications.noOpening") },
              ...available.map((o) => ({ value: o.id, label: `${o.title} · ${o.employerName}` })),
            ]}
            error={errors.openingId}
          />
        ) : withOpenings && openings.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t("jobSearch.applications.noOpenings")}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {openingId ? null : (
            <EmployerNameInput
              label={t("jobSearch.employer")}
              employerId={employer.employerId}
              name={employer.name}
              onChange={setEmployer}
              withRegister={withRegister}
              required
              error={errors.employerName ?? errors.employerId}
            />
          )}
          <TextInput
            label={t("jobSearch.applications.jobTitle")}
            description={openingId ? t("jobSearch.applications.jobTitleFromOpening") : undefined}
            required={!openingId}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
        </SimpleGrid>
        <Radio.Group label={t("jobSearch.applications.firstStatus")} value={status} onChange={(v) => setStatus(v === "applied" ? "applied" : "interested")}>
          <Group gap="lg" mt={6}>
            <Radio value="interested" label={t("jobSearch.statuses.interested")} />
            <Radio value="applied" label={t("jobSearch.statuses.applied")} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PastDateInput label={t("jobSearch.applications.date")} value={date} onChange={setDate} error={errors.date} />
        </SimpleGrid>
        <Textarea label={t("jobSearch.applications.note")} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("jobSearch.applications.create")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
