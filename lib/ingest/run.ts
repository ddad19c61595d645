import { stat } from "node:fs/promises";
import type { Meilisearch } from "meilisearch";
import pg from "pg";
import { listInputFiles, parseFile } from "../cable/read";
import { createPrismaClient, type PrismaClient } from "../db/client";
import { inTransaction } from "../db/transaction";
import { createMeiliClient, type MeiliConnection } from "../search/client";
import { ensureCablesIndex } from "../search/indexer";
import { CABLES_INDEX } from "../search/settings";
import { settleIdentity } from "./identity";
import { countPendingCables, indexFromDatabase, reconcile, type Reconciliation } from "./indexing";
import { GazetteerHeadStart, refreshPeople, type PeopleProgress, type PeopleRefresh } from "./people";
import { isReleaseIdList, loadReleaseIds } from "./release-ids";
import { splitByRefId, storeBatch, type IngestItem, type InputSource, type ItemOutcome } from "./store";

export type IngestOptions = { paths: string[]; isDryRun?: boolean; isOnlyFailed?: boolean; indexUid?: string; isPeopleRefreshForced?: boolean };
export type IngestProgress = { seen: number; bytesDone: number; bytesTotal: number; elapsedMs: number };
/** Progress of the stages after the writes: they work over every stored cable, not over the inputs. */
export type StageProgress = PeopleProgress | { step: "index"; done: number; total: number };

export type IngestSummary = {
  runId: number | null;
  isDryRun: boolean;
  seen: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  failuresByCode: Record<string, number>;
  releaseIdsLoaded: number;
  durationMs: number;
  /** Wall time spent in each stage; they overlap, so they add up to more than durationMs. */
  stageMs: { parse: number; database: number; index: number; people: number };
  /** The people stage's outcome; null for a dry run. */
  people: PeopleRefresh | null;
  reconciliation: Reconciliation | null;
};

export class IngestBusyError extends Error {
  constructor() {
    super("Another ingest or reindex is running against this database; wait for it to finish and run again.");
    this.name = "IngestBusyError";
  }
}

const BATCH_ITEMS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;
/** One ingest or reindex at a time per database. */
export const INGEST_LOCK_KEY = 72_707_014;

export async function acquireIngestLock(databaseUrl: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A server that goes away while the lock is held must not crash the process: the run's own
  // queries fail and report it, and the lock goes with the connection.
  client.on("error", () => undefined);
  await client.connect();
  const { rows } = await client.query<{ isLocked: boolean }>(`SELECT pg_try_advisory_lock($1) AS "isLocked"`, [INGEST_LOCK_KEY]);
  if (!rows[0]?.isLocked) {
    await client.end();
    throw new IngestBusyError();
  }
  return () => client.end();
}

const inputKey = ({ file, row }: InputSource) => `${file}\0${row ?? ""}`;

async function failedInputsOfLastRun(prisma: PrismaClient): Promise<{ files: string[]; keys: Set<string> }> {
  const lastRun = await prisma.ingestRun.findFirst({ where: { isDryRun: false, status: { not: "running" } }, orderBy: { id: "desc" }, select: { id: true } });
  const failed = lastRun ? await prisma.ingestEntry.findMany({ where: { runId: lastRun.id, outcome: "failed" }, select: { file: true, row: true } }) : [];
  return { files: [...new Set(failed.map(({ file }) => file))], keys: new Set(failed.map(inputKey)) };
}

function formatOf({ file, row }: InputSource): string {
  if (row !== null) return "csv";
  return /\.html?$/i.test(file) ? "html" : "text";
}

const fileSize = (file: string) => stat(file).then((info) => info.size, () => 0);

/**
 * Parses every input under `paths` and lands it in PostgreSQL (one transaction per batch, with a
 * ledger entry per input; parsing overlaps the writes), then finds the people, then indexes every
 * cable the index does not hold yet, with its people, in one pass: Meilisearch re-indexes a whole
 * document on any update, so a document is sent once it is complete. A killed run leaves cables
 * pending, which the next run indexes. Ends by reconciling counts.
 */
