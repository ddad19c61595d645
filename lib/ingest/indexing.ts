import type { Meilisearch, Task } from "meilisearch";
import type pg from "pg";
import type { PrismaClient } from "../db/client";
import { SearchTaskError } from "../search/client";
import { toSearchDocument, type CableSearchDocument, type IndexableCable } from "../search/documents";
import { CABLES_INDEX, CABLES_PRIMARY_KEY } from "../search/settings";

export type IndexedCable = { refId: string; contentHash: string; document: CableSearchDocument };

// The index holds a cable's content once `indexed_hash` equals `content_hash`; the guard on
// content_hash keeps a newer write from being marked as indexed by an older task.
const MARK_INDEXED = `UPDATE cables SET indexed_hash = input.hash
  FROM jsonb_to_recordset($1::jsonb) AS input(ref_id text, hash text)
  WHERE cables.ref_id = input.ref_id AND cables.content_hash = input.hash`;

const TASK_TIMEOUT_MS = 10 * 60_000;

/**
 * Sends documents to Meilisearch while the caller goes on parsing and writing. Documents are sent
 * in tasks of `TASK_DOCUMENTS`, several tasks stay enqueued so that Meilisearch can merge them
 * into large batches (its cost per batch is high), each task is awaited and must succeed, and only
 * then are its cables marked as indexed.
 */
export class IndexQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private buffer: IndexedCable[] = [];
  private failure: unknown = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly search: Meilisearch,
    private readonly indexUid: string = CABLES_INDEX,
    private readonly taskDocuments = 1_000,
    private readonly maxInFlight = 8,
  ) {}

  async push(cables: IndexedCable[]): Promise<void> {
    this.throwIfFailed();
    this.buffer.push(...cables);
    while (this.buffer.length >= this.taskDocuments) await this.send(this.buffer.splice(0, this.taskDocuments));
  }

  async drain(): Promise<void> {
    if (this.buffer.length > 0) await this.send(this.buffer.splice(0));
    await Promise.all(this.inFlight);
    this.throwIfFailed();
  }

  private async send(cables: IndexedCable[]): Promise<void> {
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
    this.throwIfFailed();
    // Only the ids stay referenced while the task runs: the documents can be collected once sent.
    const marks = JSON.stringify(cables.map(({ refId, contentHash }) => ({ ref_id: refId, hash: contentHash })));
    const pending = this.search.index(this.indexUid).addDocuments(cables.map(({ document }) => document), { primaryKey: CABLES_PRIMARY_KEY });
    const tracked = pending
      .waitTask({ timeout: TASK_TIMEOUT_MS, interval: 100 })
      .then(async (task: Task) => {
        if (task.status !== "succeeded") throw new SearchTaskError(task);
        await this.pool.query(MARK_INDEXED, [marks]);
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}

const PENDING_BATCH = 500;

type StoredCableRow = IndexableCable & { contentHash: string };

async function loadPendingCables(prisma: PrismaClient, afterId: number, isEverything: boolean): Promise<{ id: number; cables: StoredCableRow[] }> {
  const ids = await prisma.$queryRawUnsafe<{ id: number }[]>(
    isEverything
      ? `SELECT id FROM cables WHERE id > $1 ORDER BY id LIMIT ${PENDING_BATCH}`
      : `SELECT id FROM cables WHERE id > $1 AND indexed_hash IS DISTINCT FROM content_hash ORDER BY id LIMIT ${PENDING_BATCH}`,
    afterId,
  );
  if (ids.length === 0) return { id: afterId, cables: [] };
  const rows = await prisma.cable.findMany({
    where: { id: { in: ids.map(({ id }) => id) } },
    select: {
      refId: true,
      subject: true,
      sentAt: true,
      origin: true,
      classification: true,
      caveats: true,
      tags: true,
      isPartialExtract: true,
      hasRedactions: true,
      contentHash: true,
      paragraphs: { select: { position: true, number: true, text: true }, orderBy: { position: "asc" } },
      personMentions: { select: { person: { select: { displayName: true } } }, orderBy: { id: "asc" } },
    },
  });
  const cables = rows.map(({ personMentions, ...row }) => ({ ...row, people: [...new Set(personMentions.map(({ person }) => person.displayName))] }));
  return { id: ids.at(-1)!.id, cables };
}

/**
 * Indexes every cable whose content the index does not hold yet (or, for a rebuild, every cable),
 * reading from PostgreSQL, the source of truth.
 */
export async function indexFromDatabase({
  prisma,
  pool,
  search,
  indexUid = CABLES_INDEX,
  isEverything = false,
  onProgress,
}: {
  prisma: PrismaClient;
  pool: pg.Pool;
  search: Meilisearch;
  indexUid?: string;
  isEverything?: boolean;
  onProgress?: (indexed: number) => void;
}): Promise<number> {
  const queue = new IndexQueue(pool, search, indexUid);
  let afterId = 0;
  let indexed = 0;
  for (;;) {
    const page = await loadPendingCables(prisma, afterId, isEverything);
    if (page.cables.length === 0) break;
    afterId = page.id;
    await queue.push(page.cables.map((cable) => ({ refId: cable.refId, contentHash: cable.contentHash, document: toSearchDocument(cable) })));
    indexed += page.cables.length;
    onProgress?.(indexed);
  }
  await queue.drain();
  return indexed;
}

/** Cables whose current content the index does not hold yet. */
export async function countPendingCables(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ pending: number }>(`SELECT count(*)::int AS pending FROM cables WHERE indexed_hash IS DISTINCT FROM content_hash`);
  return rows[0]?.pending ?? 0;
}

export type Reconciliation = { databaseCount: number; indexCount: number; pendingCount: number; isConsistent: boolean };

/** PostgreSQL and the index must hold the same cables, none of them waiting to be indexed. */
export async function reconcile(prisma: PrismaClient, search: Meilisearch, indexUid: string = CABLES_INDEX): Promise<Reconciliation> {
  const [{ total, pending }] = await prisma.$queryRawUnsafe<{ total: number; pending: number }[]>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE indexed_hash IS DISTINCT FROM content_hash)::int AS pending FROM cables`,
  ) as [{ total: number; pending: number }];
  const indexCount = (await search.index(indexUid).getStats()).numberOfDocuments;
  return { databaseCount: total, indexCount, pendingCount: pending, isConsistent: total === indexCount && pending === 0 };
}
