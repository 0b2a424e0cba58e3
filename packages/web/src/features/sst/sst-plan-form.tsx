import { Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import {
  type SstContent,
  type SstDirection,
  type SstDomain,
  type SstPlan,
  type SstTechnique,
  sstContentSchema,
  sstDirections,
  sstDomains,
  sstMeasureKinds,
  sstTechniques,
} from "@passerelle/domain";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";

/** What the guided form edits: steps 1, 2, 3a, 4, 5b and 7 (measures, the start and adjustments are edited apart). */
export type SstPlanFormValues = {
  situation: string;
  domain: SstDomain | "";
  targetBehaviour: string;
  measureDefinition: string;
  sharedWithCareTeam: boolean;
} & Pick<SstContent, "goal" | "planReference" | "discussedWith" | "measureKind" | "measureUnit" | "betterWhen" | "techniques" | "techniquesNote" | "contexts" | "generalisation" | "fading">;

export const planFormValues = (plan: SstPlan | null): SstPlanFormValues => {
  const content = plan?.content ?? sstContentSchema.parse({});
  return {
    situation: plan?.situation ?? "",
    domain: plan?.domain ?? "",
    targetBehaviour: plan?.targetBehaviour ?? "",
    measureDefinition: plan?.measureDefinition ?? "",
    sharedWithCareTeam: plan?.sharedWithCareTeam ?? false,
    goal: content.goal,
    planReference: content.planReference,
    discussedWith: content.discussedWith,
    measureKind: content.measureKind,
    measureUnit: content.measureUnit,
    betterWhen: content.betterWhen,
    techniques: content.techniques,
    techniquesNote: content.techniquesNote,
    contexts: content.contexts,
    generalisation: content.generalisation,
    fading: content.fading,
  };
};

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);
const isDomain = oneOf(sstDomains);
const isKind = oneOf(sstMeasureKinds);
const isDirection = oneOf<SstDirection>(sstDirections);
const isTechnique = oneOf<SstTechnique>(sstTechniques);

type SstPlanFormProps = {
  initial: SstPlanFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: SstPlanFormValues & { domain: SstDomain }) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * The manual's 7 steps as a guided form: each step titled as in the manual, its advice beside the fields. Steps 3, 5
 * and 6 are the measures, the intervention's start and the adjustments, entered on the plan itself once it exists.
 */
