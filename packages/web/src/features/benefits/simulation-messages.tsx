import { Alert, List, Stack, Text, Title } from "@mantine/core";
import type { BenefitsCalendarEntry, SimulationMessage } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { useBenefitsText } from "./use-benefits-text";

/** Where the rules bite on the person's income: announced (role=alert). The others are information. */
const riskCodes = new Set(["ppa_aah_cliff_below", "ppa_aah_cliff_near", "rsdae_review_risk", "rsdae_review_risk_estimated", "mva_loss", "scenario_wage_below_smic"]);

export const WarningsList = ({ warnings, headingId }: { warnings: SimulationMessage[]; headingId: string }) => {
  const { t } = useTranslation();
  const text = useBenefitsText();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t("benefits.results.warnings")}
      </Title>
      {warnings.length === 0 ? (
        <Text c="dimmed">{t("benefits.results.noWarnings")}</Text>
      ) : (
        <Stack gap="xs">
          {warnings.map((w) => {
            const risk = riskCodes.has(w.code);
            return (
              <Alert key={w.code} color={risk ? "orange" : "blue"} variant="light" role={risk ? "alert" : "note"} title={t(risk ? "benefits.results.risk" : "benefits.results.information")}>
                {text(w)}
              </Alert>
            );
          })}
        </Stack>
      )}
    </section>
  );
};

/** When and why the amounts change, in the order the person lives them (quarterly declarations, uprating...). */
export const CalendarList = ({ calendar, headingId }: { calendar: BenefitsCalendarEntry[]; headingId: string }) => {
  const { t } = useTranslation();
  const text = useBenefitsText();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t("benefits.results.calendar")}
      </Title>
      {calendar.length === 0 ? (
        <Text c="dimmed">{t("benefits.results.noChange")}</Text>
      ) : (
        <List spacing={6}>
          {calendar.map((entry, i) => (
            <List.Item key={`${entry.month}-${entry.code}-${i}`}>{text(entry)}</List.Item>
          ))}
        </List>
      )}
    </section>
  );
};
