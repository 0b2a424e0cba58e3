import type { Member, Permission, Program, Role } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { programKeys } from "../../api/query-keys";
import { useAccess } from "../../shared/hooks/use-access";
import { fetchMembers, fetchPrograms } from "./programs-api";

export const usePrograms = () =>
  useQuery({ queryKey: programKeys.list(), queryFn: fetchPrograms, select: (data) => data.items, staleTime: 60_000 });

/** Programs where the user may do `permission` (every visible program for an administrator). */
export const useProgramsWith = (permission: Permission): { programs: Program[]; isPending: boolean } => {
  const access = useAccess();
  const { data, isPending } = usePrograms();
  return { programs: (data ?? []).filter((p) => access.can(permission, p.id)), isPending };
};

export const useMembers = (programId: string | null | undefined) =>
  useQuery({
    queryKey: programKeys.members(programId ?? ""),
    queryFn: () => fetchMembers(programId ?? ""),
    enabled: Boolean(programId),
    select: (data) => data.items,
    staleTime: 60_000,
  });

export const membersWithRoles = (members: Member[] | undefined, wanted: readonly Role[]): Member[] =>
  (members ?? []).filter((m) => wanted.includes(m.role)).sort((a, b) => a.name.localeCompare(b.name, "fr"));

/** People who can carry a caseload: specialists and team leads. */
export const CASELOAD_ROLES: readonly Role[] = ["specialist", "team_lead"];
