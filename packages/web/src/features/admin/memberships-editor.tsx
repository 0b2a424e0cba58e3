import { ActionIcon, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { type Program, type Role, roles } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { useServices } from "../services/services-api";
import type { MembershipInput } from "./admin-api";

/** A clinician belongs to one partner service of the program: it decides which people they see (with consent). */
const ClinicianServiceSelect = ({ programId, value, onChange }: { programId: string; value: string; onChange: (serviceId: string | null) => void }) => {
  const { t } = useTranslation();
  const services = useServices({ programId });
  const options = (services.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <NativeSelect
      label={t("services.clinicianService")}
      description={t("services.clinicianServiceHint")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: "", label: t("services.noClinicianService") }, ...options]}
      disabled={services.isPending}
      style={{ flex: "1 1 100%" }}
    />
  );
};

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
              onChange={(e) => update(index, { programId: e.currentTarget.value, serviceId: null })}
              data={programs.map((p) => ({ value: p.id, label: p.name }))}
              style={{ flex: "1 1 12rem" }}
            />
            <NativeSelect
              label={t("admin.membershipRole")}
              value={m.role}
              onChange={(e) => {
                const role = e.currentTarget.value as Role;
                update(index, { role, serviceId: role === "clinician" ? m.serviceId : null });
              }}
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
            {m.role === "clinician" ? (
              <ClinicianServiceSelect programId={m.programId} value={m.serviceId ?? ""} onChange={(serviceId) => update(index, { serviceId })} />
            ) : null}
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
