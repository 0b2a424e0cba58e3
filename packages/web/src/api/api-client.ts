import type { z } from "zod";
import { ApiError, toApiError } from "./api-error";

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

let currentLanguage = "fr";

/** The API translates its error messages from `Accept-Language`: keep it on the UI language. */
export const setApiLanguage = (language: string): void => {
  currentLanguage = language;
};

export const buildUrl = (path: string, query?: Record<string, QueryValue>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

const readBody = async (response: Response): Promise<unknown> => {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Calls the API (same origin, session cookie) and returns the parsed JSON body, or throws an `ApiError`.
 * The response type comes from the domain contracts; it is trusted, not re-validated, so a server that
 * adds a field does not break the screen (see `checkShape` for development checks).
 */
export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLanguage };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(`/api${path}`, options.query), {
      method: options.method ?? "GET",
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ code: "network_error", message: "Network error", status: 0 });
  }
  const payload = await readBody(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
};

/** In development, warn (never fail) when a response drifts from its domain schema. */
export const checkShape = <T>(schema: z.ZodType<T>, value: T, label: string): T => {
  if (import.meta.env.DEV) {
    const result = schema.safeParse(value);
    if (!result.success) console.warn(`[api] ${label} does not match its contract`, result.error.issues);
  }
  return value;
};

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: "POST", body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: "PUT", body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: "PATCH", body }),
};
