import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { FidelityIndicator } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { IndicatorEvidenceList, type LooseTranslate } from "./indicator-evidence";
import { formatIndicatorNumber, formatRuleParams, lowerIsBetter } from "./indicator-format";

type IndicatorPanelProps = {
  indicator: FidelityIndicator;
  /** Shown as "Reprendre le score suggéré" when the item has a suggested score (the review editor). */
  onUseSuggestedScore?: (score: number) => void;
  /** Names for the per-specialist lines (the answer carries ids only); missing ones read "un·e conseiller·ère". */
  specialistNames?: Map<string, string>;
  /** The item's title as a heading (the standalone page); the review editor already shows it. */
  withTitle?: boolean;
};

/**
 * What the records say of one IPS-25 item: the value with its unit, the suggested score and the rule applied in
 * plain words, a "valeur non confirmée" badge when an unconfirmed cut-off decided it, and the evidence lines with
 * the records behind them. Reviewers keep the final word.
 */
export const IndicatorPanel = ({ indicator, onUseSuggestedScore, specialistNames = new Map(), withTitle = false }: IndicatorPanelProps) => {
  const { t: typed, i18n } = useTranslation();
  const t = typed as unknown as LooseTranslate;
  const id = indicator.itemId;
  const params = formatRuleParams(indicator, i18n.language);
  const computed = indicator.computability === "computed";
  return (
    <Paper withBorder p="md" radius="md" data-testid={`indicator-${id}`} aria-labelledby={withTitle ? `indicator-title-${id}` : undefined} component="section">
      <Stack gap="xs">
        {withTitle ? (
          <Title order={3} size="h4" id={`indicator-title-${id}`}>
            {id} · {t(`fidelityIndicators.items.${id}`)}
          </Title>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Text size="sm">
            {t("fidelityIndicators.value")} :{" "}
            <strong>
              {indicator.value === null ? t("fidelityIndicators.noValue") : `${formatIndicatorNumber(indicator.value, indicator.unit, i18n.language)}`}
              {indicator.value !== null && indicator.unit && indicator.unit !== "share" ? ` ${t(`fidelityIndicators.units.${indicator.unit}`, { count: indicator.value })}` : null}
            </strong>
          </Text>
          {computed ? (
            indicator.suggestedScore === null ? (
              <Badge color="gray" variant="light">
                {t("fidelityIndicators.noSuggestedScore")}
              </Badge>
            ) : (
              <Badge color="blue" variant="filled" size="lg" data-testid={`suggested-score-${id}`}>
                {t("fidelityIndicators.suggestedScore", { score: indicator.suggestedScore })}
              </Badge>
            )
          ) : (
            <Badge color="gray" variant="outline">
              {t("fidelityIndicators.partial")}
            </Badge>
          )}
          {indicator.usesUnconfirmedThreshold ? (
            <Badge color="orange" variant="light">
              {t("fidelityIndicators.unconfirmed")}
            </Badge>
          ) : null}
          {onUseSuggestedScore && indicator.suggestedScore !== null ? (
            <Button size="compact-sm" variant="light" onClick={() => onUseSuggestedScore(indicator.suggestedScore!)}>
              {t("fidelityIndicators.useSuggested", { score: indicator.suggestedScore })}
            </Button>
          ) : null}
        </Group>
        {indicator.rule ? (
          <Text size="sm" c="dark.6">
            {t(`fidelityIndicators.rules.${indicator.rule.code.replace(".", "_")}`, params)}
            {computed ? ` ${t(lowerIsBetter(id) ? "fidelityIndicators.scaleAtMost" : "fidelityIndicators.scaleAtLeast", params)}` : null}
          </Text>
        ) : null}
        <IndicatorEvidenceList indicator={indicator} specialistNames={specialistNames} />
      </Stack>
    </Paper>
  );
};
