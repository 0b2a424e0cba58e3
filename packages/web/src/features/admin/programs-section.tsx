import { Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { countries, createProgramInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../shared/components/error-state";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { formatDateTime } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { usePrograms } from "../programs/programs-queries";
import { useCreateProgram } from "./admin-api";
import { TableScroll } from "../../shared/components/table-scroll";

type Country = (typeof countries)[number];

export const ProgramsSection = () => {
  const { t, i18n } = useTranslation();
  const programs = usePrograms();
  const create = useCreateProgram();
  const [name, setName] = useState("");
  const [country, setCountry] = useState<Country>("FR");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const parsed = createProgramInput.safeParse({ name, country });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        setName("");
        setDone(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <section aria-labelledby="programs-title">
      <Title order={2} size="h3" id="programs-title" mb="md">
        {t("admin.programsTitle")}
      </Title>
      <Stack gap="md">
        {programs.isPending ? (
          <LoadingState />
        ) : programs.isError ? (
          <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
        ) : programs.data.length === 0 ? (
          <Text c="dimmed">{t("admin.noPrograms")}</Text>
        ) : (
          <TableScroll label={t("admin.programsCaption")} minWidth={420}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{t("admin.programsCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("admin.programName")}</Table.Th>
                  <Table.Th scope="col">{t("admin.country")}</Table.Th>
                  <Table.Th scope="col">{t("admin.createdAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">{p.name}</Table.Th>
                    <Table.Td>{t(`countries.${p.country}`)}</Table.Td>
                    <Table.Td>{formatDateTime(p.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        <Card withBorder padding="md" component="form" onSubmit={submit} noValidate aria-labelledby="new-program-title">
          <Title order={3} size="h4" id="new-program-title" mb="sm">
            {t("admin.newProgram")}
          </Title>
          <Stack gap="sm">
            <FormErrorAlert error={create.error} />
            <Group align="flex-start" gap="sm" grow wrap="wrap">
              <TextInput
                label={t("admin.programName")}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={errors.name}
                miw={220}
              />
              <NativeSelect
                label={t("admin.country")}
                value={country}
                onChange={(e) => setCountry(e.currentTarget.value as Country)}
                data={countries.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
                miw={160}
              />
            </Group>
            <SuccessAlert message={done ? t("admin.programCreated") : null} />
            <Button type="submit" loading={create.isPending} w="fit-content">
              {t("admin.createProgram")}
            </Button>
          </Stack>
        </Card>
      </Stack>
    </section>
  );
};
