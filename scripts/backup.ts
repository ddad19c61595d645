/** `npm run backup -- DIR`: a consistent backup of the archive's database into a new folder. */
import { resolve } from "node:path";
import { backupArchive } from "../lib/backup/archive";
import { parseLaunchEnv } from "../lib/env";
import { formatDuration } from "../lib/ingest/progress";
import { oneFolderArgument, runMain } from "../lib/launch/cli";
import { connectServices } from "../lib/services/index";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm run backup -- DIR

Writes a backup of the archive to DIR (a new or empty folder): every PostgreSQL table as gzipped
JSON Lines, all read in one snapshot so they agree, and manifest.json with the schema's
migrations, row counts, a digest of each file and a fingerprint of the cables. The search index
is not copied: it is derived from PostgreSQL, and \`npm run restore\` rebuilds it.
The archive keeps serving (and ingesting) while the backup runs.
Servers are found as for \`npm run ingest\`.`;

async function main(): Promise<number> {
  const argument = oneFolderArgument(process.argv.slice(2), { help: HELP, missing: "Name one folder to write the backup to (see --help)." });
  if ("exitCode" in argument) return argument.exitCode;
  const env = parseLaunchEnv(process.env);
  const log = (line: string) => console.error(`[backup] ${line}`);
  const services = await connectServices({ dataDir: resolve(PROJECT_ROOT, env.ARCHIVE_DATA_DIR ?? ".data"), env, log });
  try {
    const { dir, manifest, durationMs } = await backupArchive({ databaseUrl: services.endpoints.databaseUrl, dir: resolve(argument.folder), onTable: (name, rows) => log(`${name}: ${rows.toLocaleString("en-US")} rows`) });
    const cables = manifest.tables.find(({ name }) => name === "cables")?.rows ?? 0;
    console.log(`Backed up ${cables.toLocaleString("en-US")} cables (${manifest.tables.length} tables) to ${dir} in ${formatDuration(durationMs)}.`);
    return 0;
  } finally {
    await services.stop();
  }
}

runMain(main, "backup");
