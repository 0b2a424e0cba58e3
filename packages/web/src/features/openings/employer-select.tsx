import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEmployers } from "../employers/employers-api";

type Props = { value: { id: string; name: string } | null; onChange: (value: { id: string; name: string } | null) => void; error?: string };

/** An employer of the register, searched on the server as you type (`?q=`): openings always belong to a known employer. */
export const EmployerSelect = ({ value, onChange, error }: Props) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const q = debounced === value?.name ? "" : debounced;
  const employers = useEmployers({ q: q || undefined, stage: "", limit: 20, offset: 0 });
  const items = employers.data?.items ?? [];
  const options = items.map((e) => ({ value: e.id, label: e.place ? `${e.name} (${e.place.name})` : e.name }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name });
  return (
    <Select
      label={t("openings.employer")}
      description={t("openings.employerHint")}
      required
      searchable
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t("openings.noEmployer")}
      onChange={(id) => {
        const found = items.find((e) => e.id === id);
        onChange(found ? { id: found.id, name: found.name } : null);
      }}
      error={error}
      autoComplete="off"
    />
  );
};
