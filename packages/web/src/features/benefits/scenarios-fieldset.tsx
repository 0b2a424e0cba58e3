import { Button, Fieldset, Stack, Text } from "@mantine/core";
import "./benefits.css";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import { addMonths } from "./month-keys";
import { ScenarioCard } from "./scenario-card";
import { amountOf, maxScenariosOnScreen, newScenario, type ScenarioDraft, type SimulationDraft } from "./simulation-draft";

type Props = { draft: SimulationDraft; update: (patch: Partial<SimulationDraft>) => void; errors: FieldErrors };

/** One to four jobs side by side (10 h, 20 h, 24 h, 35 h...). */
export const ScenariosFieldset = ({ draft, update, errors }: Props) => {
  const { t } = useTranslation();
  const { scenarios } = draft;
  const setScenario = (id: string, patch: Partial<ScenarioDraft>) =>
    update({ scenarios: scenarios.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  const add = () => {
    const last = scenarios[scenarios.length - 1];
    const hours = Math.min(48, (amountOf(last?.hoursPerWeek ?? "") ?? 10) + 10);
    update({ scenarios: [...scenarios, newScenario(last?.startMonth || addMonths(draft.from, 1), hours)] });
  };
  return (
    <Fieldset legend={t("benefits.form.scenarios")}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("benefits.form.scenariosHint")}
        </Text>
        {errorAt(errors, "scenarios") && !Object.keys(errors).some((k) => k.startsWith("scenarios.")) ? (
          <Text size="sm" c="red.9">
            {errorAt(errors, "scenarios")}
          </Text>
        ) : null}
        <div className="benefits-scenarios-grid">
          {scenarios.map((s, i) => (
            <ScenarioCard
              key={s.id}
              index={i}
              scenario={s}
              update={(patch) => setScenario(s.id, patch)}
              onRemove={scenarios.length > 1 ? () => update({ scenarios: scenarios.filter((x) => x.id !== s.id) }) : null}
              errors={errors}
            />
          ))}
        </div>
        {scenarios.length < maxScenariosOnScreen ? (
          <Button variant="default" onClick={add} style={{ alignSelf: "flex-start" }}>
            {t("benefits.form.addScenario")}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
};
