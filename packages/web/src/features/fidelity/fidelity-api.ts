import type {
  CreateFidelityReviewInput,
  FidelityReview,
  FidelityReviewList,
  FidelitySettings,
  UpdateFidelityReviewInput,
  UpdateFidelitySettingsInput,
} from "@passerelle/domain";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import { fidelityIndicatorKeys } from "./indicators-api";

export const fidelityKeys = {
  all: ["fidelity"] as const,
  list: (programId: string) => ["fidelity", "reviews", programId] as const,
  review: (id: string) => ["fidelity", "review", id] as const,
  settings: (programId: string) => ["fidelity", "settings", programId] as const,
};

export const useFidelityReviews = (programId: string) =>
  useQuery({
    queryKey: fidelityKeys.list(programId),
    queryFn: ({ signal }) => api.get<FidelityReviewList>("/fidelity/reviews", { programId }, signal),
    enabled: Boolean(programId),
  });

export const useFidelityReview = (id: string) =>
  useQuery({ queryKey: fidelityKeys.review(id), queryFn: ({ signal }) => api.get<FidelityReview>(`/fidelity/reviews/${id}`, undefined, signal) });

/** The reviews of a comparison, each its own query (they share the cache with the editor). */
export const useFidelityReviewsByIds = (ids: string[]) =>
  useQueries({
    queries: ids.map((id) => ({ queryKey: fidelityKeys.review(id), queryFn: () => api.get<FidelityReview>(`/fidelity/reviews/${id}`) })),
  });

export const useCreateFidelityReview = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFidelityReviewInput) => api.post<FidelityReview>("/fidelity/reviews", input),
    onSuccess: (review) => {
      queryClient.setQueryData(fidelityKeys.review(review.id), review);
      void queryClient.invalidateQueries({ queryKey: fidelityKeys.list(review.programId) });
    },
  });
};

export const useUpdateFidelityReview = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateFidelityReviewInput) => api.patch<FidelityReview>(`/fidelity/reviews/${id}`, input),
    onSuccess: (review) => {
      queryClient.setQueryData(fidelityKeys.review(id), review);
      void queryClient.invalidateQueries({ queryKey: fidelityKeys.list(review.programId) });
    },
  });
};

export const useFidelitySettings = (programId: string) =>
  useQuery({
    queryKey: fidelityKeys.settings(programId),
    queryFn: ({ signal }) => api.get<FidelitySettings>(`/programs/${programId}/fidelity-settings`, undefined, signal),
    enabled: Boolean(programId),
  });

/** Settings change the bands of every review of the program (and E's indicators): refresh all fidelity data. */
export const useSaveFidelitySettings = (programId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateFidelitySettingsInput) => api.put<FidelitySettings>(`/programs/${programId}/fidelity-settings`, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: fidelityKeys.all });
      void queryClient.invalidateQueries({ queryKey: fidelityIndicatorKeys.all });
    },
  });
};
