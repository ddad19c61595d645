import { describe, expect, test } from "vitest";
import { healthHttpStatus, overallStatus, probe } from "../../../lib/health/check";

describe("health probes", () => {
  test("an answering dependency is up, with what the probe learned", async () => {
    const result = await probe(async () => ({ documents: 12 }), { timeoutMs: 1_000, describeFailure: () => "failing" });
    expect(result).toMatchObject({ status: "up", documents: 12 });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  test("a failing dependency is down with the caller's words, never the error's (which can name hosts)", async () => {
    const result = await probe(
      async () => {
        throw new Error("connect ECONNREFUSED 10.0.0.7:5432 user=archive");
      },
      { timeoutMs: 1_000, describeFailure: () => "unreachable" },
    );
    expect(result).toEqual({ status: "down", latencyMs: expect.any(Number), problem: "unreachable" });
  });

  test("a dependency that hangs is down once the deadline passes", async () => {
    const result = await probe(() => new Promise<object>(() => undefined), { timeoutMs: 30, describeFailure: () => "failing" });
    expect(result).toMatchObject({ status: "down", problem: "no answer within 30 ms" });
    expect(result.latencyMs).toBeGreaterThanOrEqual(25);
  });

  test("only a lost database takes the archive out of a load balancer; lost search degrades it", () => {
    const up = { status: "up", latencyMs: 1 } as const;
    const down = { status: "down", latencyMs: 1 } as const;
    expect(overallStatus(up, up)).toBe("ok");
    expect(overallStatus(up, down)).toBe("degraded");
    expect(overallStatus(down, up)).toBe("down");
    expect([healthHttpStatus("ok"), healthHttpStatus("degraded"), healthHttpStatus("down")]).toEqual([200, 200, 503]);
  });
});
