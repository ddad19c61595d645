import type { Meilisearch } from "meilisearch";
import pg from "pg";
import type { PrismaClient } from "../db/client";
import { expectTaskSucceeded } from "../search/client";
import { ensureCablesIndex } from "../search/indexer";
import { CABLES_INDEX, CABLES_PRIMARY_KEY } from "../search/settings";
import { indexFromDatabase, reconcile, type Reconciliation } from "./indexing";
import { markPeopleIndexed } from "./people";
import { acquireIngestLock } from "./run";

export type ReindexSummary = { indexed: number; durationMs: number; reconciliation: Reconciliation };

/**
 * Rebuilds the search index from PostgreSQL into a fresh index and swaps it in atomically, so
 * searches keep answering from the old index until the new one is complete.
 */
export async function rebuildIndex({
  prisma,
  search,
  databaseUrl,
  indexUid = CABLES_INDEX,
  onProgress,
}: {
  prisma: PrismaClient;
  search: Meilisearch;
  databaseUrl: string;
  indexUid?: string;
  onProgress?: (indexed: number) => void;
}): Promise<ReindexSummary> {
  const startedAt = Date.now();
  const releaseLock = await acquireIngestLock(databaseUrl);
  const buildUid = `${indexUid}_rebuild_${startedAt}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // A dropped idle connection is discarded; the next query reconnects or fails with a clear error.
  pool.on("error", () => undefined);
  try {
    await ensureCablesIndex(search, buildUid);
    const indexed = await indexFromDatabase({ prisma, pool, search, indexUid: buildUid, isEverything: true, ...(onProgress ? { onProgress } : {}) });
    const live = await search.getIndex(indexUid).catch(() => null);
    if (!live) await expectTaskSucceeded(search.createIndex(indexUid, { primaryKey: CABLES_PRIMARY_KEY }));
    await expectTaskSucceeded(search.swapIndexes([{ indexes: [indexUid, buildUid], rename: false }]));
    await markPeopleIndexed(pool);
    return { indexed, durationMs: Date.now() - startedAt, reconciliation: await reconcile(prisma, search, indexUid) };
  } finally {
    // After the swap this uid holds the old documents; before it, a half-built index.
    await search.deleteIndexIfExists(buildUid).catch(() => undefined);
    await pool.end();
    await releaseLock();
  }
}
