import { ActionIcon, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import {
  type Employer,
  type EmployerSetting,
  type EmployerSize,
  type EmployerStage,
  type WorkPlace,
  employerSettings,
  employerSizes,
  employerStages,
  normalizeNafCode,
  normalizeSiret,
} from "@passerelle/domain";
import type { TFunction } from "i18next";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import fr from "../../i18n/fr.json";
import { type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { membersWithRoles, useMembers } from "../programs/programs-queries";

export type ContactPersonValues = { name: string; role: string; phone: string; email: string };

export type EmployerFormValues = {
  name: string;
  siret: string;
  nafCode: string;
  setting: EmployerSetting;
  address: string;
  town: string;
  postalCode: string;
  size: EmployerSize | "";
  stage: EmployerStage;
  notes: string;
  contactPeople: ContactPersonValues[];
  specialistIds: string[];
  /** The stored place, kept as is (with its INSEE code) while the town is not retyped. */
  originalPlace: WorkPlace | null;
};

export const emptyEmployerValues = (): EmployerFormValues => ({
  name: "",
  siret: "",
  nafCode: "",
  setting: "ordinary",
  address: "",
  town: "",
  postalCode: "",
  size: "",
  stage: "prospect",
  notes: "",
  contactPeople: [],
  specialistIds: [],
  originalPlace: null,
});

export const employerValues = (e: Employer): EmployerFormValues => ({
  name: e.name,
  siret: e.siret ?? "",
  nafCode: e.nafCode ?? "",
  setting: e.setting,
  address: e.address ?? "",
  town: e.place?.name ?? "",
  postalCode: e.place?.postalCode ?? "",
  size: e.size ?? "",
  stage: e.stage,
  notes: e.notes,
  contactPeople: e.contactPeople.map((p) => ({ name: p.name, role: p.role, phone: p.phone ?? "", email: p.email ?? "" })),
  specialistIds: e.specialistIds,
  originalPlace: e.place,
});

/** The form's values as the API's fields: identifiers in canonical form, empty text as null. */
export const employerPayload = (v: EmployerFormValues, country: string) => {
  const town = v.town.trim();
  const postalCode = v.postalCode.trim() || null;
  const keepPlace = v.originalPlace && v.originalPlace.name === town && (v.originalPlace.postalCode ?? null) === postalCode;
  const place: WorkPlace | null = keepPlace ? v.originalPlace : town ? { kind: "town", name: town, country, postalCode } : null;
  return {
    name: v.name,
    siret: v.siret.trim() ? normalizeSiret(v.siret.trim()) : null,
    nafCode: v.nafCode.trim() ? normalizeNafCode(v.nafCode) : null,
    setting: v.setting,
    address: v.address.trim() || null,
    place,
    size: v.size || null,
    stage: v.stage,
    notes: v.notes,
    contactPeople: v.contactPeople.map((p) => ({ name: p.name, role: p.role, phone: p.phone.trim() || null, email: p.email.trim() || null })),
    specialistIds: v.specialistIds,
  };
};

type EmployerValidationKey = keyof typeof fr.employers.validation;
const isEmployerKey = (value: string): value is EmployerValidationKey => Object.hasOwn(fr.employers.validation, value);

/** zod's field errors, with the register's own keys (invalid_siret, invalid_naf_code...) in plain words. */
export const employerFieldErrors = (error: z.ZodError, t: TFunction): FieldErrors => {
  const errors = zodFieldErrors(error, t);
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (isEmployerKey(issue.message)) errors[path] = t(`employers.validation.${issue.message}`);
  }
  return errors;
};

type FieldsProps = {
  values: EmployerFormValues;
  onChange: (patch: Partial<EmployerFormValues>) => void;
  errors: FieldErrors;
  programId: string | null;
};

/** The register's fields, shared by the new-employer page and the employer page. */
export const EmployerFields = ({ values, onChange, errors, programId }: FieldsProps) => {
  const { t } = useTranslation();
  const members = useMembers(programId);
  const specialists = membersWithRoles(members.data, ["specialist", "team_lead", "admin"]);
  const setPerson = (index: number, patch: Partial<ContactPersonValues>) =>
    onChange({ contactPeople: values.contactPeople.map((p, i) => (i === index ? { ...p, ...patch } : p)) });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t("employers.name")} required value={values.name} onChange={(e) => onChange({ name: e.currentTarget.value })} error={errors.name} />
        <NativeSelect
          label={t("employers.stage")}
          value={values.stage}
          onChange={(e) => onChange({ stage: e.currentTarget.value as EmployerStage })}
          data={employerStages.map((s) => ({ value: s, label: t(`employers.stages.${s}`) }))}
          error={errors.stage}
        />
        <TextInput
          label={t("employers.siret")}
          description={t("employers.siretHint")}
          inputMode="numeric"
          autoComplete="off"
          value={values.siret}
          onChange={(e) => onChange({ siret: e.currentTarget.value })}
          error={errors.siret}
        />
        <TextInput
          label={t("employers.nafCode")}
          description={t("employers.nafCodeHint")}
          autoComplete="off"
          value={values.nafCode}
          onChange={(e) => onChange({ nafCode: e.currentTarget.value })}
          error={errors.nafCode}
        />
        <NativeSelect
          label={t("employers.setting")}
          value={values.setting}
          onChange={(e) => onChange({ setting: e.currentTarget.value as EmployerSetting })}
          data={employerSettings.map((s) => ({ value: s, label: t(`employers.settings.${s}`) }))}
        />
        <NativeSelect
          label={t("employers.size")}
          value={values.size}
          onChange={(e) => onChange({ size: e.currentTarget.value as EmployerSize | "" })}
          data={[{ value: "", label: t("common.emptyValue") }, ...employerSizes.map((s) => ({ value: s, label: t(`employers.sizes.${s}`) }))]}
        />
        <TextInput
          label={t("employers.address")}
          autoComplete="off"
          value={values.address}
          onChange={(e) => onChange({ address: e.currentTarget.value })}
          error={errors.address}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t("employers.postalCode")} autoComplete="off" value={values.postalCode} onChange={(e) => onChange({ postalCode: e.currentTarget.value })} />
          <TextInput
            label={t("employers.town")}
            autoComplete="off"
            value={values.town}
            onChange={(e) => onChange({ town: e.currentTarget.value })}
            error={errors["place.name"] ?? errors.place}
          />
        </SimpleGrid>
      </SimpleGrid>

      <Fieldset legend={t("employers.contactPeople")}>
        <Stack gap="sm">
          {values.contactPeople.length === 0 ? <Text c="dimmed" size="sm">{t("employers.noContactPeople")}</Text> : null}
          {values.contactPeople.map((p, i) => (
            <Group key={i} align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t("employers.personName")}
                required
                value={p.name}
                onChange={(e) => setPerson(i, { name: e.currentTarget.value })}
                error={errors[`contactPeople.${i}.name`]}
                style={{ flex: "1 1 10rem" }}
              />
              <TextInput label={t("employers.personRole")} value={p.role} onChange={(e) => setPerson(i, { role: e.currentTarget.value })} style={{ flex: "1 1 8rem" }} />
              <TextInput
                label={t("employers.personPhone")}
                type="tel"
                value={p.phone}
                onChange={(e) => setPerson(i, { phone: e.currentTarget.value })}
                error={errors[`contactPeople.${i}.phone`]}
                style={{ flex: "1 1 9rem" }}
              />
              <TextInput
                label={t("employers.personEmail")}
                type="email"
                value={p.email}
                onChange={(e) => setPerson(i, { email: e.currentTarget.value })}
                error={errors[`contactPeople.${i}.email`]}
                style={{ flex: "1 1 12rem" }}
              />
              <ActionIcon
                variant="default"
                size="lg"
                mb={errors[`contactPeople.${i}.name`] ? 24 : 0}
                aria-label={t("employers.removePerson", { name: p.name || String(i + 1) })}
                onClick={() => onChange({ contactPeople: values.contactPeople.filter((_, j) => j !== i) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="default" size="sm" onClick={() => onChange({ contactPeople: [...values.contactPeople, { name: "", role: "", phone: "", email: "" }] })}>
              {t("employers.addPerson")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      {specialists.length > 0 ? (
        <Checkbox.Group
          label={t("employers.specialists")}
          description={t("employers.specialistsHint")}
          value={values.specialistIds}
          onChange={(specialistIds) => onChange({ specialistIds })}
          error={errors.specialistIds}
        >
          <Group gap="md" mt="xs">
            {specialists.map((m) => (
              <Checkbox key={m.userId} value={m.userId} label={m.name} />
            ))}
          </Group>
        </Checkbox.Group>
      ) : null}

      <Textarea
        label={t("employers.notes")}
        value={values.notes}
        onChange={(e) => onChange({ notes: e.currentTarget.value })}
        autosize
        minRows={2}
        maxRows={10}
        error={errors.notes}
      />
    </Stack>
  );
};
