/**
 * Application error codes. Each maps to an HTTP status on the server and to a message key
 * (`errors.<code>`) translated in both languages, so the same code reads well in the API and in the UI.
 */
export const errorCodes = {
  validation: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  email_taken: 409,
  setup_done: 409,
  payload_too_large: 413,
  unprocessable: 422,
  invalid_transition: 422,
  locked_out: 429,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; fields?: { path: string; message: string }[] };
  current?: unknown;
};
