/**
 * The API's one error shape, `{ "error": { "code", "message" } }` (plus `parameter` for a bad
 * parameter), and its status codes. Messages are written for the caller; internals (stack traces,
 * service addresses, keys) never go into them.
 */

export const API_ERRORS = {
  bad_parameter: 400,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERRORS;

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; parameter?: string } };

/** An expected failure a handler throws; the shell turns it into its status and body. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly parameter: string | undefined;

  constructor(code: ApiErrorCode, message: string, parameter?: string) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.parameter = parameter;
  }

  get status(): number {
    return API_ERRORS[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.parameter === undefined ? {} : { parameter: this.parameter }) } };
  }
}

export const badParameter = (parameter: string, message: string) => new ApiError("bad_parameter", message, parameter);
export const notFound = (message: string) => new ApiError("not_found", message);

/** Every API response may be read from any origin: the API is public and read-only. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
} as const;

export function apiErrorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store", ...headers },
  });
}
