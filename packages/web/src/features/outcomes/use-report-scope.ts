import { outcomesScope, type Program } from "@passerelle/domain";
import { useAccess } from "../../shared/hooks/use-access";
import { useProgramsWith } from "../programs/programs-queries";
import type { OutcomesScopeParams } from "./outcomes-api";
import type { ReportParams } from "./use-report-params";

export type ReportScope = {
  isPending: boolean;
  programs: Program[];
  /** "All my programs" is offered only to who reads every one of them as a whole (admin, team lead of each). */
  canPickAll: boolean;
  /** A specialist reads only their own figures ("Mes résultats"): the scope is fixed to them. */
  own: boolean;
  /** Whether a specialist can be picked (team leads and admins, within one program). */
  canPickSpecialist: boolean;
  query: OutcomesScopeParams;
};

/**
 * What the report may be asked for, from the user's roles (`outcomesScope`): the server enforces the same, this
 * only avoids offering what it would refuse.
 */
export const useReportScope = (params: ReportParams): ReportScope => {
  const access = useAccess();
  const { programs, isPending } = useProgramsWith("outcomes.read");
  const scopeIn = (programId: string) => {
    const role = access.roleIn(programId);
    return role ? outcomesScope(role) : "none";
  };
  const canPickAll = programs.length > 1 && programs.every((p) => scopeIn(p.id) === "program");
  const asked = programs.find((p) => p.id === params.programId)?.id;
  const programId = asked ?? (canPickAll ? undefined : programs[0]?.id);
  const own = programId !== undefined && scopeIn(programId) === "own";
  const canPickSpecialist = programId !== undefined && !own;
  const specialistId = own ? access.userId : canPickSpecialist ? params.specialistId : undefined;
  return {
    isPending,
    programs,
    canPickAll,
    own,
    canPickSpecialist,
    query: { from: params.from, to: params.to, programId, specialistId },
  };
};
