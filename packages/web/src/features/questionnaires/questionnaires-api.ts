import type { Questionnaire, QuestionnaireList, QuestionnairesSummary, RecordQuestionnaireInput } from "@passerelle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { participantKeys } from "../../api/query-keys";
import { useInvalidateParticipant } from "../participants/participants-queries";

export type SummaryParams = { programId: string; from: string; to: string; specialistId?: string | null };

export const questionnaireKeys = {
  list: (participantId: string) => [...participantKeys.detail(participantId), "questionnaires"] as const,
  summaries: ["questionnaires-summary"] as const,
  summary: (params: SummaryParams) => [...questionnaireKeys.summaries, params] as const,
};

export const useQuestionnaires = (participantId: string) =>
  useQuery({ queryKey: questionnaireKeys.list(participantId), queryFn: () => api.get<QuestionnaireList>(`/participants/${participantId}/questionnaires`) });

/** A recorded questionnaire refreshes the person's record (list, timeline) and every program summary. */
export const useRecordQuestionnaire = (participantId: string) => {
  const invalidate = useInvalidateParticipant();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordQuestionnaireInput) => api.post<Questionnaire>(`/participants/${participantId}/questionnaires`, input),
    onSuccess: () => {
      invalidate(participantId);
      void queryClient.invalidateQueries({ queryKey: questionnaireKeys.summaries });
    },
  });
};

export const useQuestionnairesSummary = (params: SummaryParams) =>
  useQuery({
    queryKey: questionnaireKeys.summary(params),
    queryFn: () => api.get<QuestionnairesSummary>("/questionnaires/summary", { programId: params.programId, from: params.from, to: params.to, specialistId: params.specialistId ?? undefined }),
  });
