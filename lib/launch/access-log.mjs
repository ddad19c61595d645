/**
 * The web server's request log: one JSON line per request, written when the response ends.
 * Plain JavaScript because scripts/serve.mjs runs without a loader. The query string is left out:
 * what readers search for is theirs, and a log is kept and shared more widely than the archive.
 */

/**
 * @param {{ method: string | undefined, url: string | undefined, status: number, durationMs: number, bytes: number | null, at: Date }} request
 * @returns {string}
 */
export function accessLogLine({ method, url, status, durationMs, bytes, at }) {
  const path = (url ?? "/").split("?")[0] ?? "/";
  return JSON.stringify({ time: at.toISOString(), level: status >= 500 ? "error" : "info", event: "request", method: method ?? "GET", path, status, durationMs: Math.round(durationMs * 10) / 10, bytes });
}

/** `ACCESS_LOG=off` silences it (tests, or a proxy that logs already). */
/** @param {Readonly<Record<string, string | undefined>>} env */
export function isAccessLogOn(env) {
  return env.ACCESS_LOG !== "off";
}
