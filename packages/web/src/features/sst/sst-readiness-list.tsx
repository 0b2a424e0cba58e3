import { Group, List, Text } from "@mantine/core";
import type { SstReadiness } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

/**
 * The manual's conditions for reading the series (step 3b: three baseline occasions; step 5: two weeks, several
 * observers), as guidance: each line says in words whether it is met, and the mark repeats it (not colour alone).
 */
export const SstReadinessList = ({ readiness, started }: { readiness: SstReadiness[]; started: boolean }) => {
  const { t } = useTranslation();
  const sentence = (r: SstReadiness): string => {
    if (r.check === "progress_span" && !started) return t("sst.readiness.notStarted");
    return t(`sst.readiness.${r.check}.${r.met ? "met" : "unmet"}`, { count: r.value, required: r.required });
  };
  return (
    <section aria-labelledby="sst-readiness-title">
      <Text id="sst-readiness-title" fw={600} mb={4}>
        {t("sst.readiness.title")}
      </Text>
      <List spacing={4} listStyleType="none" p={0}>
        {readiness.map((r) => (
          <List.Item key={r.check} data-met={r.met}>
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Text component="span" fw={700} c={r.met ? "teal.9" : "orange.9"} aria-hidden="true" w={18} ta="center">
                {r.met ? "✓" : "!"}
              </Text>
              <Text component="span" size="sm">
                <span className="visually-hidden">{r.met ? t("sst.readiness.metPrefix") : t("sst.readiness.unmetPrefix")} </span>
                {sentence(r)}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </section>
  );
};
