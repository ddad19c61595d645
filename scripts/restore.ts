/** `npm run restore -- DIR`: brings an empty archive back to the state of a backup, search index included. */
import { join, resolve } from "node:path";
import { restoreArchive } from "../lib/backup/archive";
import { createPrismaClient } from "../lib/db/client";
import { parseLaunchEnv } from "../lib/env";
import { formatDuration } from "../lib/ingest/progress";
import { rebuildIndex } from "../lib/ingest/reindex";
import { oneFolderArgument, runMain } from "../lib/launch/cli";
import { createMeiliClient } from "../lib/search/client";
import { connectServices } from "../lib/services/index";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm run restore -- DIR

Restores a backup written by \`npm run backup\` into an archive whose database holds no cables
(a fresh machine, or a new DATABASE_URL): checks every file against the manifest's digests,
replays the backup's migrations, loads the tables, applies the migrations written since, checks
the cables' fingerprint, then rebuilds the search index from the restored tables.
Refuses a database that already holds cables. Servers are found as for \`npm run ingest\`.`;

async function main(): Promise<number> {
  const argument = oneFolderArgument(process.argv.slice(2), { help: HELP, missing: "Name the backup folder to restore (see --help)." });
  if ("exitCode" in argument) return argument.exitCode;
  const env = parseLaunchEnv(process.env);
  const log = (line: string) => console.error(`[restore] ${line}`);
  const services = await connectServices({ dataDir: resolve(PROJECT_ROOT, env.ARCHIVE_DATA_DIR ?? ".data"), env, log });
  const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
  try {
    const restored = await restoreArchive({ databaseUrl, dir: resolve(argument.folder), migrationsDir: join(PROJECT_ROOT, "prisma", "migrations"), onTable: (name, rows) => log(`${name}: ${rows.toLocaleString("en-US")} rows`) });
    log(`Tables restored in ${formatDuration(restored.durationMs)}; rebuilding the search index…`);
    const prisma = createPrismaClient(databaseUrl);
    try {
      const summary = await rebuildIndex({ prisma, search: createMeiliClient({ url: meiliUrl, apiKey: meiliMasterKey }), databaseUrl, indexUid: env.MEILI_INDEX, onProgress: (indexed) => log(`${indexed} cables sent to the index`) });
      const { databaseCount, indexCount, isConsistent } = summary.reconciliation;
      console.log(`Restored ${databaseCount.toLocaleString("en-US")} cables; the search index holds ${indexCount.toLocaleString("en-US")}${isConsistent ? "" : " — MISMATCH"}.`);
      return isConsistent ? 0 : 1;
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await services.stop();
  }
}

runMain(main, "restore");
