import { Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { CommuneSummary } from "@passerelle/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommuneSearch } from "./places-api";

export type CommuneValue = { inseeCode: string; name: string; postalCode: string | null };

const labelOf = (c: { name: string; department?: { code: string } }): string => (c.department ? `${c.name} (${c.department.code})` : c.name);

type Props = { label: string; value: CommuneValue | null; onChange: (value: CommuneValue | null) => void; error?: string; required?: boolean };

/**
 * A French commune, searched on the server as you type: a name's beginning (accents ignored), a postal code or
 * an INSEE code. The chosen commune keeps its INSEE code, which is what matching compares.
 */
export const CommunePicker = ({ label, value, onChange, error, required }: Props) => {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<CommuneSummary | null>(null);
  const selectedLabel = value ? labelOf(chosen?.inseeCode === value.inseeCode ? chosen : value) : "";
  const [search, setSearch] = useState(selectedLabel);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useCommuneSearch(debounced === selectedLabel ? "" : debounced);
  const items = debounced === selectedLabel ? [] : (results.data?.items ?? []);
  const options = items.map((c) => ({ value: c.inseeCode, label: labelOf(c) }));
  if (value && !options.some((o) => o.value === value.inseeCode)) options.unshift({ value: value.inseeCode, label: selectedLabel });
  const details = chosen && value && chosen.inseeCode === value.inseeCode ? chosen : null;

  return (
    <Stack gap={4}>
      <Select
        label={label}
        description={t("places.communeHint")}
        required={required}
        searchable
        clearable
        data={options}
        value={value?.inseeCode ?? null}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={debounced ? t("places.noCommune") : t("places.typeToSearch")}
        onChange={(code) => {
          const found = items.find((c) => c.inseeCode === code);
          if (found) {
            setChosen(found);
            onChange({ inseeCode: found.inseeCode, name: found.name, postalCode: found.postalCodes[0] ?? null });
          } else if (!code) onChange(null);
        }}
        error={error}
        autoComplete="off"
      />
      {details ? (
        <Text size="xs" c="dimmed" aria-live="polite">
          {t("places.communeDetails", { department: `${details.department.name} (${details.department.code})`, epci: details.epci?.name ?? t("places.noEpci") })}
        </Text>
      ) : null}
    </Stack>
  );
};
