import { type ErrorCode, errorCodes } from "@passerelle/domain";

/** A typed application error: a code (which gives the HTTP status and the message key) and optional extras. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly extra: { fields?: { path: string; message: string }[]; current?: unknown; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.status = errorCodes[code];
  }
}

export const notFound = () => new AppError("not_found");
export const forbidden = () => new AppError("forbidden");
export const staleVersion = (current: unknown) => new AppError("stale_version", { current });
