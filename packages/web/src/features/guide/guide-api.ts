import type { GuideCompletion, GuideContent, GuideSelfEvaluation, GuideSelfEvaluationList, SaveGuideSelfEvaluationInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "../../api/api-client";

export const guideKeys = {
  all: ["guide"] as const,
  content: () => ["guide", "content"] as const,
  mine: (programId: string) => ["guide", "mine", programId] as const,
  completion: (programId: string) => ["guide", "completion", programId] as const,
};

/** The guide's text changes only with a new release: read once per visit. */
export const useGuideContent = () =>
  useQuery({ queryKey: guideKeys.content(), queryFn: ({ signal }) => api.get<GuideContent>("/guide", undefined, signal), staleTime: Number.POSITIVE_INFINITY });

export const useMySelfEvaluations = (programId: string) =>
  useQuery({
    queryKey: guideKeys.mine(programId),
    queryFn: ({ signal }) => api.get<GuideSelfEvaluationList>("/guide/self-evaluations", { programId }, signal),
    enabled: Boolean(programId),
  });

export const useSaveSelfEvaluation = (programId: string, chapter: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveGuideSelfEvaluationInput) =>
      apiRequest<GuideSelfEvaluation>(`/guide/self-evaluations/${chapter}`, { method: "PUT", body: input, query: { programId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: guideKeys.mine(programId) });
      void queryClient.invalidateQueries({ queryKey: guideKeys.completion(programId) });
    },
  });
};

export const useGuideCompletion = (programId: string) =>
  useQuery({
    queryKey: guideKeys.completion(programId),
    queryFn: ({ signal }) => api.get<GuideCompletion>("/guide/completion", { programId }, signal),
    enabled: Boolean(programId),
  });
