import { Button, Fieldset, Group, NumberInput, Radio, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import type { ScenarioDraft } from "./simulation-draft";

type Props = {
  index: number;
  scenario: ScenarioDraft;
  update: (patch: Partial<ScenarioDraft>) => void;
  onRemove: (() => void) | null;
  errors: FieldErrors;
};

/** One job: when it starts, how many hours a week, and the wage (gross an hour, or net a month). */
export const ScenarioCard = ({ index, scenario, update, onRemove, errors }: Props) => {
  const { t } = useTranslation();
  const path = `scenarios.${index}`;
  const wageError = errorAt(errors, `${path}.hourlyGross`, `${path}.monthlyNet`);
  return (
    <Fieldset legend={t("benefits.form.scenarioTitle", { number: index + 1 })} variant="filled">
      <Stack gap="sm">
        <TextInput
          label={t("benefits.form.startMonth")}
          type="month"
          placeholder={t("benefits.form.monthPlaceholder")}
          required
          value={scenario.startMonth}
          onChange={(e) => update({ startMonth: e.currentTarget.value })}
          error={errorAt(errors, `${path}.startMonth`)}
        />
        <NumberInput
          label={t("benefits.form.hoursPerWeek")}
          required
          min={1}
          max={48}
          decimalScale={2}
          inputMode="decimal"
          value={scenario.hoursPerWeek}
          onChange={(hoursPerWeek) => update({ hoursPerWeek })}
          error={errorAt(errors, `${path}.hoursPerWeek`)}
        />
        <Radio.Group label={t("benefits.form.wageMode")} value={scenario.wageMode} onChange={(value) => update({ wageMode: value === "monthly" ? "monthly" : "hourly" })}>
          <Group gap="md" mt={4}>
            <Radio value="hourly" label={t("benefits.form.hourly")} />
            <Radio value="monthly" label={t("benefits.form.monthly")} />
          </Group>
        </Radio.Group>
        {scenario.wageMode === "hourly" ? (
          <NumberInput
            label={t("benefits.form.hourlyGross")}
            description={t("benefits.form.hourlyGrossHint")}
            required
            min={0}
            decimalScale={2}
            suffix=" €"
            inputMode="decimal"
            value={scenario.hourlyGross}
            onChange={(hourlyGross) => update({ hourlyGross })}
            error={wageError}
          />
        ) : (
          <NumberInput
            label={t("benefits.form.monthlyNet")}
            required
            min={0}
            decimalScale={2}
            suffix=" €"
            inputMode="decimal"
            value={scenario.monthlyNet}
            onChange={(monthlyNet) => update({ monthlyNet })}
            error={wageError}
          />
        )}
        {onRemove ? (
          <Button variant="subtle" color="red" onClick={onRemove} aria-label={t("benefits.form.removeScenarioNamed", { number: index + 1 })}>
            {t("benefits.form.removeScenario")}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
};
