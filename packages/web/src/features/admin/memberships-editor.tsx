import { ActionIcon, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { type Program, type Role, roles } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import type { MembershipInput } from "./admin-api";

type MembershipsEditorProps = {
  programs: Program[];
  value: MembershipInput[];
  onChange: (value: MembershipInput[]) => void;
  error?: string;
};

/** One row per program: which program, which role. The installation-wide admin flag is separate. */
export const MembershipsEditor = ({ programs, value, onChange, error }: MembershipsEditorProps) => {
  const { t } = useTranslation();
  const programRoles = roles;
  const update = (index: number, patch: Partial<MembershipInput>) =>
    onChange(value.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const unused = programs.find((p) => !value.some((m) => m.programId === p.id));

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t("admin.membershipsTitle")}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("admin.noMemberships")}
        </Text>
      ) : null}
      {value.map((m, index) => {
        const n = index + 1;
        return (
          <Group key={`${m.programId}-${index}`} align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t("admin.membershipRow", { index: n })}>
            <NativeSelect
              label={t("admin.membershipProgram")}
              value={m.programId}
              onChange={(e) => update(index, { programId: e.currentTarget.value })}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              style={{ flex: "1 1 12rem" }}
            />
            <NativeSelect
              label={t("admin.membershipRole")}
              value={m.role}
              onChange={(e) => update(index, { role: e.currentTarget.value as Role })}
              data={programRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              style={{ flex: "1 1 12rem" }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={t("admin.removeMembership", { index: n })}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        );
      })}
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
      {unused ? (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => onChange([...value, { programId: unused.id, role: "specialist" }])}
        >
          {t("admin.addMembership")}
        </Button>
      ) : null}
    </Stack>
  );
};
