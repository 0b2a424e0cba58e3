import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type Opening,
  type OpeningSource,
  type WorkEnvironmentTag,
  type WorkPlace,
  occupationTree,
  openingSources,
  scheduleOptions,
  workEnvironmentTags,
} from "@passerelle/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import fr from "../../i18n/fr.json";
import { type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { CommunePicker, type CommuneValue } from "../places/commune-picker";

type ScheduleOption = (typeof scheduleOptions)[number];
export type PlaceKind = "commune" | "town" | "none";

export type OpeningFormValues = {
  title: string;
  occupationCode: string;
  hoursPerWeek: string;
  schedule: ScheduleOption[];
  placeKind: PlaceKind;
  commune: CommuneValue | null;
  town: string;
  country: string;
  environment: WorkEnvironmentTag[];
  requirements: string;
  description: string;
  source: OpeningSource;
  postedOn: string;
  closesOn: string;
};

export const emptyOpeningValues = (country: string): OpeningFormValues => ({
  title: "",
  occupationCode: "",
  hoursPerWeek: "",
  schedule: [],
  placeKind: country === "FR" ? "commune" : "town",
  commune: null,
  town: "",
  country: country === "FR" ? "" : country,
  environment: [],
  requirements: "",
  description: "",
  source: "job_development",
  postedOn: "",
  closesOn: "",
});

export const openingValues = (o: Opening): OpeningFormValues => ({
  title: o.title,
  occupationCode: o.occupationCode ?? "",
  hoursPerWeek: o.hoursPerWeek === null ? "" : String(o.hoursPerWeek),
  schedule: [...o.schedule],
  placeKind: o.place ? o.place.kind : "none",
  commune: o.place?.kind === "commune" ? { inseeCode: o.place.inseeCode, name: o.place.name, postalCode: o.place.postalCode ?? null } : null,
  town: o.place?.kind === "town" ? o.place.name : "",
  country: o.place?.kind === "town" ? o.place.country : "",
  environment: [...o.environment],
  requirements: o.requirements,
  description: o.description,
  source: o.source,
  postedOn: o.postedOn ?? "",
  closesOn: o.closesOn ?? "",
});

const placeOf = (v: OpeningFormValues): WorkPlace | null => {
  if (v.placeKind === "commune") return v.commune ? { kind: "commune", ...v.commune } : null;
  if (v.placeKind === "town") return { kind: "town", name: v.town.trim(), country: v.country.trim().toUpperCase() };
  return null;
};

/** The form's values as the API's fields: empty text as null, a decimal comma accepted for hours. */
export const openingPayload = (v: OpeningFormValues) => {
  const hours = v.hoursPerWeek.trim().replace(",", ".");
  return {
    title: v.title,
    occupationCode: v.occupationCode || null,
    hoursPerWeek: hours ? Number(hours) : null,
    schedule: v.schedule,
    place: placeOf(v),
    environment: v.environment,
    requirements: v.requirements,
    description: v.description,
    source: v.source,
    closesOn: v.closesOn || null,
  };
};

type OpeningValidationKey = keyof typeof fr.openings.validation;
const isOpeningKey = (value: string): value is OpeningValidationKey => Object.hasOwn(fr.openings.validation, value);

/** zod's field errors, with the openings' own keys (unknown occupation, bad country...) in plain words. */
export const openingFieldErrors = (error: z.ZodError, t: TFunction): FieldErrors => {
  const errors = zodFieldErrors(error, t);
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (isOpeningKey(issue.message)) errors[path] = t(`openings.validation.${issue.message}`);
  }
  return errors;
};

const tree = occupationTree();

type FieldsProps = { values: OpeningFormValues; onChange: (patch: Partial<OpeningFormValues>) => void; errors: FieldErrors; withPostedOn?: boolean };

