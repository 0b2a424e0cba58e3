import { Accordion, List, Text } from "@mantine/core";
import { type CompareScenariosResponse, franceCoverage, franceParameter, type FranceParameterName, type SimulationMessage } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { formatMonth } from "./format";
import { useBenefitsText } from "./use-benefits-text";

/** The rules a person most often asks about, with their legal source (quoted from the dated parameters). */
const sourcedRules: FranceParameterName[] = [
  "aah_montant",
  "aah_abattement_30",
  "aah_cumul_integral_reprise_activite_mois",
  "ppa_montant_de_base",
  "ppa_seuil_aah_activite_smic_h",
  "smic_b_horaire",
  "taux_cotisations_salariales_non_cadre",
];

const distinct = (messages: SimulationMessage[]): SimulationMessage[] => {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.code}:${JSON.stringify(m.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** What the calculation takes for granted, and where the rules come from: folded, one click away. */
export const AssumptionsSection = ({ comparison }: { comparison: CompareScenariosResponse }) => {
  const { t, i18n } = useTranslation();
  const text = useBenefitsText();
  const assumptions = distinct([
    ...comparison.baseline.assumptions,
    ...comparison.scenarios.flatMap((s) => [...s.assumptions, ...s.result.assumptions]),
  ]);
  return (
    <Accordion variant="separated" multiple>
      <Accordion.Item value="assumptions">
        <Accordion.Control>{t("benefits.results.assumptions")}</Accordion.Control>
        <Accordion.Panel>
          <List spacing={6} size="sm">
            {assumptions.map((a) => (
              <List.Item key={`${a.code}:${JSON.stringify(a.params)}`}>{text(a)}</List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="sources">
        <Accordion.Control>{t("benefits.results.sources")}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t("benefits.results.sourcesIntro", { lastDated: formatMonth(franceCoverage.lastDatedMonth, i18n.language) })}
          </Text>
          <List spacing={6} size="sm">
            {sourcedRules.map((name) => {
              const parameter = franceParameter(name);
              return (
                <List.Item key={name}>
                  <Text span fw={600} size="sm">
                    {parameter.label}
                  </Text>
                  {" : "}
                  {parameter.citation ?? parameter.sources[0]}
                </List.Item>
              );
            })}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
};
