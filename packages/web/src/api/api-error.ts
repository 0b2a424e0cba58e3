import type { ApiErrorBody, ErrorCode } from "@passerelle/domain";

export type ApiFieldError = { path: string; message: string };

/** Codes the client adds when the server could not be reached or answered something unreadable. */
export type ClientErrorCode = "network_error" | "unexpected_response";

export type ApiErrorInit = {
  code: ErrorCode | ClientErrorCode;
  message: string;
  status: number;
  fields?: ApiFieldError[];
  current?: unknown;
};

/** An error answered by the API (or a failure to reach it), carrying the server's error code and details. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly status: number;
  readonly fields: ApiFieldError[];
  /** For a 409 `stale_version`: the record as it is now on the server. */
  readonly current: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = "ApiError";
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.current = init.current;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** Reads `{ error: { code, message, fields? }, current? }`; anything else becomes `unexpected_response`. */
export const toApiError = (status: number, body: unknown): ApiError => {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.code === "string") {
    const error = body.error as Partial<ApiErrorBody["error"]>;
    const fields = Array.isArray(error.fields)
      ? error.fields.filter((f): f is ApiFieldError => isRecord(f) && typeof f.path === "string" && typeof f.message === "string")
      : [];
    return new ApiError({
      code: error.code as ErrorCode,
      message: typeof error.message === "string" ? error.message : "",
      status,
      fields,
      current: body.current,
    });
  }
  return new ApiError({ code: "unexpected_response", message: `HTTP ${status}`, status });
};
