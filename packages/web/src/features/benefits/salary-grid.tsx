import { Button, Group, Input, NumberInput, SimpleGrid, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import { formatMonth } from "./format";
import { type Amount, earlierSalaryGaps, type SimulationDraft, salaryGridMonths } from "./simulation-draft";

type Props = { draft: SimulationDraft; update: (patch: Partial<SimulationDraft>) => void; errors: FieldErrors };

/**
 * Net salaries of the 12 months before the period (the quarterly evaluation reads them), one small input per
 * month with a "same amount every month" helper, then a yearly total for the N-2 months the grid does not cover.
 */
export const SalaryGrid = ({ draft, update, errors }: Props) => {
  const { t, i18n } = useTranslation();
  const groupId = useId();
  const [same, setSame] = useState<Amount>("");
  const months = salaryGridMonths(draft.from);
  const setMonth = (month: string, value: Amount) => update({ salaries: { ...draft.salaries, [month]: value } });
  const fillAll = () => update({ salaries: { ...draft.salaries, ...Object.fromEntries(months.map((m) => [m, same])) } });
  const gaps = earlierSalaryGaps(draft.from);
  return (
    <Stack gap="sm">
      <Input.Label id={groupId} labelElement="div">
        {t("benefits.form.pastSalaries")}
      </Input.Label>
      <Text size="sm" c="dimmed" mt={-6}>
        {t("benefits.form.pastSalariesHint")}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t("benefits.form.sameAmount")}
          min={0}
          decimalScale={2}
          suffix=" €"
          value={same}
          onChange={setSame}
          w={240}
        />
        <Button variant="default" onClick={fillAll}>
          {t("benefits.form.applyToAll")}
        </Button>
      </Group>
      <div role="group" aria-labelledby={groupId}>
        <SimpleGrid cols={{ base: 2, xs: 3, md: 4, lg: 6 }} spacing="xs" verticalSpacing="xs">
          {months.map((month) => (
            <NumberInput
              key={month}
              label={formatMonth(month, i18n.language)}
              size="sm"
              min={0}
              decimalScale={2}
              hideControls
              inputMode="decimal"
              value={draft.salaries[month] ?? ""}
              onChange={(value) => setMonth(month, value)}
              error={errorAt(errors, `situation.salaryNet.${month}`)}
            />
          ))}
        </SimpleGrid>
      </div>
      {gaps.map((gap) => (
        <NumberInput
          key={gap.year}
          label={
            gap.months.length === 12
              ? t("benefits.form.yearSalaries", { year: gap.year })
              : t("benefits.form.partYearSalaries", {
                  first: formatMonth(gap.months[0], i18n.language),
                  last: formatMonth(gap.months[gap.months.length - 1], i18n.language),
                })
          }
          description={t("benefits.form.yearSalariesHint")}
          min={0}
          decimalScale={2}
          suffix=" €"
          maw={360}
          value={draft.earlierSalaries[String(gap.year)] ?? ""}
          onChange={(value) => update({ earlierSalaries: { ...draft.earlierSalaries, [String(gap.year)]: value } })}
          error={gap.months.map((m) => errorAt(errors, `situation.salaryNet.${m}`)).find(Boolean)}
        />
      ))}
    </Stack>
  );
};
