import type { CommuneList } from "@passerelle/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";

/** The commune search (reference data: it changes once a year, so answers are kept for the session). */
export const useCommuneSearch = (q: string) =>
  useQuery({
    queryKey: ["communes", q],
    queryFn: ({ signal }) => api.get<CommuneList>("/places/communes", { q }, signal),
    enabled: q.trim().length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
