import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runIngest } from "../../lib/ingest/run";
import { parseSearchParams } from "../../lib/search/query";
import { searchMonths } from "../../lib/search/timeline-service";
import { createTestArchive, type TestArchive } from "../support/archive";

const ROOT = join(import.meta.dirname, "..", "..");
const CABLES = [join(ROOT, "prisma", "sample-cables"), join(ROOT, "e2e", "fixtures", "cables")];

/** A port that accepts and drops every connection (nothing else can take it meanwhile), or one nobody listens on. */
async function deadPort(kind: "drops" | "refuses"): Promise<{ port: number; close: () => void }> {
  const server: Server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 9;
  if (kind === "refuses") await new Promise<void>((resolve) => server.close(() => resolve()));
  return { port, close: () => server.close() };
}

describe.each(["drops", "refuses"] as const)("the API when PostgreSQL %s connections", (kind) => {
  let dead: { port: number; close: () => void };

  beforeAll(async () => {
    dead = await deadPort(kind);
    process.env.DATABASE_URL = `postgresql://archive:secret-password@127.0.0.1:${dead.port}/archive`;
    // Each case needs a client for its own dead server.
    delete (globalThis as { cableArchivePrisma?: unknown }).cableArchivePrisma;
  });

  afterAll(() => {
    dead.close();
    delete process.env.DATABASE_URL;
    delete (globalThis as { cableArchivePrisma?: unknown }).cableArchivePrisma;
  });

  test("a cable request answers 503 in the error shape, naming neither the server nor its password", async () => {
    const { GET } = await import("../../app/api/cables/[refId]/route");
    const response = await GET(new Request("http://localhost/api/cables/06ROME1755"), { params: Promise.resolve({ refId: "06ROME1755" }) });
    const text = await response.text();
    expect(response.status, text).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(JSON.parse(text)).toEqual({ error: { code: "unavailable", message: expect.stringMatching(/database is unavailable/) } });
    expect(text).not.toContain(String(dead.port));
    expect(text).not.toContain("secret-password");
  });
});

describe("timeline counts", () => {
  let archive: TestArchive;
  const target = () => ({ client: archive.search, indexUid: archive.indexUid });

  beforeAll(async () => {
    archive = await createTestArchive();
    const summary = await runIngest({ prisma: archive.prisma, search: archive.search, databaseUrl: archive.databaseUrl, options: { paths: CABLES, indexUid: archive.indexUid } });
    expect(summary.reconciliation).toMatchObject({ isConsistent: true });
  }, 120_000);

  afterAll(async () => {
    await archive?.dispose();
  });

  async function monthsInDatabase(): Promise<{ month: string; count: number }[]> {
    return archive.prisma.$queryRawUnsafe<{ month: string; count: number }[]>(
      `SELECT to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS count FROM cables WHERE sent_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
  }

  test("every month of every hit, as PostgreSQL counts them, and the undated apart", async () => {
    const counts = await searchMonths(parseSearchParams({}), { target: target() });
    const expected = await monthsInDatabase();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(counts.months).toEqual(expected);
    expect(counts.total).toBe(await archive.prisma.cable.count());
    expect(counts.undated).toBe(await archive.prisma.cable.count({ where: { sentAt: null } }));
  });

  test("past the facet value cap the months are asked for in year ranges, and come out the same", async () => {
    const whole = await searchMonths(parseSearchParams({}), { target: target() });
    const ranged = await searchMonths(parseSearchParams({}), { target: target(), maxFacetValues: 2 });
    expect(ranged).toEqual(whole);
  });

  test("the search's filters apply", async () => {
    const counts = await searchMonths(parseSearchParams({ tag: "PREL", from: "2006", to: "2007" }), { target: target() });
    const [row] = await archive.prisma.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM cables WHERE 'PREL' = ANY(tags) AND sent_at >= '2006-01-01' AND sent_at < '2008-01-01'`,
    );
    expect(counts.total).toBe(row!.count);
    expect(counts.months.every(({ month }) => month >= "2006-01" && month <= "2007-12")).toBe(true);
    expect(counts.months.reduce((sum, { count }) => sum + count, 0)).toBe(counts.total - counts.undated);
  });
});
