import { Checkbox, Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { participantStatuses, type Program } from "@passerelle/domain";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CASELOAD_ROLES, membersWithRoles, useMembers } from "../programs/programs-queries";
import type { CaseloadFilters, CaseloadScope } from "./use-caseload-filters";

type CaseloadFiltersProps = {
  filters: CaseloadFilters;
  onChange: (patch: Partial<CaseloadFilters>) => void;
  withScope: boolean;
  withSpecialistPicker: boolean;
  programs: Program[];
  /** The program whose members are offered in the specialist picker. */
  membersProgramId: string | null;
};

export const CaseloadFiltersBar = ({
  filters,
  onChange,
  withScope,
  withSpecialistPicker,
  programs,
  membersProgramId,
}: CaseloadFiltersProps) => {
  const { t } = useTranslation();
  const scopeLabelId = useId();
  const [search, setSearch] = useState(filters.q);
  const [debounced] = useDebouncedValue(search, 300);
  const members = useMembers(withSpecialistPicker ? membersProgramId : null);

  useEffect(() => {
    if (debounced.trim() !== filters.q) onChange({ q: debounced.trim() });
    // Only the typed text drives this effect.
  }, [debounced]);

  const scopes: { value: CaseloadScope; label: string }[] = [
    { value: "mine", label: t("caseload.scopeMine") },
    { value: "all", label: t("caseload.scopeAll") },
    { value: "unassigned", label: t("caseload.scopeUnassigned") },
    ...(withSpecialistPicker ? [{ value: "specialist" as const, label: t("caseload.scopeSpecialist") }] : []),
  ];
  const specialists = membersWithRoles(members.data, CASELOAD_ROLES);

  return (
    <Stack gap="sm" mb="md" component="section" aria-label={t("caseload.filters")}>
      {withScope ? (
        <Stack gap={4}>
          <Input.Label id={scopeLabelId} labelElement="div">
            {t("caseload.scope")}
          </Input.Label>
          <SegmentedControl
            aria-labelledby={scopeLabelId}
            data={scopes}
            value={filters.scope}
            onChange={(scope) => onChange({ scope })}
            fullWidth
            className="segmented-grid"
            withItemsBorders={false}
          />
        </Stack>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput
          label={t("caseload.search")}
          placeholder={t("caseload.searchPlaceholder")}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <NativeSelect
          label={t("caseload.statusFilter")}
          value={filters.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as CaseloadFilters["status"] })}
          data={[
            { value: "active", label: t("caseload.activeStatuses") },
            { value: "", label: t("caseload.allStatuses") },
            ...participantStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        {programs.length > 1 ? (
          <NativeSelect
            label={t("caseload.programFilter")}
            value={filters.programId}
            onChange={(e) => onChange({ programId: e.currentTarget.value, specialistId: "" })}
            data={[{ value: "", label: t("caseload.allPrograms") }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
            />
        ) : null}
        {filters.scope === "specialist" && withSpecialistPicker ? (
          <NativeSelect
            label={t("caseload.specialistFilter")}
            value={filters.specialistId}
            onChange={(e) => onChange({ specialistId: e.currentTarget.value })}
            data={[
              { value: "", label: t("caseload.chooseSpecialist") },
              ...specialists.map((m) => ({ value: m.userId, label: m.name })),
            ]}
            />
        ) : null}
      </SimpleGrid>
      <Checkbox
        label={t("caseload.noContactFilter")}
        checked={filters.noContact}
        onChange={(e) => onChange({ noContact: e.currentTarget.checked })}
      />
    </Stack>
  );
};
