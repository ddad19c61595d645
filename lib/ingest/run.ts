import type { CableOutcome } from "../cable/index";
import { parsePaths } from "../cable/read";
import type { CableRecord } from "../cable/types";
import { createPrismaClient } from "../db/client";
import { createMeiliClient, type MeiliConnection } from "../search/client";
import { toSearchDocument } from "../search/documents";
import { ensureCablesIndex, indexCableDocuments } from "../search/indexer";
import { storeCables, type RecordToStore } from "./store";

export type IngestFailure = { file: string; row: number | null; error: string };
export type IngestSummary = { seen: number; new: number; updated: number; unchanged: number; failed: number; failures: IngestFailure[]; durationMs: number };

const BATCH_SIZE = 500;

function sourceFormatOf({ file, row }: CableOutcome["source"]): string {
  if (row !== null) return "csv";
  return /\.html?$/i.test(file) ? "html" : "text";
}

function toIndexable(record: CableRecord) {
  return { ...record, sentAt: record.sentAt ? new Date(record.sentAt) : null };
}

/** Parses every cable under `paths` into PostgreSQL, then indexes what changed in Meilisearch. */
export async function ingestPaths({
  paths,
  databaseUrl,
  meili,
  log,
}: {
  paths: string[];
  databaseUrl: string;
  meili: MeiliConnection;
  log: (line: string) => void;
}): Promise<IngestSummary> {
  const startedAt = Date.now();
  const prisma = createPrismaClient(databaseUrl);
  const search = createMeiliClient(meili);
  const summary: IngestSummary = { seen: 0, new: 0, updated: 0, unchanged: 0, failed: 0, failures: [], durationMs: 0 };

  const flush = async (batch: RecordToStore[]) => {
    if (batch.length === 0) return;
    const stored = await storeCables(prisma, batch);
    const changed = new Set(stored.filter(({ outcome }) => outcome !== "unchanged").map(({ refId }) => refId));
    for (const { outcome } of stored) summary[outcome] += 1;
    // Duplicates of one reference id inside a batch count once as stored; the rest are unchanged.
    summary.unchanged += batch.length - stored.length;
    const documents = new Map(batch.filter(({ record }) => changed.has(record.refId)).map(({ record }) => [record.refId, toSearchDocument(toIndexable(record))]));
    await indexCableDocuments(search, [...documents.values()]);
  };

  try {
    await ensureCablesIndex(search);
    let batch: RecordToStore[] = [];
    for await (const outcome of parsePaths(paths)) {
      summary.seen += 1;
      if (!outcome.ok) {
        summary.failed += 1;
        summary.failures.push({ file: outcome.source.file, row: outcome.source.row, error: outcome.error });
        continue;
      }
      batch.push({ record: outcome.value, format: sourceFormatOf(outcome.source) });
      if (batch.length >= BATCH_SIZE) {
        await flush(batch);
        batch = [];
        log(`${summary.seen} inputs read`);
      }
    }
    await flush(batch);
  } finally {
    await prisma.$disconnect();
  }
  summary.durationMs = Date.now() - startedAt;
  return summary;
}
