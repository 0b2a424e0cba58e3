import { NativeSelect } from "@mantine/core";
import { occupationTree } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const tree = occupationTree();

/** The occupation family (ROME domaine professionnel), grouped by grand domaine. */
export const OccupationSelect = ({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) => {
  const { t, i18n } = useTranslation();
  const fr = i18n.language.startsWith("fr");
  return (
    <NativeSelect
      label={t("jobs.form.occupation")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data={[
        { value: "", label: t("common.choose") },
        ...tree.map(({ grandDomaine, domaines }) => ({
          group: fr ? grandDomaine.labelFr : grandDomaine.labelEn,
          items: domaines.map((d) => ({ value: d.code, label: fr ? d.labelFr : d.labelEn })),
        })),
      ]}
    />
  );
};
