import type { NetworkOutcomes } from "@passerelle/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export const networkOutcomesKeys = {
  all: ["network-outcomes"] as const,
  period: (from: string, to: string) => [...networkOutcomesKeys.all, from, to] as const,
};

/** The programs of the user's network side by side: aggregates only, small cells masked by the server. */
export const useNetworkOutcomes = (from: string, to: string) =>
  useQuery({
    queryKey: networkOutcomesKeys.period(from, to),
    queryFn: ({ signal }) => api.get<NetworkOutcomes>("/network/outcomes", { from, to }, signal),
    placeholderData: keepPreviousData,
  });
