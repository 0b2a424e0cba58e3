import { Fieldset, NativeSelect, NumberInput, Radio, SimpleGrid, Stack } from "@mantine/core";
import { benefitsHousingStatuses, type BenefitsHousingStatus } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";
import { errorAt } from "./field-errors";
import { formatMonth } from "./format";
import { monthsBetween } from "./month-keys";
import { periodEnd, type SimulationDraft } from "./simulation-draft";
import { SalaryGrid } from "./salary-grid";

type Props = { draft: SimulationDraft; update: (patch: Partial<SimulationDraft>) => void; errors: FieldErrors };

const isHousing = (value: string): value is BenefitsHousingStatus => (benefitsHousingStatuses as readonly string[]).includes(value);

/** Housing, past salaries and the other income, all without the job being considered. */
export const IncomeFieldset = ({ draft, update, errors }: Props) => {
  const { t, i18n } = useTranslation();
  const money = { min: 0, decimalScale: 2, suffix: " €", inputMode: "decimal" as const };
  return (
    <Fieldset legend={t("benefits.form.income")}>
      <Stack gap="lg">
        <Radio.Group
          label={t("benefits.form.housing")}
          value={draft.housing}
          onChange={(value) => {
            if (isHousing(value)) update({ housing: value });
          }}
        >
          <Stack gap={6} mt={6}>
            {benefitsHousingStatuses.map((h) => (
              <Radio key={h} value={h} label={t(`benefits.form.housingStatus.${h}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {draft.housing === "tenant" ? (
          <NumberInput
            {...money}
            label={t("benefits.form.housingBenefit")}
            description={t("benefits.form.housingBenefitHint")}
            maw={360}
            value={draft.housingBenefit}
            onChange={(housingBenefit) => update({ housingBenefit })}
            error={errorAt(errors, "situation.person.housingBenefit")}
          />
        ) : null}
        <SalaryGrid draft={draft} update={update} errors={errors} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <NumberInput
            {...money}
            label={t("benefits.form.pension")}
            description={t("benefits.form.pensionHint")}
            value={draft.pension}
            onChange={(pension) => update({ pension })}
            error={errorAt(errors, "situation.otherIncome.pension")}
          />
          <NumberInput
            {...money}
            label={t("benefits.form.unemployment")}
            description={t("benefits.form.unemploymentHint")}
            value={draft.unemployment}
            onChange={(unemployment) => update({ unemployment })}
            error={errorAt(errors, "situation.otherIncome.unemployment")}
          />
          <NativeSelect
            label={t("benefits.form.unemploymentUntil")}
            value={draft.unemploymentUntil}
            onChange={(e) => update({ unemploymentUntil: e.currentTarget.value })}
            data={[
              { value: "", label: t("benefits.form.wholePeriod") },
              ...monthsBetween(draft.from, periodEnd(draft.from)).map((m) => ({ value: m, label: formatMonth(m, i18n.language) })),
            ]}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
};
