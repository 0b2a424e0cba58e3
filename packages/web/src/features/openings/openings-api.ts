import type { CreateOpeningInput, Opening, OpeningMatches, OpeningSource, OpeningStatus, UpdateOpeningInput } from "@passerelle/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export type OpeningListParams = {
  q?: string;
  status: OpeningStatus | "all";
  occupation?: string;
  employerId?: string;
  source?: OpeningSource;
  limit: number;
  offset: number;
};

/** Everything about one opening lives under `openingKeys.detail(id)`, so one invalidation refreshes the page. */
export const openingKeys = {
  lists: ["openings"] as const,
  list: (params: OpeningListParams) => [...openingKeys.lists, params] as const,
  detail: (id: string) => ["opening", id] as const,
  matches: (id: string, mine: boolean, limit: number) => [...openingKeys.detail(id), "matches", mine, limit] as const,
};

export const useOpenings = (params: OpeningListParams) =>
  useQuery({
    queryKey: openingKeys.list(params),
    queryFn: ({ signal }) => api.get<{ items: Opening[]; total: number }>("/openings", { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const useOpening = (id: string) => useQuery({ queryKey: openingKeys.detail(id), queryFn: () => api.get<Opening>(`/openings/${id}`) });

export const useOpeningMatches = (id: string, mine: boolean, limit: number) =>
  useQuery({
    queryKey: openingKeys.matches(id, mine, limit),
    queryFn: () => api.get<OpeningMatches>(`/openings/${id}/matches`, { limit, mine: mine ? "true" : undefined }),
    placeholderData: keepPreviousData,
  });

/** A change to an opening changes the lists, its page, and every person's job leads. */
const useInvalidateOpening = () => {
  const queryClient = useQueryClient();
  return (id?: string) => {
    if (id) void queryClient.invalidateQueries({ queryKey: openingKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: openingKeys.lists });
    void queryClient.invalidateQueries({ queryKey: ["participant-matches"] });
  };
};

export const useCreateOpening = () => {
  const invalidate = useInvalidateOpening();
  return useMutation({ mutationFn: (input: CreateOpeningInput) => api.post<Opening>("/openings", input), onSuccess: () => invalidate() });
};

export const useUpdateOpening = (id: string) => {
  const invalidate = useInvalidateOpening();
  return useMutation({ mutationFn: (input: UpdateOpeningInput) => api.patch<Opening>(`/openings/${id}`, input), onSuccess: () => invalidate(id) });
};