export async function runIngest({
  prisma,
  search,
  databaseUrl,
  options,
  onProgress,
  onStage,
}: {
  prisma: PrismaClient;
  search: Meilisearch;
  databaseUrl: string;
  options: IngestOptions;
  onProgress?: (progress: IngestProgress) => void;
  onStage?: (progress: StageProgress) => void;
}): Promise<IngestSummary> {
  const startedAt = Date.now();
  const isDryRun = options.isDryRun ?? false;
  const indexUid = options.indexUid ?? CABLES_INDEX;
  const summary: IngestSummary = { runId: null, isDryRun, seen: 0, new: 0, updated: 0, unchanged: 0, failed: 0, failuresByCode: {}, releaseIdsLoaded: 0, durationMs: 0, stageMs: { parse: 0, database: 0, index: 0, people: 0 }, people: null, reconciliation: null };
  const releaseLock = await acquireIngestLock(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection dropped by a restarting server is discarded; the next query reconnects or fails.
  pool.on("error", () => undefined);
  // A dry run writes nothing, so there is nothing to learn from.
  const headStart = isDryRun ? undefined : new GazetteerHeadStart();

  try {
    if (!isDryRun) {
      await ensureCablesIndex(search, indexUid);
      // Runs still marked running while we hold the lock were killed.
      await prisma.ingestRun.updateMany({ where: { status: "running" }, data: { status: "interrupted", finishedAt: new Date() } });
    }
    const onlyFailed = options.isOnlyFailed ? await failedInputsOfLastRun(prisma) : null;
    const paths = onlyFailed ? onlyFailed.files : options.paths;
    const run = isDryRun ? null : await prisma.ingestRun.create({ data: { paths } });
    summary.runId = run?.id ?? null;

    const countOutcomes = (outcomes: ItemOutcome[]) => {
      summary.seen += outcomes.length;
      for (const { outcome, failureCode } of outcomes) {
        summary[outcome] += 1;
        if (failureCode) summary.failuresByCode[failureCode] = (summary.failuresByCode[failureCode] ?? 0) + 1;
      }
    };

    // A dry run computes the same outcomes inside a transaction it then rolls back.
    const storePart = (part: IngestItem[]) => inTransaction(pool, (client) => storeBatch(client, { runId: summary.runId, items: part }), { isRolledBack: isDryRun });

    const learnWritten = (part: IngestItem[], outcomes: ItemOutcome[]) => {
      const written = outcomes.flatMap((outcome, i) => {
        const item = part[i];
        const isWritten = outcome.outcome === "new" || outcome.outcome === "updated";
        return item?.kind === "cable" && isWritten && outcome.contentHash ? [{ refId: item.record.refId, contentHash: outcome.contentHash, input: item.record }] : [];
      });
      headStart?.add(written);
    };

    let bytesDone = 0;
    let bytesTotal = 0;
    const store = async (batch: IngestItem[]) => {
      const databaseStart = Date.now();
      for (const part of splitByRefId(batch)) {
        const outcomes = await storePart(part);
        countOutcomes(outcomes);
        learnWritten(part, outcomes);
      }
      summary.stageMs.database += Date.now() - databaseStart;
      onProgress?.({ seen: summary.seen, bytesDone, bytesTotal, elapsedMs: Date.now() - startedAt });
    };

    // The next batch is parsed while the previous one is written: one write in flight at a time.
    let batch: IngestItem[] = [];
    let batchBytes = 0;
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      const full = batch;
      batch = [];
      batchBytes = 0;
      await inFlight;
      await headStart?.whenBacklogAtMost(BATCH_ITEMS);
      inFlight = store(full);
      // Surface a failed write at the next flush rather than as an unhandled rejection.
      inFlight.catch(() => undefined);
    };

    const files: string[] = [];
    for await (const { file, error } of listInputFiles(paths)) {
      if (error) batch.push({ kind: "failure", source: { file, row: null }, error });
      else files.push(file);
    }
    bytesTotal = (await Promise.all(files.map(fileSize))).reduce((sum, size) => sum + size, 0);

    for (const file of files) {
      if (!onlyFailed && (await isReleaseIdList(file))) {
        bytesDone += await fileSize(file);
        if (!isDryRun) summary.releaseIdsLoaded += await loadReleaseIds(pool, file);
        continue;
      }
      const isStreamed = file.toLowerCase().endsWith(".csv");
      let parseStart = Date.now();
      for await (const outcome of parseFile(file)) {
        if (onlyFailed && !onlyFailed.keys.has(inputKey(outcome.source))) continue;
        const settled = outcome.ok ? settleIdentity(outcome.value, outcome.source.file) : outcome;
        if (settled.ok) {
          batch.push({ kind: "cable", source: outcome.source, record: settled.record, format: formatOf(outcome.source) });
          batchBytes += settled.record.sourceText.length;
          if (isStreamed) bytesDone += settled.record.sourceText.length;
        } else {
          batch.push({ kind: "failure", source: outcome.source, error: settled.error });
        }
        if (batch.length >= BATCH_ITEMS || batchBytes >= BATCH_BYTES) {
          summary.stageMs.parse += Date.now() - parseStart;
          await flush();
          parseStart = Date.now();
        }
      }
      summary.stageMs.parse += Date.now() - parseStart;
      if (!isStreamed) bytesDone += await fileSize(file);
    }
    if (batch.length > 0) await flush();
    await inFlight;

    if (run) {
      summary.people = await refreshPeople({ prisma, pool, search, indexUid, isForced: options.isPeopleRefreshForced ?? false, ...(headStart ? { headStart } : {}), ...(onStage ? { onProgress: onStage } : {}) });
      summary.stageMs.people = summary.people.durationMs;
      const indexStart = Date.now();
      const pending = onStage ? await countPendingCables(pool) : 0;
      await indexFromDatabase({ prisma, pool, search, indexUid, ...(onStage ? { onProgress: (done: number) => onStage({ step: "index", done, total: pending }) } : {}) });
      summary.stageMs.index += Date.now() - indexStart;
      summary.reconciliation = await reconcile(prisma, search, indexUid);
      await prisma.ingestRun.update({ where: { id: run.id }, data: { status: "finished", finishedAt: new Date() } });
    }
  } finally {
    await headStart?.close();
    await pool.end();
    await releaseLock();
  }
  summary.durationMs = Date.now() - startedAt;
  return summary;
}

/** runIngest with its own clients, for callers that hold only connection settings. */
export async function ingestPaths({
  databaseUrl,
  meili,
  options,
  onProgress,
  onStage,
}: {
  databaseUrl: string;
  meili: MeiliConnection;
  options: IngestOptions;
  onProgress?: (progress: IngestProgress) => void;
  onStage?: (progress: StageProgress) => void;
}): Promise<IngestSummary> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await runIngest({ prisma, search: createMeiliClient(meili), databaseUrl, options, ...(onProgress ? { onProgress } : {}), ...(onStage ? { onStage } : {}) });
  } finally {
    await prisma.$disconnect();
  }
}
