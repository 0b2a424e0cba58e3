import { Autocomplete, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useEmployers } from "../employers/employers-api";

type Props = {
  employerId: string | null;
  employerName: string;
  onChange: (value: { employerId: string | null; employerName: string }) => void;
  error?: string;
};

/**
 * The employer: one of the program's register (searched as you type, `?q=`) or a free name when the person found
 * the job alone. Typing a name that is not the register's exact one goes back to a free name.
 */
export const EmployerPicker = ({ employerId, employerName, onChange, error }: Props) => {
  const { t } = useTranslation();
  const [q] = useDebouncedValue(employerName.trim(), 250);
  const employers = useEmployers({ q, limit: 10, offset: 0 });
  const items = employers.data?.items ?? [];
  const byLabel = new Map(items.map((e) => [e.name, e.id]));
  return (
    <div>
      <Autocomplete
        label={t("jobs.form.employer")}
        description={t("jobs.form.employerHint")}
        required
        value={employerName}
        data={[...new Set(items.map((e) => e.name))]}
        // Choosing an option also fires onChange with its name: the register's exact name links the employer.
        onChange={(name) => onChange({ employerName: name, employerId: byLabel.get(name) ?? null })}
        error={error}
        limit={10}
      />
      <Text size="xs" c="dimmed" mt={4} aria-live="polite">
        {employerId ? t("jobs.form.employerFromRegister") : employerName.trim() ? t("jobs.form.employerFree") : ""}
      </Text>
    </div>
  );
};
