import { TextInput, type TextInputProps } from "@mantine/core";
import { todayIso } from "../format/dates";

type PastDateInputProps = Omit<TextInputProps, "type" | "value" | "onChange" | "max"> & {
  value: string;
  onChange: (value: string) => void;
};

/** A date that has already happened (a contact, a consent given or withdrawn): today at the latest, required. */
export const PastDateInput = ({ value, onChange, ...props }: PastDateInputProps) => (
  <TextInput
    type="date"
    required
    max={todayIso()}
    value={value}
    onChange={(e) => onChange(e.currentTarget.value)}
    {...props}
  />
);
