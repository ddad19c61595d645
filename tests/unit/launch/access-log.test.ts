import { describe, expect, test } from "vitest";
import { accessLogLine, isAccessLogOn } from "../../../lib/launch/access-log.mjs";

describe("the web server's request log", () => {
  test("is one JSON line per request with its timing, and leaves out the query string", () => {
    const line = accessLogLine({ method: "GET", url: "/search?q=dissident+names&person=x", status: 200, durationMs: 41.237, bytes: 5120, at: new Date("2026-11-23T12:00:00Z") });
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: "2026-11-23T12:00:00.000Z", level: "info", event: "request", method: "GET", path: "/search", status: 200, durationMs: 41.2, bytes: 5120 });
    expect(line).not.toContain("dissident");
  });

  test("marks server failures as errors, and can be turned off", () => {
    expect(JSON.parse(accessLogLine({ method: undefined, url: undefined, status: 503, durationMs: 2, bytes: null, at: new Date(0) }))).toMatchObject({ level: "error", method: "GET", path: "/", status: 503 });
    expect(isAccessLogOn({})).toBe(true);
    expect(isAccessLogOn({ ACCESS_LOG: "off" })).toBe(false);
  });
});
