import { NativeSelect } from "@mantine/core";
import type { Role } from "@passerelle/domain";
import { membersWithRoles, useMembers } from "../programs/programs-queries";

type MemberSelectProps = {
  programId: string | null;
  roles: readonly Role[];
  label: string;
  emptyLabel: string;
  value: string;
  onChange: (userId: string) => void;
  error?: string;
  disabled?: boolean;
  /** Keeps a current value selectable even if that person left the program. */
  currentName?: string | null;
};

/** Picks a member of the program with one of the given roles (e.g. specialists and team leads). */
export const MemberSelect = ({ programId, roles, label, emptyLabel, value, onChange, error, disabled, currentName }: MemberSelectProps) => {
  const members = useMembers(programId);
  const options = membersWithRoles(members.data, roles).map((m) => ({ value: m.userId, label: m.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: currentName ?? value });
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: "", label: emptyLabel }, ...options]}
      error={error}
      disabled={disabled || members.isPending}
    />
  );
};