export const SstPlanForm = ({ initial, submitLabel, pending, error, onSubmit, onCancel }: SstPlanFormProps) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof SstPlanFormValues>(key: K, value: SstPlanFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const key of ["situation", "targetBehaviour", "measureDefinition"] as const) if (!values[key].trim()) found[key] = t("validation.required");
    if (!values.domain) found.domain = t("sst.form.domainRequired");
    setErrors(found);
    if (Object.keys(found).length > 0 || !values.domain) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await onSubmit({ ...values, domain: values.domain });
    } catch (failure) {
      setErrors(apiFieldErrors(failure, ["content."]));
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t("sst.form.title")}>
      <Stack gap="lg">
        <Fieldset legend={t("sst.steps.1.title")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t("sst.steps.1.help")}</Text>
            <Textarea label={t("sst.form.situation")} description={t("sst.form.situationHelp")} required value={values.situation} onChange={(e) => set("situation", e.currentTarget.value)} error={errors.situation} autosize minRows={2} maxLength={2000} />
            <Textarea label={t("sst.form.goal")} value={values.goal} onChange={(e) => set("goal", e.currentTarget.value)} error={errors.goal} autosize minRows={1} maxLength={2000} />
            <TextInput label={t("sst.form.planReference")} description={t("sst.form.planReferenceHelp")} value={values.planReference} onChange={(e) => set("planReference", e.currentTarget.value)} error={errors.planReference} maxLength={2000} />
            <TextInput label={t("sst.form.discussedWith")} description={t("sst.form.discussedWithHelp")} value={values.discussedWith} onChange={(e) => set("discussedWith", e.currentTarget.value)} error={errors.discussedWith} maxLength={1000} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("sst.steps.2.title")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t("sst.steps.2.help")}</Text>
            <Radio.Group label={t("sst.form.domain")} required value={values.domain} onChange={(v) => isDomain(v) && set("domain", v)} error={errors.domain}>
              <Stack gap={6} mt={4}>
                {sstDomains.map((d) => (
                  <Radio key={d} value={d} label={t(`sst.domains.${d}`)} description={t(`sst.domainExamples.${d}`)} aria-invalid={errors.domain ? true : undefined} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea label={t("sst.form.targetBehaviour")} description={t("sst.form.targetBehaviourHelp")} required value={values.targetBehaviour} onChange={(e) => set("targetBehaviour", e.currentTarget.value)} error={errors.targetBehaviour} autosize minRows={2} maxLength={2000} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("sst.steps.3.title")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t("sst.steps.3.help")}</Text>
            <NativeSelect label={t("sst.form.measureKind")} value={values.measureKind} onChange={(e) => {
                const v = e.currentTarget.value;
                if (isKind(v)) set("measureKind", v);
              }} data={sstMeasureKinds.map((k) => ({ value: k, label: t(`sst.measureKinds.${k}`) }))} />
            <Textarea label={t("sst.form.measureDefinition")} description={t("sst.form.measureDefinitionHelp")} required value={values.measureDefinition} onChange={(e) => set("measureDefinition", e.currentTarget.value)} error={errors.measureDefinition} autosize minRows={2} maxLength={1000} />
            <TextInput label={t("sst.form.measureUnit")} description={t("sst.form.measureUnitHelp")} value={values.measureUnit} onChange={(e) => set("measureUnit", e.currentTarget.value)} error={errors.measureUnit} maxLength={80} />
            <Radio.Group label={t("sst.form.betterWhen")} value={values.betterWhen} onChange={(v) => isDirection(v) && set("betterWhen", v)}>
              <Group gap="lg" mt={4}>
                {sstDirections.map((d) => (
                  <Radio key={d} value={d} label={t(`sst.directions.${d}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t("sst.steps.4.title")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t("sst.steps.4.help")}</Text>
            <Checkbox.Group label={t("sst.form.techniques")} value={values.techniques} onChange={(v) => set("techniques", v.filter(isTechnique))} error={errors.techniques}>
              <Group gap="lg" mt={4}>
                {sstTechniques.map((k) => (
                  <Checkbox key={k} value={k} label={t(`sst.techniques.${k}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea label={t("sst.form.techniquesNote")} value={values.techniquesNote} onChange={(e) => set("techniquesNote", e.currentTarget.value)} error={errors.techniquesNote} autosize minRows={2} maxLength={4000} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("sst.steps.5.title")}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">{t("sst.steps.5.help")}</Text>
            <Textarea label={t("sst.form.contexts")} description={t("sst.form.contextsHelp")} value={values.contexts} onChange={(e) => set("contexts", e.currentTarget.value)} error={errors.contexts} autosize minRows={1} maxLength={2000} />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("sst.steps.6.title")}>
          <Text size="sm" c="dimmed">{t("sst.steps.6.help")}</Text>
        </Fieldset>

        <Fieldset legend={t("sst.steps.7.title")}>
          <Stack gap="sm">
            <Textarea label={t("sst.form.generalisation")} description={t("sst.form.generalisationHelp")} value={values.generalisation} onChange={(e) => set("generalisation", e.currentTarget.value)} error={errors.generalisation} autosize minRows={1} maxLength={4000} />
            <Textarea label={t("sst.form.fading")} description={t("sst.form.fadingHelp")} value={values.fading} onChange={(e) => set("fading", e.currentTarget.value)} error={errors.fading} autosize minRows={1} maxLength={4000} />
          </Stack>
        </Fieldset>

        <Switch label={t("sst.form.shared")} description={t("sst.form.sharedHelp")} checked={values.sharedWithCareTeam} onChange={(e) => set("sharedWithCareTeam", e.currentTarget.checked)} />
        <FormErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("sst.actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** The content a form's values give, on top of what the plan already holds (start, adjustments, worksheet). */
export const contentFromForm = (values: SstPlanFormValues, base: SstContent): SstContent => ({
  ...base,
  goal: values.goal,
  planReference: values.planReference,
  discussedWith: values.discussedWith,
  measureKind: values.measureKind,
  measureUnit: values.measureUnit,
  betterWhen: values.betterWhen,
  techniques: values.techniques,
  techniquesNote: values.techniquesNote,
  contexts: values.contexts,
  generalisation: values.generalisation,
  fading: values.fading,
});
