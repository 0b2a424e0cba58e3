import { Button, Card, Checkbox, Group, MultiSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FidelityAction, fidelityItemIds } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const newActionId = (): string => crypto.randomUUID();

/** The action plan: what the team will change, for which items, who carries it and by when. */
export const ActionPlanSection = ({ actions, readOnly, onChange }: { actions: FidelityAction[]; readOnly: boolean; onChange: (next: FidelityAction[]) => void }) => {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<FidelityAction>) => onChange(actions.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <Card withBorder component="section" aria-labelledby="action-plan-title">
      <Title order={2} size="h4" id="action-plan-title" mb="sm">
        {t("fidelityReviews.actions.title")}
      </Title>
      <Stack gap="md">
        {actions.length === 0 ? <Text c="dimmed">{t("fidelityReviews.actions.empty")}</Text> : null}
        {actions.map((a, index) => (
          <Stack key={a.id} gap="xs" component="fieldset" style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 6, padding: 12 }}>
            <legend>{t("fidelityReviews.actions.legend", { n: index + 1 })}</legend>
            <TextInput label={t("fidelityReviews.actions.action")} value={a.action} onChange={(e) => set(index, { action: e.currentTarget.value })} readOnly={readOnly} required />
            <Group gap="sm" align="flex-end" wrap="wrap">
              <MultiSelect
                label={t("fidelityReviews.actions.items")}
                data={[...fidelityItemIds]}
                value={a.itemIds}
                onChange={(v) => set(index, { itemIds: v as FidelityAction["itemIds"] })}
                readOnly={readOnly}
                searchable
                miw={220}
              />
              <TextInput label={t("fidelityReviews.actions.owner")} value={a.owner} onChange={(e) => set(index, { owner: e.currentTarget.value })} readOnly={readOnly} />
              <TextInput type="date" label={t("fidelityReviews.actions.dueDate")} value={a.dueDate ?? ""} onChange={(e) => set(index, { dueDate: e.currentTarget.value || null })} readOnly={readOnly} />
              <Checkbox label={t("fidelityReviews.actions.done")} checked={a.done} onChange={(e) => set(index, { done: e.currentTarget.checked })} disabled={readOnly} mb={8} />
            </Group>
            {readOnly ? null : (
              <Group>
                <Button variant="subtle" color="red.8" size="xs" onClick={() => onChange(actions.filter((_, i) => i !== index))}>
                  {t("fidelityReviews.actions.remove", { n: index + 1 })}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {readOnly ? null : (
          <Group className="no-print">
            <Button variant="light" onClick={() => onChange([...actions, { id: newActionId(), action: "", itemIds: [], owner: "", dueDate: null, done: false }])}>
              {t("fidelityReviews.actions.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
};
