import { ApiError, apiErrorResponse } from "../api/errors";
import { CLIENT_ADDRESS_HEADER, clientKey, createRateLimiter, rateLimitScope, type RateDecision, type RateLimiter, type RateLimitScope } from "./rate-limit";
import { readRateLimitConfig, type RateLimitConfig } from "./rate-limit-config";

/**
 * The proxy's side of rate limiting: one limiter per scope for the whole server process, the
 * client read from the request, and the 429 answer in the form each kind of client reads.
 */

const MINUTE_MS = 60_000;

type Limits = { config: RateLimitConfig; limiters: Partial<Record<RateLimitScope, RateLimiter>> };

const holder = globalThis as unknown as { cableArchiveLimits?: Limits };

function limits(): Limits {
  if (!holder.cableArchiveLimits) {
    const config = readRateLimitConfig(process.env);
    const limiters: Limits["limiters"] = {};
    for (const scope of ["api", "search"] as const) {
      const limit = config.perMinute[scope];
      if (limit > 0) limiters[scope] = createRateLimiter({ limit, windowMs: MINUTE_MS });
    }
    holder.cableArchiveLimits = { config, limiters };
  }
  return holder.cableArchiveLimits;
}

export type LimitOutcome = { scope: RateLimitScope; decision: RateDecision } | null;

/**
 * Counts a request against its client's budget. Router prefetches are not counted: the browser
 * sends them for every search link in view, and for these dynamic pages they render no results.
 */
export function checkRateLimit(request: Request): LimitOutcome {
  const scope = rateLimitScope(new URL(request.url).pathname);
  if (!scope || request.headers.has("next-router-prefetch")) return null;
  const { config, limiters } = limits();
  const limiter = limiters[scope];
  if (!limiter) return null;
  return { scope, decision: limiter.take(`${scope}:${clientKey(request.headers.get("x-forwarded-for"), config.trustedProxies, request.headers.get(CLIENT_ADDRESS_HEADER))}`) };
}

export function rateLimitHeaders({ limit, remaining }: RateDecision): Record<string, string> {
  return { "X-RateLimit-Limit": `${limit}; w=60`, "X-RateLimit-Remaining": String(remaining) };
}

const TOO_MANY_HTML = (seconds: number) => `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many requests · Cable Archive</title>
<h1>Too many requests</h1>
<p>This address has sent more searches than the archive answers per minute. Please wait ${seconds} ${seconds === 1 ? "second" : "seconds"} and try again.</p>
<p>Cables can still be read and browsed: <a href="/">latest cables</a>, <a href="/tags">tags</a>, <a href="/posts">posts</a>.</p>
`;

/** The 429: JSON in the API's error shape, a short page for /search, plain text for downloads and feeds. */
export function tooManyRequests(request: Request, { scope, decision }: NonNullable<LimitOutcome>): Response {
  const seconds = decision.retryAfterSeconds;
  const headers = { "Retry-After": String(seconds), ...rateLimitHeaders(decision) };
  if (scope === "api") {
    return apiErrorResponse(new ApiError("rate_limited", `Too many requests: at most ${decision.limit} API requests per minute per client. Retry after ${seconds} s.`), headers);
  }
  const pathname = new URL(request.url).pathname;
  const isPage = pathname === "/search" || pathname === "/search/timeline";
  const body = isPage ? TOO_MANY_HTML(seconds) : `Too many requests: please wait ${seconds} s and try again.\n`;
  return new Response(body, {
    status: 429,
    headers: {
      "Content-Type": isPage ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      // The page has no script and no style; nothing else may load either.
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      ...headers,
    },
  });
}
