import "server-only";
import { SearchUnavailableError } from "../search/service";
import { ApiError, CORS_HEADERS, apiErrorResponse } from "./errors";
import { isDatabaseUnavailable } from "./unavailable";

/**
 * The shell around every API route handler: JSON with CORS and caching headers on success, the
 * one error shape on failure. Expected failures map to their status; anything else is logged on
 * the server and answered with a bare 500, so no stack trace or service detail reaches a caller.
 */

/** Cache lifetimes in seconds: cables change only on re-ingest, search results with every ingest. */
export const CACHE = { search: 60, record: 300, document: 3600 } as const;

export function apiJson(body: unknown, { maxAge }: { maxAge: number }): Response {
  return Response.json(body, {
    headers: { ...CORS_HEADERS, "Cache-Control": `public, max-age=${maxAge}, stale-while-revalidate=${maxAge}`, "X-Content-Type-Options": "nosniff" },
  });
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return apiErrorResponse(error);
  if (error instanceof SearchUnavailableError) {
    return apiErrorResponse(new ApiError("unavailable", "The search service is unavailable right now; cables, tags and posts can still be read. Try again later."), { "Retry-After": "60" });
  }
  if (isDatabaseUnavailable(error)) {
    console.error("API: database unavailable", error);
    return apiErrorResponse(new ApiError("unavailable", "The archive's database is unavailable right now. Try again later."), { "Retry-After": "60" });
  }
  console.error("API: unexpected failure", error);
  return apiErrorResponse(new ApiError("internal", "Something went wrong on the server. The failure was logged."));
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

/** Wraps a route handler so that every outcome leaves in the API's shape. */
export function apiRoute<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Preflight for the GET endpoints: any origin may read; nothing but GET is offered. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "86400" },
  });
}
