import type { CreateSupervisionInput, SupervisionSession } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";

const supervisionKeys = { list: (programId: string) => ["supervision", programId] as const };

export const useSupervisionSessions = (programId: string) =>
  useQuery({
    queryKey: supervisionKeys.list(programId),
    queryFn: () => api.get<{ items: SupervisionSession[]; total: number }>("/supervision-sessions", { programId, limit: 200 }),
    enabled: Boolean(programId),
  });

export const useRecordSupervision = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSupervisionInput) => api.post<SupervisionSession>("/supervision-sessions", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["supervision"] }),
  });
};
