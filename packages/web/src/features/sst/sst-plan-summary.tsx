import { List, Text } from "@mantine/core";
import type { SstPlan } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/** The steps as filled in, in the manual's order (empty answers left out), to read with the person or on paper. */
export const SstPlanSummary = ({ plan }: { plan: SstPlan }) => {
  const { t } = useTranslation();
  const c = plan.content;
  const rows: [string, string][] = [
    [t("sst.form.situation"), plan.situation],
    [t("sst.form.goal"), c.goal],
    [t("sst.form.planReference"), c.planReference],
    [t("sst.form.discussedWith"), c.discussedWith],
    [t("sst.form.domain"), `${t(`sst.domains.${plan.domain}`)} (${t(`sst.domainExamples.${plan.domain}`)})`],
    [t("sst.form.targetBehaviour"), plan.targetBehaviour],
    [t("sst.form.measureKind"), t(`sst.measureKinds.${c.measureKind}`)],
    [t("sst.form.measureDefinition"), plan.measureDefinition],
    [t("sst.form.measureUnit"), c.measureUnit],
    [t("sst.form.betterWhen"), t(`sst.directions.${c.betterWhen}`)],
    [t("sst.form.techniques"), c.techniques.map((k) => t(`sst.techniques.${k}`)).join(", ")],
    [t("sst.form.techniquesNote"), c.techniquesNote],
    [t("sst.form.contexts"), c.contexts],
    [t("sst.form.generalisation"), c.generalisation],
    [t("sst.form.fading"), c.fading],
  ];
  return (
    <List spacing={6} listStyleType="none" p={0} className="sst-summary">
      {rows
        .filter(([, value]) => value.trim() !== "")
        .map(([label, value]) => (
          <List.Item key={label}>
            <Text component="span" fw={600}>
              {label} :
            </Text>{" "}
            <Text component="span" style={{ whiteSpace: "pre-wrap" }}>
              {value}
            </Text>
          </List.Item>
        ))}
    </List>
  );
};
