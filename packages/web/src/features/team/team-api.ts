import type { CaseloadOverview } from "@passerelle/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { caseloadKeys } from "../../api/query-keys";
import { reassignParticipants } from "../participants/participants-api";
import { useInvalidateParticipant } from "../participants/participants-queries";

export const useCaseloadOverview = (programId: string | null) =>
  useQuery({
    queryKey: caseloadKeys.overview(programId ?? ""),
    queryFn: () => api.get<CaseloadOverview>("/caseloads", { programId: programId ?? undefined }),
    enabled: Boolean(programId),
  });

export const useReassign = () => {
  const invalidate = useInvalidateParticipant();
  return useMutation({
    mutationFn: reassignParticipants,
    // Each moved person's record changes too; lists and overview are refreshed, records on next visit.
    onSuccess: (_result, input) => {
      invalidate();
      for (const id of input.participantIds) invalidate(id);
    },
  });
};
