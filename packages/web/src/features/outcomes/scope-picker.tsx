import { Group, NativeSelect, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CASELOAD_ROLES, membersWithRoles, useMembers } from "../programs/programs-queries";
import type { ReportScope } from "./use-report-scope";

const ALL = "";

/** Whose figures: a program (or all of them) and, for team leads and admins, one specialist's caseload. */
export const ScopePicker = ({ scope, onChange }: { scope: ReportScope; onChange: (patch: { programId?: string; specialistId?: string }) => void }) => {
  const { t } = useTranslation();
  const members = useMembers(scope.canPickSpecialist ? scope.query.programId : null);
  const specialists = membersWithRoles(members.data, CASELOAD_ROLES);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      {scope.programs.length > 1 ? (
        <NativeSelect
          label={t("outcomes.scope.program")}
          value={scope.query.programId ?? ALL}
          onChange={(e) => onChange({ programId: e.currentTarget.value || undefined, specialistId: undefined })}
          data={[
            ...(scope.canPickAll ? [{ value: ALL, label: t("outcomes.scope.allPrograms") }] : []),
            ...scope.programs.map((p) => ({ value: p.id, label: p.name })),
          ]}
          miw={240}
        />
      ) : null}
      {scope.canPickSpecialist ? (
        <NativeSelect
          label={t("outcomes.scope.specialist")}
          value={scope.query.specialistId ?? ALL}
          onChange={(e) => onChange({ specialistId: e.currentTarget.value || undefined })}
          data={[{ value: ALL, label: t("outcomes.scope.wholeProgram") }, ...specialists.map((m) => ({ value: m.userId, label: m.name }))]}
          miw={240}
        />
      ) : null}
      {scope.own ? (
        <Text size="sm" fw={600} pb={6}>
          {t("outcomes.scope.ownOnly")}
        </Text>
      ) : null}
    </Group>
  );
};
