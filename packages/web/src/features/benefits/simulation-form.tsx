import { Alert, Button, Fieldset, Group, Stack, Switch, TextInput } from "@mantine/core";
import { franceParameter } from "@passerelle/domain";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import { IncomeFieldset } from "./income-fieldset";
import { PersonFieldset } from "./person-fieldset";
import { ScenariosFieldset } from "./scenarios-fieldset";
import type { SimulationDraft } from "./simulation-draft";

type Props = {
  draft: SimulationDraft;
  update: (patch: Partial<SimulationDraft>) => void;
  errors: FieldErrors;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

const cumulationSource = franceParameter("aah_cumul_integral_reprise_activite_mois").citation ?? "";

/** The situation without the job, the period, the jobs to compare, and the six-month cumulation switch. */
export const SimulationForm = ({ draft, update, errors, pending, onSubmit }: Props) => {
  const { t } = useTranslation();
  const invalid = Object.keys(errors).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("benefits.form.label")}>
      <Stack gap="lg">
        {invalid ? (
          <Alert color="red" variant="light" role="alert">
            {t("validation.summary")}
          </Alert>
        ) : null}
        <PersonFieldset draft={draft} update={update} errors={errors} />
        <IncomeFieldset draft={draft} update={update} errors={errors} />
        <Fieldset legend={t("benefits.form.period")}>
          <TextInput
            label={t("benefits.form.from")}
            description={t("benefits.form.fromHint")}
            type="month"
            placeholder={t("benefits.form.monthPlaceholder")}
            required
            maw={260}
            value={draft.from}
            onChange={(e) => update({ from: e.currentTarget.value })}
            error={errorAt(errors, "situation.from", "situation.to")}
          />
        </Fieldset>
        <ScenariosFieldset draft={draft} update={update} errors={errors} />
        <Switch
          size="md"
          label={t("benefits.form.cumulation")}
          description={t("benefits.form.cumulationHint", { source: cumulationSource })}
          checked={draft.returnToWorkCumulation}
          onChange={(e) => update({ returnToWorkCumulation: e.currentTarget.checked })}
        />
        <Group>
          <Button type="submit" size="md" loading={pending}>
            {t("benefits.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
