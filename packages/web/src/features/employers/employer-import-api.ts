import type { EmployerImportPreview, EmployerImportResult } from "@passerelle/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { buildUrl } from "../../api/api-client";
import { ApiError, toApiError } from "../../api/api-error";
import { employerKeys } from "./employers-api";

export type ImportRequest = { file: File; programId: string; language: string };

/**
 * The file goes as the request body itself (the server reads CSV or XLSX from its bytes), so no form encoding:
 * the browser streams the File object as it is.
 */
const send = async <T>(path: string, { file, programId, language }: ImportRequest): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(buildUrl(`/api${path}`, { programId }), {
      method: "POST",
      headers: { Accept: "application/json", "Accept-Language": language, "Content-Type": file.type || "application/octet-stream" },
      body: file,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError({ code: "network_error", message: "Network error", status: 0 });
  }
  const text = await response.text();
  let payload: unknown = text;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: toApiError reports an unexpected response
  }
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
};

export const usePreviewEmployerImport = () =>
  useMutation({ mutationFn: (request: ImportRequest) => send<EmployerImportPreview>("/employers/import/preview", request) });

export const useImportEmployers = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => send<EmployerImportResult>("/employers/import", request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employerKeys.lists }),
  });
};

/** The export is a plain link: the browser sends the session cookie and saves the file it gets. */
export const employerExportUrl = (params: { programId: string; format: "csv" | "xlsx"; language: string; q?: string; stage?: string }): string =>
  buildUrl("/api/employers/export", { programId: params.programId, format: params.format, lang: params.language.startsWith("en") ? "en" : "fr", q: params.q, stage: params.stage });
