import { NativeSelect } from "@mantine/core";
import type { Permission } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useProgramsWith } from "../programs/programs-queries";

/**
 * The program whose grids are shown: a member trains in each program they belong to. Kept in the address
 * (`?program=`) so the guide, a chapter and the team view stay on the same program when moving between them.
 */
export const useGuideProgram = (permission: Permission) => {
  const { programs, isPending } = useProgramsWith(permission);
  const [params, setParams] = useSearchParams();
  const wanted = params.get("program");
  const programId = programs.find((p) => p.id === wanted)?.id ?? programs[0]?.id ?? "";
  const choose = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set("program", id);
        return next;
      },
      { replace: true },
    );
  return { programs, programId, choose, isPending, query: programs.length > 1 && programId ? `?program=${programId}` : "" };
};

export const GuideProgramSelect = ({ programs, programId, onChange }: { programs: { id: string; name: string }[]; programId: string; onChange: (id: string) => void }) => {
  const { t } = useTranslation();
  if (programs.length < 2) return null;
  return (
    <NativeSelect
      label={t("guide.program")}
      value={programId}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={programs.map((p) => ({ value: p.id, label: p.name }))}
      maw={360}
    />
  );
};
