/**
 * Per-client rate limiting: one token bucket per key, in memory. Pure apart from the clock, which
 * is injected so tests can move time by hand.
 *
 * A bucket holds `limit` tokens and refills continuously at `limit` per `windowMs`, so a client
 * can burst up to `limit` requests and then keeps a steady `limit` per window. Memory is bounded:
 * past `maxKeys` clients the least recently seen bucket is forgotten (a forgotten client starts
 * again with a full bucket, which errs on the side of serving).
 */

export type Clock = () => number;
export type RateLimitRule = { limit: number; windowMs: number };
export type RateDecision = { isAllowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };
export type RateLimiter = { take: (key: string) => RateDecision; size: () => number };

type Bucket = { tokens: number; updatedAt: number };

export const DEFAULT_MAX_KEYS = 10_000;

export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = DEFAULT_MAX_KEYS }: RateLimitRule & { now?: Clock; maxKeys?: number }): RateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`A rate limit needs a whole number of requests ≥ 1, got ${limit}`);
  if (!(windowMs > 0)) throw new Error(`A rate limit needs a positive window, got ${windowMs} ms`);
  const refillPerMs = limit / windowMs;
  const buckets = new Map<string, Bucket>();

  function take(key: string): RateDecision {
    const time = now();
    const previous = buckets.get(key);
    // A clock that steps back (NTP) must not drain a bucket: elapsed time is never negative.
    const elapsed = previous ? Math.max(0, time - previous.updatedAt) : 0;
    const tokens = previous ? Math.min(limit, previous.tokens + elapsed * refillPerMs) : limit;
    const isAllowed = tokens >= 1;
    const left = isAllowed ? tokens - 1 : tokens;
    // Re-inserting keeps the Map in least-recently-seen order, so the first key is the one to forget.
    buckets.delete(key);
    buckets.set(key, { tokens: left, updatedAt: time });
    while (buckets.size > maxKeys) {
      const oldest = buckets.keys().next().value;
      if (oldest === undefined) break;
      buckets.delete(oldest);
    }
    return {
      isAllowed,
      limit,
      remaining: Math.floor(left),
      retryAfterSeconds: isAllowed ? 0 : Math.max(1, Math.ceil((1 - left) / refillPerMs / 1000)),
    };
  }

  return { take, size: () => buckets.size };
}

/** Which budget a path draws on; paths outside these are never limited. */
export type RateLimitScope = "api" | "search";

export function rateLimitScope(pathname: string): RateLimitScope | null {
  // Monitors and load balancers poll it; it does little work and must not be refused.
  if (pathname === "/api/health") return null;
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  // Name suggestions run a query per keystroke: they count as searches.
  if (pathname === "/search" || pathname.startsWith("/search/") || pathname === "/people/suggest") return "search";
  return null;
}

export const SHARED_CLIENT_KEY = "shared";

// Addresses only: anything else in the header (a hostname, garbage) is not a client identity.
const ADDRESS = /^[0-9a-f.:]{2,45}$/i;

/** The header scripts/serve.mjs sets on every request to the socket's address, replacing any a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-archive-client-address";

const normaliseAddress = (address: string) => address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client a request counts against. Behind `trustedProxies` reverse proxies, each appending
 * the address it saw to X-Forwarded-For, the client is that many entries from the right: entries
 * further left were sent by the client and can be anything. Without a trusted proxy it is the
 * address the connection came from, as the app's server (scripts/serve.mjs) reports it. When
 * neither is known, every client shares one budget.
 */
export function clientKey(forwardedFor: string | null, trustedProxies: number, socketAddress: string | null = null): string {
  if (trustedProxies < 1) return socketAddress && ADDRESS.test(socketAddress) ? normaliseAddress(socketAddress) : SHARED_CLIENT_KEY;
  if (!forwardedFor) return SHARED_CLIENT_KEY;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped a proxy, and its leftmost entry is the best guess.
  const candidate = entries[Math.max(0, entries.length - trustedProxies)];
  if (!candidate || !ADDRESS.test(candidate)) return SHARED_CLIENT_KEY;
  return normaliseAddress(candidate);
}
