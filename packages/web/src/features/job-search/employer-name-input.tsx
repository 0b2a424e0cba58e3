import { Autocomplete, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useEmployerSuggestions } from "./job-search-api";

type Props = {
  label: string;
  employerId: string | null;
  name: string;
  onChange: (value: { employerId: string | null; name: string }) => void;
  /** Only users who may read the register get its suggestions; the others type a name. */
  withRegister: boolean;
  readOnly?: boolean;
  required?: boolean;
  error?: string;
};

/** An employer of the program's register (searched as you type) or any name; typing after a choice frees the name. */
export const EmployerNameInput = ({ label, employerId, name, onChange, withRegister, readOnly, required, error }: Props) => {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(name.trim(), 250);
  const employers = useEmployerSuggestions(q, withRegister && !readOnly);
  const items = employers.data?.items ?? [];
  const byName = new Map(items.map((e) => [e.name, e.id]));
  const status = employerId ? t("jobSearch.employerFromRegister") : name.trim() ? t("jobSearch.employerFree") : "";
  if (readOnly || !withRegister) {
    return (
      <TextInput
        label={label}
        required={required}
        value={name}
        readOnly={readOnly}
        description={readOnly ? status : undefined}
        onChange={(e) => onChange({ employerId: null, name: e.currentTarget.value })}
        error={error}
      />
    );
  }
  return (
    <div>
      <Autocomplete
        label={label}
        description={t("jobSearch.employerHint")}
        required={required}
        value={name}
        data={[...new Set(items.map((e) => e.name))]}
        onChange={(next) => onChange({ employerId: null, name: next })}
        onOptionSubmit={(next) => onChange({ employerId: byName.get(next) ?? null, name: next })}
        error={error}
        limit={10}
      />
      <Text size="xs" c="dimmed" mt={4} aria-live="polite">
        {status}
      </Text>
    </div>
  );
};
