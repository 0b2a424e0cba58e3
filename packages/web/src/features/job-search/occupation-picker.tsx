import { NativeSelect } from "@mantine/core";
import { occupationTree } from "@passerelle/domain";
import { useTranslation } from "react-i18next";

const tree = occupationTree();

type Props = { label: string; value: string; onChange: (code: string) => void; readOnly?: boolean; error?: string };

/** A ROME domaine professionnel, grouped by grand domaine; empty when not chosen. */
export const OccupationPicker = ({ label, value, onChange, readOnly, error }: Props) => {
  const { t, i18n } = useTranslation();
  const fr = !i18n.language.startsWith("en");
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      disabled={readOnly}
      error={error}
      data={[
        { value: "", label: t("common.choose") },
        ...tree.map(({ grandDomaine, domaines }) => ({
          group: fr ? grandDomaine.labelFr : grandDomaine.labelEn,
          items: domaines.map((d) => ({ value: d.code, label: `${d.code} · ${fr ? d.labelFr : d.labelEn}` })),
        })),
      ]}
    />
  );
};
