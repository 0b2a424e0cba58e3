import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { todayIso } from "../../shared/format/dates";
import { type Period, quarterLabel, quarterMatching, recentQuarters } from "./period";

const CUSTOM = "custom";

/**
 * A quarter (the current one, still running, and the 8 before it) or any date range. A custom range is applied
 * once both dates are valid and in order; until then the report stays on the last valid period.
 */
export const PeriodPicker = ({ period, onChange }: { period: Period; onChange: (period: Period) => void }) => {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const quarters = recentQuarters(today, 9);
  const matching = quarterMatching(period, today);
  const [custom, setCustom] = useState(!matching);
  const [draft, setDraft] = useState<Period>(period);
  useEffect(() => setDraft(period), [period.from, period.to]);
  const selected = custom || !matching ? CUSTOM : matching.key;
  const draftError = draft.from && draft.to && draft.from > draft.to ? t("outcomes.period.order") : undefined;

  const changeDraft = (patch: Partial<Period>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.from && next.to && next.from <= next.to) onChange(next);
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t("outcomes.period.label")}
        value={selected}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value === CUSTOM) {
            setCustom(true);
            return;
          }
          const q = quarters.find((x) => x.key === value);
          if (q) {
            setCustom(false);
            onChange({ from: q.from, to: q.to });
          }
        }}
        data={[
          ...quarters.map((q) => ({
            value: q.key,
            label: q.complete ? quarterLabel(q.key, i18n.language) : t("outcomes.period.current", { quarter: quarterLabel(q.key, i18n.language) }),
          })),
          { value: CUSTOM, label: t("outcomes.period.custom") },
        ]}
        miw={220}
      />
      {selected === CUSTOM ? (
        <>
          <TextInput type="date" label={t("outcomes.period.from")} value={draft.from} onChange={(e) => changeDraft({ from: e.currentTarget.value })} />
          <TextInput
            type="date"
            label={t("outcomes.period.to")}
            value={draft.to}
            error={draftError}
            onChange={(e) => changeDraft({ to: e.currentTarget.value })}
          />
        </>
      ) : null}
    </Group>
  );
};
