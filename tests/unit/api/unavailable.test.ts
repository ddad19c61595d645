import { describe, expect, test } from "vitest";
import { isDatabaseUnavailable } from "../../../lib/api/unavailable";

describe("database unavailable", () => {
  test("connection failures anywhere in the cause chain count", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: new Error("adapter", { cause: refused }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("DriverAdapterError"), { cause: { kind: "DatabaseNotReachable" } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("pool"), { code: "P2024" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], "every address failed"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("DATABASE_URL is not set: start the archive with `npm start`"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    // As Prisma 7 reports a server shutting down mid-query (P2039, the driver's error in meta).
    const shutdown = Object.assign(new Error("Invalid `prisma.cable.findUnique()` invocation"), {
      code: "P2039",
      meta: { modelName: "Cable", driverAdapterError: Object.assign(new Error("terminating connection due to administrator command"), { cause: { kind: "postgres", originalCode: "57P01" } }) },
    });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
  });

  test("bugs and query errors do not", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("bad query"), { code: "P2039", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "42601" } } } }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const cyclic = new Error("cycle") as Error & { cause?: unknown };
    cyclic.cause = cyclic;
    expect(isDatabaseUnavailable(cyclic)).toBe(false);
  });
});
