import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, SHARED_CLIENT_KEY, clientKey, createRateLimiter, rateLimitScope } from "../../../lib/security/rate-limit";
import { readRateLimitConfig } from "../../../lib/security/rate-limit-config";

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("token bucket", () => {
  test("a client bursts up to the limit, is refused after it, and is told how long to wait", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    expect([1, 2, 3].map(() => limiter.take("a").isAllowed)).toEqual([true, true, true]);
    const refused = limiter.take("a");
    expect(refused).toMatchObject({ isAllowed: false, limit: 3, remaining: 0 });
    // One token comes back every 20 s; a refused request does not consume one.
    expect(refused.retryAfterSeconds).toBe(20);
    clock.advance(19_000);
    expect(limiter.take("a")).toMatchObject({ isAllowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000);
    expect(limiter.take("a")).toMatchObject({ isAllowed: true, remaining: 0 });
  });

  test("remaining counts down, and a full window of rest refills the bucket but never beyond the limit", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: clock.now });
    expect([1, 2, 3].map(() => limiter.take("a").remaining)).toEqual([4, 3, 2]);
    clock.advance(1_000_000);
    expect(limiter.take("a").remaining).toBe(4);
  });

  test("clients have separate buckets", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    expect(limiter.take("a").isAllowed).toBe(true);
    expect(limiter.take("a").isAllowed).toBe(false);
    expect(limiter.take("b").isAllowed).toBe(true);
  });

  test("a clock stepping backwards neither refills nor drains a bucket", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    limiter.take("a");
    clock.advance(-30_000);
    expect(limiter.take("a")).toMatchObject({ isAllowed: true, remaining: 0 });
    expect(limiter.take("a").isAllowed).toBe(false);
  });

  test("memory is bounded: past maxKeys the least recently seen client is forgotten", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now, maxKeys: 2 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("a"); // a is now the most recently seen (and refused)
    limiter.take("c"); // forgets b
    expect(limiter.size()).toBe(2);
    expect(limiter.take("a").isAllowed).toBe(false);
    expect(limiter.take("b").isAllowed).toBe(true);
  });

  test("a limit must be a positive whole number and the window positive", () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1_000 })).toThrow(/whole number/);
    expect(() => createRateLimiter({ limit: 1.5, windowMs: 1_000 })).toThrow(/whole number/);
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(/window/);
  });
});

describe("which requests are limited", () => {
  test.each([
    ["/api", "api"],
    ["/api/search", "api"],
    ["/api/cables/06ROME1755", "api"],
    ["/search", "search"],
    ["/search/export", "search"],
    ["/search/feed", "search"],
    ["/search/timeline", "search"],
    ["/people/suggest", "search"],
    ["/people", null],
    ["/people/massimo-dalema", null],
    ["/", null],
    ["/cable/06ROME1755", null],
    ["/apis", null],
    ["/searching", null],
    ["/tags/PHUM", null],
  ])("%s → %s", (path, scope) => {
    expect(rateLimitScope(path)).toBe(scope);
  });
});

describe("client key", () => {
  test("without a trusted proxy the client is the connection's address, whatever X-Forwarded-For claims", () => {
    expect(clientKey("203.0.113.7", 0, "198.51.100.4")).toBe("198.51.100.4");
    expect(clientKey(null, 0, "::ffff:198.51.100.4")).toBe("198.51.100.4");
    // No address reported (the app not run by scripts/serve.mjs): one budget for everyone.
    expect(clientKey("203.0.113.7", 0)).toBe(SHARED_CLIENT_KEY);
    expect(clientKey(null, 0, "")).toBe(SHARED_CLIENT_KEY);
  });

  test("behind a trusted proxy the connection's address is the proxy's, and X-Forwarded-For decides", () => {
    expect(clientKey("203.0.113.7", 1, "10.0.0.2")).toBe("203.0.113.7");
  });

  test("the app's server sets the header the limiter reads", () => {
    const server = readFileSync(new URL("../../../scripts/serve.mjs", import.meta.url), "utf8");
    expect(server).toContain(`const CLIENT_ADDRESS_HEADER = "${CLIENT_ADDRESS_HEADER}";`);
    expect(server).toContain("request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress");
  });

  test("behind one proxy the client is the rightmost entry, the one the proxy appended", () => {
    expect(clientKey("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientKey("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientKey(" 6.6.6.6 ,203.0.113.7 ", 1)).toBe("203.0.113.7");
  });

  test("behind two proxies it is the second from the right; with fewer entries, the leftmost", () => {
    expect(clientKey("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientKey("203.0.113.7", 2)).toBe("203.0.113.7");
  });

  test("IPv6 is lower-cased and IPv4-mapped addresses count as their IPv4 address", () => {
    expect(clientKey("2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientKey("::ffff:203.0.113.7", 1)).toBe("203.0.113.7");
  });

  test("anything that is not an address falls back to the shared key", () => {
    expect(clientKey("evil.example", 1)).toBe(SHARED_CLIENT_KEY);
    expect(clientKey("", 1)).toBe(SHARED_CLIENT_KEY);
    expect(clientKey(" , ", 1)).toBe(SHARED_CLIENT_KEY);
  });
});

describe("rate limit settings", () => {
  test("generous defaults, no proxy trusted", () => {
    expect(readRateLimitConfig({})).toEqual({ perMinute: { api: 1200, search: 1200 }, trustedProxies: 0 });
    expect(readRateLimitConfig({ API_RATE_LIMIT: "", SEARCH_RATE_LIMIT: "", TRUST_PROXY: "" })).toEqual({ perMinute: { api: 1200, search: 1200 }, trustedProxies: 0 });
  });

  test("values from the environment; 0 turns a limit off; TRUST_PROXY=true means one proxy", () => {
    expect(readRateLimitConfig({ API_RATE_LIMIT: "5", SEARCH_RATE_LIMIT: "0", TRUST_PROXY: "2" })).toEqual({ perMinute: { api: 5, search: 0 }, trustedProxies: 2 });
    expect(readRateLimitConfig({ TRUST_PROXY: "true" }).trustedProxies).toBe(1);
  });

  test("a bad value names its variable", () => {
    expect(() => readRateLimitConfig({ API_RATE_LIMIT: "lots" })).toThrow(/API_RATE_LIMIT/);
    expect(() => readRateLimitConfig({ SEARCH_RATE_LIMIT: "-1" })).toThrow(/SEARCH_RATE_LIMIT/);
    expect(() => readRateLimitConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
