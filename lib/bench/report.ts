import type { LatencySummary } from "./stats";

/** What one benchmark run measured, as written to bench/results/*.json, and its Markdown. */

export type SearchTarget = "direct" | "api" | "page";
export type SearchMeasurement = { query: string; target: SearchTarget; concurrency: number; latency: LatencySummary };
export type PageMeasurement = { page: string; latency: LatencySummary };

export type BenchResult = {
  label: string;
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; meilisearch: string | null; postgres: string | null };
  corpus: { source: string; cables: number; failed: number };
  ingest: {
    endToEndMs: number;
    stageMs: { parse: number; database: number; index: number; people: number };
    meilisearchOwnMs: number;
    rerunMs: number;
    peakRssMb: { ingest: number | null; meilisearch: number | null; postgres: number | null };
    databaseMb: number;
    indexMb: number;
    people: number;
  } | null;
  search: SearchMeasurement[];
  pages: PageMeasurement[];
  app: { peakRssMb: number | null; maxSampledRssMb: number | null } | null;
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const perSecond = (count: number, elapsedMs: number) => (elapsedMs > 0 ? `${Math.round((count / elapsedMs) * 1000).toLocaleString("en-US")}/s` : "–");
const mb = (value: number | null) => (value === null ? "–" : `${value.toLocaleString("en-US")} MB`);

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map((_, index) => (index === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}

function searchTable(result: BenchResult, concurrency: number): string[] {
  const queries = [...new Set(result.search.map(({ query }) => query))];
  const find = (query: string, target: SearchTarget) => result.search.find((entry) => entry.query === query && entry.target === target && entry.concurrency === concurrency)?.latency;
  const cell = (latency: LatencySummary | undefined) => (latency ? `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.p99)}${latency.errors > 0 ? ` (${latency.errors} errors)` : ""}` : "–");
  const rate = (latency: LatencySummary | undefined) => (latency ? `${Math.round(latency.throughput)}` : "–");
  return table(
    ["query", "Meilisearch direct p50/p95/p99 ms", "JSON API", "search page", "req/s direct · API · page"],
    queries.map((query) => [query, cell(find(query, "direct")), cell(find(query, "api")), cell(find(query, "page")), `${rate(find(query, "direct"))} · ${rate(find(query, "api"))} · ${rate(find(query, "page"))}`]),
  );
}

export function toMarkdown(result: BenchResult): string {
  const lines = [`### ${result.label}: ${result.corpus.cables.toLocaleString("en-US")} cables (${result.corpus.source})`, ""];
  lines.push(`${result.startedAt} · ${result.machine.cpus} cores, ${result.machine.memoryGb} GB · Node ${result.machine.node} · Meilisearch ${result.machine.meilisearch ?? "?"} · PostgreSQL ${result.machine.postgres ?? "?"}`, "");
  const ingest = result.ingest;
  if (ingest) {
    const cables = result.corpus.cables;
    lines.push(
      ...table(
        ["ingest", "time", "rate"],
        [
          ["end to end", seconds(ingest.endToEndMs), perSecond(cables, ingest.endToEndMs)],
          ["parse (overlaps)", seconds(ingest.stageMs.parse), perSecond(cables, ingest.stageMs.parse)],
          ["PostgreSQL writes (overlaps)", seconds(ingest.stageMs.database), perSecond(cables, ingest.stageMs.database)],
          ["Meilisearch's own indexing (the floor)", seconds(ingest.meilisearchOwnMs), perSecond(cables, ingest.meilisearchOwnMs)],
          [`people stage (${ingest.people.toLocaleString("en-US")} people)`, seconds(ingest.stageMs.people), perSecond(cables, ingest.stageMs.people)],
          ["re-run, nothing changed", seconds(ingest.rerunMs), perSecond(cables, ingest.rerunMs)],
        ],
      ),
      "",
      `End to end is ${(ingest.endToEndMs / Math.max(1, ingest.meilisearchOwnMs)).toFixed(2)}× Meilisearch's own indexing time. Peak RSS: ingest ${mb(ingest.peakRssMb.ingest)}, Meilisearch ${mb(ingest.peakRssMb.meilisearch)}, PostgreSQL postmaster ${mb(ingest.peakRssMb.postgres)}. On disk: database ${mb(ingest.databaseMb)}, index ${mb(ingest.indexMb)}.`,
      "",
    );
  }
  for (const concurrency of [...new Set(result.search.map((entry) => entry.concurrency))].sort((a, b) => a - b)) {
    lines.push(`Search, ${concurrency} ${concurrency === 1 ? "client" : "concurrent clients"}:`, "", ...searchTable(result, concurrency), "");
  }
  if (result.pages.length > 0) {
    lines.push(...table(["page (time to first byte)", "p50 ms", "p95 ms", "p99 ms"], result.pages.map(({ page, latency }) => [page, ms(latency.p50), ms(latency.p95), ms(latency.p99)])), "");
  }
  if (result.app) lines.push(`App server RSS: peak ${mb(result.app.peakRssMb)} (highest sampled under load ${mb(result.app.maxSampledRssMb)}).`, "");
  return lines.join("\n");
}
