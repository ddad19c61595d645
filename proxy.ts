import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/csp";
import { checkRateLimit, rateLimitHeaders, tooManyRequests } from "./lib/security/request-limits";

/**
 * Per-client rate limits for the API and search (lib/security/request-limits.ts), then a fresh
 * nonce per request, handed to Next.js (request header) and to the browser (response).
 */
export function proxy(request: NextRequest) {
  const limited = checkRateLimit(request);
  if (limited && !limited.decision.isAllowed) return tooManyRequests(request, limited);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (limited?.scope === "api") for (const [name, value] of Object.entries(rateLimitHeaders(limited.decision))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|cable/[^/]+/source|cable/[^/]+/versions/).*)" }],
};
