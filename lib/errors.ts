// One error type for the whole pipeline: a code a program can branch on and a message a person
// can act on. HTTP status and CLI exit code come from one table so every surface agrees.

export const ERROR_CODES = {
  EMPTY_INPUT: { http: 422, exit: 3 },
  BINARY_INPUT: { http: 415, exit: 3 },
  TOO_LARGE: { http: 413, exit: 3 },
  UNSUPPORTED_TYPE: { http: 415, exit: 3 },
  MALFORMED_INPUT: { http: 422, exit: 3 },
  INVALID_JSONL_LINE: { http: 422, exit: 3 },
  NO_ARTICLE_TEXT: { http: 422, exit: 3 },
  DUPLICATE: { http: 409, exit: 0 },
  URL_INVALID: { http: 422, exit: 3 },
  URL_FORBIDDEN: { http: 403, exit: 3 },
  URL_FETCH_FAILED: { http: 502, exit: 4 },
  URL_TIMEOUT: { http: 504, exit: 4 },
  NOT_FOUND: { http: 404, exit: 2 },
  INVALID_ARGUMENT: { http: 422, exit: 2 },
  CONFLICT: { http: 409, exit: 2 },
  /** a newer version was saved since the form was opened (optimistic concurrency) */
  VERSION_CONFLICT: { http: 409, exit: 5 },
  UNAUTHENTICATED: { http: 401, exit: 6 },
  FORBIDDEN: { http: 403, exit: 6 },
  RATE_LIMITED: { http: 429, exit: 4 },
  /** a request body of unknown length (chunked): refused before it is read */
  LENGTH_REQUIRED: { http: 411, exit: 3 },
  /** a Host this install does not answer to (DNS rebinding) */
  HOST_NOT_ALLOWED: { http: 421, exit: 6 },
  INTERNAL: { http: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** what a client needs to act on the error (a version conflict carries both versions) */
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    if (options?.details !== undefined) this.details = options.details;
  }
  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }
  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

/** Turns anything thrown into an AppError without leaking internals to the user. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError("INTERNAL", "Something went wrong on our side; the input was not stored.", { cause: error });
}
