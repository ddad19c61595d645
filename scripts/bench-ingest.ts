/**
 * `npm run bench:ingest [-- DIR]`: ingests a corpus (default: the development corpus) into fresh,
 * throw-away services and prints cables/s per stage and end to end, the time of a second run with
 * nothing changed, and peak memory of each process.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { meilisearchIndexingMs, peakRssMb } from "../lib/bench/probes";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { formatDuration } from "../lib/ingest/progress";
import { runIngest, type IngestSummary } from "../lib/ingest/run";
import { createMeiliClient } from "../lib/search/client";
import { CABLES_INDEX } from "../lib/search/settings";
import { startServices } from "../lib/services/index";
import { readPidFile } from "../lib/services/processes";
import { runMain } from "../lib/launch/cli";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");

const mbText = (value: number | null) => (value === null ? "n/a" : `${value} MB`);

const rate = (count: number, ms: number) => (ms > 0 ? `${((count / ms) * 1000).toFixed(0)} cables/s` : "n/a");

async function main(): Promise<void> {
  const corpus = resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? join(PROJECT_ROOT, "..", "shared", "corpus"));
  const dataDir = await mkdtemp(join(tmpdir(), "cable-archive-bench-"));
  const services = await startServices({ dataDir, env: {}, log: () => undefined });
  const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
  const prisma = createPrismaClient(databaseUrl);
  const search = createMeiliClient({ url: meiliUrl, apiKey: meiliMasterKey });
  try {
    await applyMigrations({ databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
    const ingest = () => runIngest({ prisma, search, databaseUrl, options: { paths: [corpus] } });
    const first: IngestSummary = await ingest();
    const indexingSeconds = (await meilisearchIndexingMs(meiliUrl, meiliMasterKey, CABLES_INDEX)) / 1000;
    const second = await ingest();
    const cables = first.new + first.updated;

    console.log(`Ingest benchmark: ${corpus}`);
    console.log(`  inputs ${first.seen} (new ${first.new}, updated ${first.updated}, unchanged ${first.unchanged}, failed ${first.failed}); reconciled: ${first.reconciliation?.isConsistent ? "yes" : "NO"}`);
    console.log(`  end to end        ${formatDuration(first.durationMs).padStart(10)}  ${rate(first.seen, first.durationMs)} (inputs)`);
    console.log(`  parse             ${formatDuration(first.stageMs.parse).padStart(10)}  ${rate(first.seen, first.stageMs.parse)}`);
    console.log(`  PostgreSQL writes ${formatDuration(first.stageMs.database).padStart(10)}  ${rate(first.seen, first.stageMs.database)}`);
    console.log(`  Meilisearch       ${formatDuration(indexingSeconds * 1000).padStart(10)}  ${rate(cables, indexingSeconds * 1000)} (its own indexing time, from its batch statistics)`);
    console.log(`  people stage      ${formatDuration(first.stageMs.people).padStart(10)}  ${rate(cables, first.stageMs.people)} (${first.people?.people ?? 0} people, ${first.people?.mentions ?? 0} mentions)`);
    console.log(`  second run        ${formatDuration(second.durationMs).padStart(10)}  unchanged ${second.unchanged} of ${second.seen}`);
    console.log(`  peak RSS: ingest ${mbText(await peakRssMb(process.pid))}, Meilisearch ${mbText(await peakRssMb(await readPidFile(join(dataDir, "meilisearch.pid"))))}, PostgreSQL postmaster ${mbText(await peakRssMb(await readPidFile(join(dataDir, "postgres", "postmaster.pid"))))}`);
  } finally {
    await prisma.$disconnect();
    await services.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runMain(main, "bench:ingest");
