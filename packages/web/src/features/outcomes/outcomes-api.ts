import type { OutcomesReport } from "@passerelle/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../api/api-client";

/** What a report is asked for: a period and a scope (no program: every program the user may read). */
export type OutcomesScopeParams = { from: string; to: string; programId?: string; specialistId?: string };

export const outcomesKeys = {
  all: ["outcomes"] as const,
  report: (params: OutcomesScopeParams) => [...outcomesKeys.all, "report", params] as const,
  records: (params: Record<string, string | undefined>) => [...outcomesKeys.all, "records", params] as const,
};

export const useOutcomes = (params: OutcomesScopeParams, enabled = true) =>
  useQuery({
    queryKey: outcomesKeys.report(params),
    queryFn: ({ signal }) => api.get<OutcomesReport>("/outcomes", { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

/** The file the server builds (same figures as the screen), in the UI's language. */
export const outcomesExportUrl = (params: OutcomesScopeParams & { format: "csv" | "xlsx"; language: string }): string =>
  buildUrl("/api/outcomes/export", {
    format: params.format,
    from: params.from,
    to: params.to,
    programId: params.programId,
    specialistId: params.specialistId,
    lang: params.language.startsWith("en") ? "en" : "fr",
  });
