import { describe, expect, test } from "vitest";
import { searchMix } from "../../../lib/bench/mix";
import { toMarkdown, type BenchResult } from "../../../lib/bench/report";
import { quantile, runLoad, summarise } from "../../../lib/bench/stats";
import { buildFilter } from "../../../lib/search/filters";
import { parseSearchParams, toSearchParams } from "../../../lib/search/query";

describe("latency figures", () => {
  test("quantiles are nearest-rank: every figure is a latency that was measured", () => {
    const sorted = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([quantile(sorted, 0.5), quantile(sorted, 0.95), quantile(sorted, 0.99), quantile(sorted, 1)]).toEqual([50, 95, 99, 100]);
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  test("a summary counts samples and errors apart, and throughput over the wall time", () => {
    const summary = summarise([30, 10, 20], 2, 1_000);
    expect(summary).toMatchObject({ count: 3, errors: 2, p50: 20, max: 30, mean: 20, throughput: 3 });
  });

  test("the load runner makes every request once, at most `concurrency` at a time, and counts failures", async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const summary = await runLoad(
      async (index) => {
        inFlight++;
        most = Math.max(most, inFlight);
        seen.push(index);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        if (index % 10 === 0) throw new Error("refused");
      },
      { requests: 40, concurrency: 4 },
    );
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(most).toBe(4);
    expect(summary).toMatchObject({ count: 36, errors: 4 });
  });
});

describe("the search mix", () => {
  const mix = searchMix({ topTag: "PREL", topPost: "Embassy Rome", person: "Massimo D'Alema", refId: "06ROME1755", firstYear: 1985, lastYear: 2010 });

  test("holds one search of each kind the issue names, each a valid search URL", () => {
    expect(mix.map(({ name }) => name)).toEqual(["common word", "rare word", "phrase", "person", "two facets + dates", "reference id", "facets only"]);
    for (const { query } of mix) {
      const params = toSearchParams(query);
      expect(parseSearchParams(Object.fromEntries([...params.keys()].map((key) => [key, params.getAll(key)])))).toEqual(query);
    }
  });

  test("filters two facets and a date range inside the archive's years", () => {
    const combined = mix.find(({ name }) => name === "two facets + dates")!.query;
    const filter = buildFilter(combined);
    expect(filter.slice(0, 2)).toEqual([['tags = "PREL"'], ['origin = "Embassy Rome"']]);
    expect(combined.from!.year).toBeGreaterThanOrEqual(1985);
    expect(combined.to!.year).toBeLessThanOrEqual(2010);
  });
});

describe("the Markdown report", () => {
  const latency = (p95: number, errors = 0) => ({ count: 10, errors, p50: p95 / 2, p95, p99: p95, max: p95, mean: p95 / 2, throughput: 100 });
  const result: BenchResult = {
    label: "size-2000",
    startedAt: "2026-11-23T12:00:00.000Z",
    machine: { cpus: 2, memoryGb: 24, node: "20.20.0", meilisearch: "1.21.0", postgres: "18.4" },
    corpus: { source: "synthetic", cables: 2000, failed: 0 },
    ingest: { endToEndMs: 30_000, stageMs: { parse: 1_000, database: 2_000, index: 25_000, people: 4_000 }, meilisearchOwnMs: 20_000, rerunMs: 2_000, peakRssMb: { ingest: 300, meilisearch: 900, postgres: 40 }, databaseMb: 60, indexMb: 400, people: 1234 },
    search: [
      { query: "rare word", target: "direct", concurrency: 1, latency: latency(4) },
      { query: "rare word", target: "api", concurrency: 1, latency: latency(9) },
      { query: "rare word", target: "page", concurrency: 16, latency: latency(80, 3) },
    ],
    pages: [{ page: "cable page", latency: latency(20) }],
    app: { peakRssMb: 250, maxSampledRssMb: 240 },
  };

  test("states the ingest against its floor, and search per target and client count", () => {
    const markdown = toMarkdown(result);
    expect(markdown).toContain("| Meilisearch's own indexing (the floor) | 20.0 s | 100/s |");
    expect(markdown).toContain("End to end is 1.50× Meilisearch's own indexing time.");
    expect(markdown).toContain("| rare word | 2.0 / 4.0 / 4.0 | 4.5 / 9.0 / 9.0 | – | 100 · 100 · – |");
    expect(markdown).toContain("Search, 16 concurrent clients:");
    expect(markdown).toContain("| rare word | – | – | 40.0 / 80.0 / 80.0 (3 errors) | – · – · 100 |");
    expect(markdown).toContain("| cable page | 10.0 | 20.0 | 20.0 |");
    expect(markdown).toContain("App server RSS: peak 250 MB");
  });
});
