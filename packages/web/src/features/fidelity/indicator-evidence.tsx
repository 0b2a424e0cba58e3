import { Anchor, Button, Collapse, Group, List, Text } from "@mantine/core";
import type { FidelityIndicator, IndicatorEvidence } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatIndicatorNumber } from "./indicator-format";

/** Lines whose value is a rate in the item's unit (one specialist's caseload, contacts per week, coverage). */
const perSpecialistCodes = new Set(["S1.specialist", "Sv6.specialist", "O1.specialist_coverage"]);

/** The server's codes are data, not literal keys: looked up as plain strings (a missing one shows the code). */
export type LooseTranslate = (key: string, options?: Record<string, unknown>) => string;

/** The translated label of an evidence line: codes with a reason ("O6.declined.<reason>") name it. */
const useEvidenceLabel = () => {
  const t = useTranslation().t as unknown as LooseTranslate;
  return (line: IndicatorEvidence, specialistName: string | null): string => {
    const [item, what, reason] = line.code.split(".");
    if (reason !== undefined) return t(`fidelityIndicators.evidence.${item}.${what}`, { reason: t(`fidelityIndicators.reasons.${reason}`, { defaultValue: reason }) });
    if (line.specialistId) return t(`fidelityIndicators.evidence.${item}.${what}`, { name: specialistName ?? t("fidelityIndicators.unknownSpecialist") });
    return t(`fidelityIndicators.evidence.${line.code}`, { defaultValue: line.code });
  };
};

/**
 * The people behind a line: the answer carries ids only, so each is a numbered link to their record (the record
 * itself checks who may read it, and audits the read).
 */
const PeopleLinks = ({ ids, lineId }: { ids: string[]; lineId: string }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={lineId}>
        {open ? t("fidelityIndicators.hidePeople") : t("fidelityIndicators.showPeople", { count: ids.length })}
      </Button>
      <Collapse expanded={open} id={lineId}>
        <Group gap="xs" mt={4}>
          {ids.map((id, index) => (
            <Anchor key={id} component={Link} to={`/participants/${id}`} size="sm">
              {t("fidelityIndicators.person", { n: index + 1 })}
            </Anchor>
          ))}
        </Group>
      </Collapse>
    </>
  );
};

export const IndicatorEvidenceList = ({ indicator, specialistNames }: { indicator: FidelityIndicator; specialistNames: Map<string, string> }) => {
  const { i18n, t: typed } = useTranslation();
  const t = typed as unknown as LooseTranslate;
  const label = useEvidenceLabel();
  if (indicator.evidence.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={t("fidelityIndicators.evidenceTitle")}>
      {indicator.evidence.map((line, index) => {
        const unit = perSpecialistCodes.has(line.code) ? (line.code === "O1.specialist_coverage" ? "share" : indicator.unit) : null;
        const value = line.value === null ? t("fidelityIndicators.noValue") : formatIndicatorNumber(line.value, unit, i18n.language);
        const lineId = `evidence-${indicator.itemId}-${index}`;
        return (
          <List.Item key={lineId}>
            <Text span size="sm">
              {label(line, line.specialistId ? (specialistNames.get(line.specialistId) ?? null) : null)} : <strong>{value}</strong>
              {unit && line.kind && line.ids.length > 0 ? ` (${t(`fidelityIndicators.kinds.${line.kind}`, { count: line.ids.length })})` : null}
              {!unit && line.kind && line.kind !== "participant" && line.ids.length > 0 && line.ids.length !== line.value
                ? ` (${t(`fidelityIndicators.kinds.${line.kind}`, { count: line.ids.length })})`
                : null}
            </Text>
            {line.kind === "participant" && line.ids.length > 0 ? <PeopleLinks ids={line.ids} lineId={lineId} /> : null}
          </List.Item>
        );
      })}
    </List>
  );
};
