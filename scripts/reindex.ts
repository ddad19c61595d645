/** `npm run reindex`: rebuilds the search index from PostgreSQL and swaps it in atomically. */
import { resolve } from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { parseLaunchEnv } from "../lib/env";
import { formatDuration } from "../lib/ingest/progress";
import { rebuildIndex } from "../lib/ingest/reindex";
import { createMeiliClient } from "../lib/search/client";
import { connectServices } from "../lib/services/index";
import { runMain } from "../lib/launch/cli";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm run reindex

Rebuilds the Meilisearch index from PostgreSQL (the source of truth) into a new index, then swaps
it in atomically: searches keep working from the old index until the new one is complete.
Servers are found as for \`npm run ingest\`. Exit code 1 if the counts disagree afterwards.`;

async function main(): Promise<number> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const env = parseLaunchEnv(process.env);
  const log = (line: string) => console.error(`[reindex] ${line}`);
  const services = await connectServices({ dataDir: resolve(PROJECT_ROOT, env.ARCHIVE_DATA_DIR ?? ".data"), env, log });
  const prisma = createPrismaClient(services.endpoints.databaseUrl);
  try {
    const summary = await rebuildIndex({
      prisma,
      search: createMeiliClient({ url: services.endpoints.meiliUrl, apiKey: services.endpoints.meiliMasterKey }),
      databaseUrl: services.endpoints.databaseUrl,
      indexUid: env.MEILI_INDEX,
      onProgress: (indexed) => log(`${indexed} cables sent to the new index`),
    });
    const { databaseCount, indexCount, isConsistent } = summary.reconciliation;
    console.log(`Reindexed ${summary.indexed} cables in ${formatDuration(summary.durationMs)}; PostgreSQL ${databaseCount}, index ${indexCount}${isConsistent ? "" : " — MISMATCH"}.`);
    return isConsistent ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await services.stop();
  }
}

runMain(main, "reindex");
