import { z } from "zod";
import type { RateLimitScope } from "./rate-limit";

/**
 * Rate limits from the environment, validated once (at the first request the proxy sees) with a
 * message naming the bad variable. Limits are requests per minute per client; 0 turns one off.
 * The defaults are generous: without TRUST_PROXY every visitor shares one budget, and a browser
 * on the search page also fetches the pages its links lead to.
 */

export type RateLimitConfig = { perMinute: Record<RateLimitScope, number>; trustedProxies: number };

export const RATE_LIMIT_DEFAULTS = { API_RATE_LIMIT: 1200, SEARCH_RATE_LIMIT: 1200, TRUST_PROXY: 0 } as const;

const emptyAsUndefined = (value: unknown) => (value === "" || value === undefined ? undefined : value);
const wholeNumber = (fallback: number, max: number, meaning: string) =>
  z.preprocess(emptyAsUndefined, z.coerce.number({ error: `must be a whole number (${meaning})` }).int(`must be a whole number (${meaning})`).min(0, "must be 0 or more").max(max, `must be at most ${max}`).default(fallback));

const schema = z.object({
  API_RATE_LIMIT: wholeNumber(RATE_LIMIT_DEFAULTS.API_RATE_LIMIT, 1_000_000, "requests per minute per client, 0 for no limit"),
  SEARCH_RATE_LIMIT: wholeNumber(RATE_LIMIT_DEFAULTS.SEARCH_RATE_LIMIT, 1_000_000, "requests per minute per client, 0 for no limit"),
  // `true` reads as one proxy, the usual set-up; otherwise the number of proxies in front.
  TRUST_PROXY: z.preprocess((value) => (value === "true" ? 1 : value === "false" ? 0 : emptyAsUndefined(value)), wholeNumber(RATE_LIMIT_DEFAULTS.TRUST_PROXY, 10, "how many reverse proxies in front of the app append to X-Forwarded-For")),
});

export function readRateLimitConfig(env: Record<string, string | undefined>): RateLimitConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    throw new Error(`Invalid rate limit setting: ${problems}`);
  }
  const { API_RATE_LIMIT, SEARCH_RATE_LIMIT, TRUST_PROXY } = result.data;
  return { perMinute: { api: API_RATE_LIMIT, search: SEARCH_RATE_LIMIT }, trustedProxies: TRUST_PROXY };
}