/** The opening's fields, shared by the new-opening page and the opening page. */
export const OpeningFields = ({ values, onChange, errors, withPostedOn = false }: FieldsProps) => {
  const { t, i18n } = useTranslation();
  const isFr = i18n.language.startsWith("fr");
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t("openings.titleField")} required value={values.title} onChange={(e) => onChange({ title: e.currentTarget.value })} error={errors.title} />
        <NativeSelect
          label={t("openings.occupation")}
          description={t("openings.occupationHint")}
          value={values.occupationCode}
          onChange={(e) => onChange({ occupationCode: e.currentTarget.value })}
          error={errors.occupationCode}
          data={[
            { value: "", label: t("common.emptyValue") },
            ...tree.map(({ grandDomaine, domaines }) => ({
              group: isFr ? grandDomaine.labelFr : grandDomaine.labelEn,
              items: domaines.map((d) => ({ value: d.code, label: `${d.code} – ${isFr ? d.labelFr : d.labelEn}` })),
            })),
          ]}
        />
        <TextInput
          label={t("openings.hoursPerWeek")}
          inputMode="decimal"
          autoComplete="off"
          value={values.hoursPerWeek}
          onChange={(e) => onChange({ hoursPerWeek: e.currentTarget.value })}
          error={errors.hoursPerWeek}
        />
        <NativeSelect
          label={t("openings.source")}
          value={values.source}
          onChange={(e) => onChange({ source: e.currentTarget.value as OpeningSource })}
          data={openingSources.map((s) => ({ value: s, label: t(`openings.sources.${s}`) }))}
        />
      </SimpleGrid>
      <Checkbox.Group label={t("openings.schedule")} value={values.schedule} onChange={(v) => onChange({ schedule: v as ScheduleOption[] })} error={errors.schedule}>
        <Group gap="md" mt={4} wrap="wrap">
          {scheduleOptions.map((s) => (
            <Checkbox key={s} value={s} label={t(`schedule.${s}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group label={t("openings.place")} value={values.placeKind} onChange={(v) => onChange({ placeKind: v as PlaceKind })}>
        <Group gap="md" mt={4} wrap="wrap">
          <Radio value="commune" label={t("openings.placeKinds.commune")} />
          <Radio value="town" label={t("openings.placeKinds.town")} />
          <Radio value="none" label={t("openings.placeKinds.none")} />
        </Group>
      </Radio.Group>
      {values.placeKind === "commune" ? (
        <CommunePicker label={t("openings.commune")} value={values.commune} onChange={(commune) => onChange({ commune })} error={errors["place.inseeCode"] ?? errors.place} required />
      ) : values.placeKind === "town" ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t("openings.town")} required value={values.town} onChange={(e) => onChange({ town: e.currentTarget.value })} error={errors["place.name"]} />
          <TextInput
            label={t("openings.country")}
            description={t("openings.countryHint")}
            required
            maxLength={2}
            value={values.country}
            onChange={(e) => onChange({ country: e.currentTarget.value })}
            error={errors["place.country"]}
          />
        </SimpleGrid>
      ) : null}
      <Checkbox.Group
        label={t("openings.environment")}
        description={t("openings.environmentHint")}
        value={values.environment}
        onChange={(v) => onChange({ environment: v as WorkEnvironmentTag[] })}
      >
        <Group gap="md" mt={4} wrap="wrap">
          {workEnvironmentTags.map((tag) => (
            <Checkbox key={tag} value={tag} label={t(`matching.environmentTags.${tag}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea label={t("openings.requirements")} autosize minRows={2} value={values.requirements} onChange={(e) => onChange({ requirements: e.currentTarget.value })} error={errors.requirements} />
      <Textarea label={t("openings.description")} autosize minRows={3} value={values.description} onChange={(e) => onChange({ description: e.currentTarget.value })} error={errors.description} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {withPostedOn ? (
          <TextInput label={t("openings.postedOn")} type="date" value={values.postedOn} onChange={(e) => onChange({ postedOn: e.currentTarget.value })} error={errors.postedOn} />
        ) : null}
        <TextInput label={t("openings.closesOn")} type="date" value={values.closesOn} onChange={(e) => onChange({ closesOn: e.currentTarget.value })} error={errors.closesOn} />
      </SimpleGrid>
    </Stack>
  );
};
