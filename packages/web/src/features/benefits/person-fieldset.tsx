import { Checkbox, Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import type { IncapacityBracket, SimulationDraft } from "./simulation-draft";

type Props = { draft: SimulationDraft; update: (patch: Partial<SimulationDraft>) => void; errors: FieldErrors };

const brackets: IncapacityBracket[] = ["80", "50", "below"];
const isBracket = (value: string): value is IncapacityBracket => (brackets as string[]).includes(value);

/** Age or birth date, the incapacity rate in the two AAH brackets, and the RSDAE for 50-79 %. */
export const PersonFieldset = ({ draft, update, errors }: Props) => {
  const { t } = useTranslation();
  const ageError = errorAt(errors, "situation.person.age", "situation.person.birthDate");
  return (
    <Fieldset legend={t("benefits.form.person")}>
      <Stack gap="md">
        <Radio.Group
          label={t("benefits.form.ageMode")}
          value={draft.ageMode}
          onChange={(value) => update({ ageMode: value === "birthDate" ? "birthDate" : "age" })}
        >
          <Group gap="lg" mt={4}>
            <Radio value="age" label={t("benefits.form.age")} />
            <Radio value="birthDate" label={t("benefits.form.birthDate")} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {draft.ageMode === "age" ? (
            <NumberInput
              label={t("benefits.form.ageInput")}
              required
              min={0}
              max={120}
              allowDecimal={false}
              inputMode="numeric"
              value={draft.age}
              onChange={(age) => update({ age })}
              error={ageError}
            />
          ) : (
            <TextInput
              label={t("benefits.form.birthDate")}
              type="date"
              required
              value={draft.birthDate}
              onChange={(e) => update({ birthDate: e.currentTarget.value })}
              error={ageError}
            />
          )}
        </SimpleGrid>
        <Radio.Group
          label={t("benefits.form.incapacity")}
          description={t("benefits.form.incapacityHint")}
          value={draft.bracket}
          onChange={(value) => {
            if (isBracket(value)) update({ bracket: value });
          }}
          error={errorAt(errors, "situation.person.incapacityRate")}
        >
          <Stack gap={6} mt={6}>
            {brackets.map((b) => (
              <Radio key={b} value={b} label={t(`benefits.form.brackets.${b}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {draft.bracket === "50" ? (
          <Checkbox
            label={t("benefits.form.rsdae")}
            description={t("benefits.form.rsdaeHint")}
            checked={draft.rsdae}
            onChange={(e) => update({ rsdae: e.currentTarget.checked })}
          />
        ) : null}
      </Stack>
    </Fieldset>
  );
};
