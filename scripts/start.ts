/**
 * `npm start`: boots PostgreSQL and Meilisearch (unless DATABASE_URL / MEILI_URL name running
 * servers), applies migrations, loads the sample cables into an empty archive, builds the app
 * when its code changed and serves it. Ctrl-C stops everything it started.
 */
import { join, resolve } from "node:path";
import { applyMigrations } from "../lib/db/migrate";
import { parseLaunchEnv } from "../lib/env";
import { prepareArchive } from "../lib/ingest/boot";
import { buildIfChanged, startNextServer, stopOrphanedApp, type RunningApp } from "../lib/launch/next-app";
import { assertPortFree, describeFailure, lockDataDir, redactUrl, startServices, type Services } from "../lib/services/index";

const PROJECT_ROOT = resolve(import.meta.dirname, "..");
const HELP = `Usage: npm start

Starts the Cable Archive on http://localhost:$PORT (default 3000).

Environment:
  PORT               port of the web app (default 3000)
  DATABASE_URL       use this PostgreSQL instead of starting the embedded one
  MEILI_URL          use this Meilisearch instead of starting the bundled one
  MEILI_MASTER_KEY   key for MEILI_URL (the bundled server gets a generated key in .data/)
  MEILI_BIN          path to a Meilisearch binary to run instead of the bundled one
  MEILI_INDEX        name of the search index (default cables)
  ARCHIVE_DATA_DIR   where the embedded services keep their data (default .data/)
`;

const log = (line: string) => console.log(`[archive] ${line}`);

// When the terminal's Ctrl-C also ends a pipe reader (`npm start | tee log`), writes fail with
// EPIPE; that must not kill the supervisor before it has stopped its servers.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return;
  }
  const startedAt = Date.now();
  const env = parseLaunchEnv(process.env);
  const dataDir = resolve(PROJECT_ROOT, env.ARCHIVE_DATA_DIR ?? ".data");
  const unlockDataDir = await lockDataDir(dataDir);
  const appPidFile = join(dataDir, "next.pid");
  await stopOrphanedApp(appPidFile, log);

  let services: Services | null = null;
  let app: RunningApp | null = null;
  let isStopping = false;
  const shutdown = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    log("Stopping…");
    await app?.stop();
    await services?.stop();
    await unlockDataDir();
    log("Stopped.");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await assertPortFree(env.PORT, "the web app, PORT");
    services = await startServices({ dataDir, env, log });
    const { databaseUrl, meiliUrl, meiliMasterKey } = services.endpoints;
    log(`PostgreSQL: ${redactUrl(databaseUrl)}${services.startedHere.includes("PostgreSQL") ? " (embedded)" : ""}`);
    log(`Meilisearch: ${meiliUrl}${services.startedHere.includes("Meilisearch") ? " (bundled)" : ""}`);

    const migrations = await applyMigrations({ databaseUrl, migrationsDir: join(PROJECT_ROOT, "prisma", "migrations") });
    log(`Database schema up to date (${migrations.applied.length} of ${migrations.total} migrations applied now).`);

    await prepareArchive({ databaseUrl, meili: { url: meiliUrl, apiKey: meiliMasterKey }, sampleDir: join(PROJECT_ROOT, "prisma", "sample-cables"), indexUid: env.MEILI_INDEX, log });

    await buildIfChanged({ projectRoot: PROJECT_ROOT, log });
    const serverEnv = { ...process.env, DATABASE_URL: databaseUrl, MEILI_URL: meiliUrl, MEILI_MASTER_KEY: meiliMasterKey, MEILI_INDEX: env.MEILI_INDEX, PORT: String(env.PORT) };
    app = await startNextServer({ projectRoot: PROJECT_ROOT, port: env.PORT, env: serverEnv, pidFile: appPidFile });
    log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${app.url}  (Ctrl-C stops the archive)`);

    app.process.once("exit", (code) => {
      if (isStopping) return;
      console.error(`[archive] The web server stopped unexpectedly (code ${code}).`);
      void shutdown(1);
    });
  } catch (error) {
    console.error(`[archive] ${describeFailure(error)}`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[archive] ${describeFailure(error)}`);
  process.exit(1);
});
