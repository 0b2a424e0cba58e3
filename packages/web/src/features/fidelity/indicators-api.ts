import type { FidelityIndicatorsResponse } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";

export const fidelityIndicatorKeys = {
  all: ["fidelity-indicators"] as const,
  period: (programId: string, from: string, to: string) => [...fidelityIndicatorKeys.all, programId, from, to] as const,
};

/** The IPS-25 indicators the records give for a program and a period (ids only: the screen names nobody). */
export const useFidelityIndicators = (programId: string | null | undefined, from: string, to: string) =>
  useQuery({
    queryKey: fidelityIndicatorKeys.period(programId ?? "", from, to),
    queryFn: ({ signal }) => api.get<FidelityIndicatorsResponse>("/fidelity/indicators", { programId: programId ?? "", from, to }, signal),
    enabled: Boolean(programId) && Boolean(from) && Boolean(to) && from <= to,
    staleTime: 60_000,
  });
